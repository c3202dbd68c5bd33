package org.triage.core.playbook;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.session.Sessions;
import org.triage.core.target.ActionResult;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TargetAction.SetRegistryValue;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogLevel;
import org.triage.model.Session;
import org.triage.model.TriageFactory;

/**
 * Puts back what an applied step changed, where its recorded changes say how: each registry value it set (a
 * {@link SetRegistryValue} records the value it replaced) is set to its old value again, the last change first. The
 * undo is recorded in the session as a step of its own, {@code undo:FIX-ID}, with every change it made; a value that
 * was changed again since the step is not overwritten (the target refuses it), and the undo says so.
 */
public final class Undo {

    /** What the fix id of an undo starts with. */
    public static final String PREFIX = "undo:";

    private Undo() {
    }

    /** The actions that put back what {@code attempt} changed, the last change first; empty where nothing can be. */
    public static List<TargetAction> actions(FixAttempt attempt) {
        List<TargetAction> reverse = new ArrayList<>();
        for (Change change : attempt.getChanges()) {
            if (!change.isSucceeded() || !TargetAction.SET_REGISTRY_VALUE.equals(change.getAction())) {
                continue;
            }
            Optional<SetRegistryValue> recorded = SetRegistryValue.recorded(change.getDescription());
            recorded.ifPresent(set -> reverse.add(0, set.reverse()));
        }
        return reverse;
    }

    /** Carries the undo of {@code attempt} out on {@code target} and records it in {@code session}. */
    public static FixAttempt run(Session session, Target target, FixAttempt attempt, IProgressMonitor monitor) {
        List<TargetAction> actions = actions(attempt);
        FixAttempt undo = TriageFactory.eINSTANCE.createFixAttempt();
        undo.setId(Sessions.newId("fix"));
        undo.setFixId(PREFIX + attempt.getFixId());
        undo.setFixName("Undo: " + (attempt.getFixName() == null ? attempt.getFixId() : attempt.getFixName()));
        undo.setContributor(attempt.getContributor());
        undo.setContributorVersion(attempt.getContributorVersion());
        undo.setAutomatable(!actions.isEmpty());
        undo.setStartedAt(new Date());
        actions.forEach(action -> undo.getPlannedChanges().add(Playbook.change(action)));
        int failed = 0;
        for (TargetAction action : actions) {
            ActionResult result = target.perform(action, monitor);
            Change change = Playbook.change(action);
            change.setSucceeded(result.succeeded());
            change.setResult(result.summary());
            if (result.command() != null) {
                change.setCommand(result.command());
            }
            undo.getChanges().add(change);
            failed += result.succeeded() ? 0 : 1;
        }
        undo.setFinishedAt(new Date());
        if (actions.isEmpty()) {
            undo.setOutcome(FixOutcome.SKIPPED);
            undo.setOutcomeMessage("nothing to undo: " + attempt.getFixId() + " recorded no change that can be put back");
        } else {
            undo.setOutcome(failed == 0 ? FixOutcome.APPLIED : FixOutcome.FAILED);
            undo.setOutcomeMessage(failed == 0 ? "put back " + actions.size() + " value(s) " + attempt.getFixId()
                    + " had changed" : failed + " of " + actions.size() + " value(s) could not be put back: "
                            + String.join("; ", undo.getChanges().stream().filter(c -> !c.isSucceeded())
                                    .map(Change::getResult).toList()));
        }
        session.getFixAttempts().add(undo);
        Sessions.log(session, failed == 0 ? LogLevel.INFO : LogLevel.WARNING, "undo", undo.getOutcomeMessage());
        return undo;
    }
}
