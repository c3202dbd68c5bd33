package org.triage.core.playbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.engine.Guarded;
import org.triage.core.fix.FixDescriptor;
import org.triage.core.fix.FixPreview;
import org.triage.core.fix.FixRegistry;
import org.triage.core.rules.Causes;
import org.triage.core.session.Sessions;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.model.Change;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogLevel;
import org.triage.model.Precondition;
import org.triage.model.Session;
import org.triage.model.Severity;
import org.triage.model.TriageFactory;
import org.triage.model.VerificationResult;

/**
 * Orders the fixes that the findings call for and records them in the session as planned fix attempts,
 * each with its preview. The guide's order holds unless the evidence says otherwise: a fix for a more
 * fundamental cause (device, then network, then credentials) comes first.
 */
public final class Playbook {

    private Playbook() {
    }

    /**
     * Replaces the session's planned (not yet run) attempts with a fresh plan. Fixes whose preview throws
     * or hangs are logged with their bundle and left out.
     */
    public static List<FixAttempt> plan(Session session, Target target, FixRegistry registry,
            IProgressMonitor monitor) {
        session.getFixAttempts().removeIf(attempt -> attempt.getOutcome() == FixOutcome.PLANNED);
        registry.problems().forEach(problem -> {
            Sessions.log(session, LogLevel.ERROR, "fixes", problem);
            ILog.of(Playbook.class).warn(problem);
        });
        List<Finding> findings = session.getFindings().stream()
                .filter(finding -> finding.getSeverity() != Severity.INFO).toList();
        // A step the operator declined or cancelled may be offered again; one that ran or failed is not.
        Set<String> alreadyRun = session.getFixAttempts().stream()
                .filter(a -> a.getOutcome() != FixOutcome.DECLINED && a.getOutcome() != FixOutcome.CANCELLED)
                .map(FixAttempt::getFixId).collect(Collectors.toSet());
        String symptom = session.getSymptom() == null ? null : session.getSymptom().getCode();

        List<FixDescriptor> chosen = new ArrayList<>();
        for (FixDescriptor fix : registry.descriptors()) {
            if (fix.appliesTo(symptom) && !alreadyRun.contains(fix.id()) && rank(fix, findings) < Integer.MAX_VALUE) {
                chosen.add(fix);
            }
        }
        chosen.sort(Comparator.comparingInt((FixDescriptor fix) -> rank(fix, findings))
                .thenComparingInt(FixDescriptor::order).thenComparing(FixDescriptor::id));

        List<FixAttempt> planned = new ArrayList<>();
        for (FixDescriptor fix : chosen) {
            FixAttempt attempt = newAttempt(fix, findings);
            try {
                FixPreview preview = preview(fix, target, session, attempt, monitor);
                record(attempt, preview, target);
            } catch (Guarded.Failure failure) {
                // what it printed before it failed goes to the session log with the reason
                attempt.getLog().forEach(entry -> Sessions.log(session, entry.getLevel(), entry.getSource(),
                        entry.getMessage()));
                FixContainment.leftOut(session, fix, failure);
                continue;
            }
            session.getFixAttempts().add(attempt);
            planned.add(attempt);
        }
        return planned;
    }

    /**
     * What the admin must hear about fixes that are not in the plan: the contributions the registry left out and the
     * fixes whose preview failed, each naming its bundle and why.
     */
    public static List<String> leftOut(Session session, FixRegistry registry) {
        List<String> all = new ArrayList<>(registry.problems());
        all.addAll(FixContainment.leftOut(session));
        return all;
    }

    /** The most fundamental rank among the current findings the fix addresses; MAX_VALUE where it addresses none. */
    private static int rank(FixDescriptor fix, List<Finding> findings) {
        return findings.stream().filter(finding -> fix.causes().contains(finding.getCauseId()))
                .mapToInt(finding -> Causes.rank(finding.getCauseId())).min().orElse(Integer.MAX_VALUE);
    }

    /** The fix's preview, guarded; a preview with an action the fix does not declare is refused. */
    static FixPreview preview(FixDescriptor fix, Target target, Session session, FixAttempt attempt,
            IProgressMonitor monitor) throws Guarded.Failure {
        String what = "preview of fix " + fix.id() + " (" + fix.origin() + ")";
        RecordingFixContext context = new RecordingFixContext(target, session, attempt, fix, monitor, false);
        FixPreview preview;
        try {
            preview = Guarded.call(what, context.contained(() -> fix.fix().preview(context)),
                    fix.timeoutSeconds() * 1000L, monitor);
        } finally {
            context.drainInto(attempt);
        }
        FixContainment.refuseViolations(what, context);
        if (preview == null) {
            throw new Guarded.Failure(Guarded.Failure.Kind.REFUSED, what + " is refused: it returned no preview");
        }
        List<String> undeclared = preview.actions().stream().map(TargetAction::id).filter(id -> !fix.mayUse(id))
                .distinct().toList();
        if (!undeclared.isEmpty()) {
            throw new Guarded.Failure(Guarded.Failure.Kind.REFUSED, what + " is refused: it plans " + undeclared
                    + ", which the fix does not declare (it declares " + fix.actions() + ")");
        }
        return preview;
    }

    private static FixAttempt newAttempt(FixDescriptor fix, List<Finding> findings) {
        FixAttempt attempt = TriageFactory.eINSTANCE.createFixAttempt();
        attempt.setId(Sessions.newId("attempt"));
        attempt.setFixId(fix.id());
        attempt.setFixName(fix.name());
        attempt.setContributor(fix.contributor());
        attempt.setContributorVersion(fix.contributorVersion());
        findings.stream().map(Finding::getCauseId).filter(fix.causes()::contains).distinct()
                .forEach(attempt.getAddressedCauses()::add);
        attempt.setOutcome(FixOutcome.PLANNED);
        attempt.setVerificationResult(VerificationResult.NOT_RUN);
        return attempt;
    }

    /** Writes the preview into the attempt: its changes, preconditions and whether the target can act. */
    static void record(FixAttempt attempt, FixPreview preview, Target target) {
        attempt.getPlannedChanges().clear();
        attempt.getPreconditions().clear();
        List<String> unable = new ArrayList<>();
        for (TargetAction action : preview.actions()) {
            attempt.getPlannedChanges().add(change(action));
            String why = target.whyUnable(action);
            if (why != null) {
                unable.add(why);
            }
        }
        for (FixPreview.Precondition condition : preview.preconditions()) {
            Precondition precondition = TriageFactory.eINSTANCE.createPrecondition();
            precondition.setDescription(condition.description());
            precondition.setSatisfied(condition.satisfied());
            precondition.setDetail(condition.detail());
            attempt.getPreconditions().add(precondition);
        }
        attempt.setAutomatable(unable.isEmpty() && !preview.actions().isEmpty());
        String reason = "addresses " + String.join(", ", attempt.getAddressedCauses()) + ": " + preview.summary();
        if (!unable.isEmpty()) {
            reason += " (" + unable.stream().distinct().collect(Collectors.joining("; ")) + ")";
        }
        attempt.setOutcomeMessage(reason);
    }

    static Change change(TargetAction action) {
        Change change = TriageFactory.eINSTANCE.createChange();
        change.setAction(action.id());
        change.setSubject(action.subject());
        change.setDescription(action.description());
        change.setCommand(action.command());
        change.setDestructive(action.destructive());
        return change;
    }

    static Date now() {
        return new Date();
    }
}
