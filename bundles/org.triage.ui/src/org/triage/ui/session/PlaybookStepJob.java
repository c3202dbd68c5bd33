package org.triage.ui.session;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixPreview;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;

/**
 * Applies one playbook step that the operator has confirmed on the UI thread. The step is previewed again
 * just before it is applied; where that preview differs from what was confirmed, the step is declined
 * rather than applied unseen.
 */
public final class PlaybookStepJob extends SessionJob {

    private final String attemptId;
    private final List<String> confirmedChanges;

    /**
     * @param confirmedChanges the planned changes the operator saw and confirmed, as {@link #describe(Change)} gives them
     */
    public PlaybookStepJob(SessionManager manager, FixAttempt attempt, List<String> confirmedChanges) {
        super("Applying " + attempt.getFixName(), manager);
        this.attemptId = attempt.getId();
        this.confirmedChanges = List.copyOf(confirmedChanges);
    }

    public static String describe(Change change) {
        return change.getAction() + " " + change.getSubject();
    }

    private static String describe(TargetAction action) {
        return action.id() + " " + action.subject();
    }

    @Override
    protected IStatus work(Session session, Target target, IProgressMonitor monitor) {
        FixAttempt attempt = session.getFixAttempts().stream().filter(a -> Objects.equals(a.getId(), attemptId))
                .findFirst().orElse(null);
        if (attempt == null || attempt.getOutcome() != FixOutcome.PLANNED) {
            return Status.warning("That playbook step is no longer planned.");
        }
        PlaybookRunner runner = new PlaybookRunner(DiagnosisEngine.standard(), FixRegistry.read(), target, session);
        runner.runStep(attempt, (step, preview) -> sameAsConfirmed(preview), monitor);
        runner.conclude();
        return Status.OK_STATUS;
    }

    private boolean sameAsConfirmed(FixPreview preview) {
        return preview.actions().stream().map(PlaybookStepJob::describe).toList().equals(confirmedChanges);
    }
}
