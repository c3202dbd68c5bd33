package org.triage.core.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.engine.Guarded;
import org.triage.core.fix.FixDescriptor;
import org.triage.core.fix.FixPreview;
import org.triage.core.fix.FixRegistry;
import org.triage.core.rules.Causes;
import org.triage.core.session.Sessions;
import org.triage.core.target.Target;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogLevel;
import org.triage.model.Observation;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.Severity;
import org.triage.model.VerificationResult;

/**
 * Walks the planned fix attempts: preview, confirm, apply, verify by re-running the fix's probes, record.
 * It stops as soon as no error finding is left: the symptom's causes are gone; and it skips a step whose causes an
 * earlier step already removed. Each step changes the
 * session only on the caller's thread; a listener may save it after every step.
 */
public final class PlaybookRunner {

    /** Asked before each step is applied, with exactly what it will change. */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirm(FixAttempt attempt, FixPreview preview);
    }

    /** Told after every change to the session, e.g. to save it. */
    @FunctionalInterface
    public interface StepListener {
        void changed(FixAttempt attempt);
    }

    static final String NOT_NEEDED = "not needed: the symptom's causes are gone";

    private final DiagnosisEngine engine;
    private final FixRegistry registry;
    private final Target target;
    private final Session session;
    private StepListener listener = attempt -> {
    };

    public PlaybookRunner(DiagnosisEngine engine, FixRegistry registry, Target target, Session session) {
        this.engine = engine;
        this.registry = registry;
        this.target = target;
        this.session = session;
    }

    public PlaybookRunner onChange(StepListener stepListener) {
        this.listener = stepListener;
        return this;
    }

    public static List<FixAttempt> planned(Session session) {
        return session.getFixAttempts().stream().filter(a -> a.getOutcome() == FixOutcome.PLANNED).toList();
    }

    /** Whether an error finding remains: the symptom's causes are not gone yet. */
    public static boolean symptomCausesRemain(Session session) {
        return session.getFindings().stream().anyMatch(finding -> finding.getSeverity() == Severity.ERROR);
    }

    /** Runs the planned steps in order until the symptom's causes are gone, then records the outcome. */
    public List<FixAttempt> runAll(Confirmation confirmation, IProgressMonitor monitor) {
        List<FixAttempt> steps = planned(session);
        SubMonitor progress = SubMonitor.convert(monitor, "Playbook", steps.size());
        List<FixAttempt> run = new ArrayList<>();
        boolean startedWithErrors = symptomCausesRemain(session);
        for (FixAttempt step : steps) {
            if (progress.isCanceled()) {
                break;
            }
            if (startedWithErrors && !symptomCausesRemain(session)) {
                finish(step, FixOutcome.SKIPPED, NOT_NEEDED);
                progress.worked(1);
                continue;
            }
            Optional<List<String>> gone = causesGone(step);
            if (gone.isPresent()) {
                finish(step, FixOutcome.SKIPPED, "not needed: what it addresses is no longer found " + gone.get());
                progress.worked(1);
                continue;
            }
            run.add(runStep(step, confirmation, progress.split(1)));
        }
        conclude();
        return run;
    }

    /**
     * The causes a step addresses, where none of them is found any more (as a warning or an error) since an earlier
     * step changed the workstation; empty where the step is still called for, or is not installed (which running it
     * records).
     */
    private Optional<List<String>> causesGone(FixAttempt step) {
        List<String> causes = registry.byId(step.getFixId()).map(FixDescriptor::causes).orElse(null);
        if (causes == null) {
            return Optional.empty();
        }
        boolean found = session.getFindings().stream()
                .anyMatch(finding -> finding.getSeverity() != Severity.INFO && causes.contains(finding.getCauseId()));
        return found ? Optional.empty() : Optional.of(causes);
    }

    /**
     * Sets the session's outcome from what is left: resolved when no error finding remains after a fix was
     * applied, and then the steps still planned are not needed.
     */
    public void conclude() {
        List<FixAttempt> ran = session.getFixAttempts().stream().filter(PlaybookRunner::ran).toList();
        boolean allInstructed = !session.getFixAttempts().isEmpty() && session.getFixAttempts().stream()
                .allMatch(a -> a.getOutcome() == FixOutcome.INSTRUCTED || a.getOutcome() == FixOutcome.SKIPPED);
        if (!symptomCausesRemain(session) && !ran.isEmpty()) {
            for (FixAttempt step : planned(session)) {
                finish(step, FixOutcome.SKIPPED, NOT_NEEDED);
            }
            session.setOutcome(SessionOutcome.RESOLVED);
            session.setOutcomeSummary("no error finding remains after " + ran.stream()
                    .map(a -> a.getOutcome() == FixOutcome.INSTRUCTED ? a.getFixId() + " (carried out by the user)"
                            : a.getFixId())
                    .toList());
        } else if (allInstructed) {
            session.setOutcome(SessionOutcome.OPEN);
            session.setOutcomeSummary("steps handed to the user; collect a new snapshot to verify");
        } else if (!handedOver(session).isEmpty()) {
            // what is left is decided in the tenant: handed over, never reported as resolved or as a failed repair
            session.setOutcome(SessionOutcome.ESCALATED);
            session.setOutcomeSummary(handedOver(session).stream().map(cause -> "handed to "
                    + Causes.handedTo(cause).orElseThrow() + ": " + Causes.title(cause) + " (" + cause + "): "
                    + Causes.advice(cause).orElse("")).collect(Collectors.joining("; ")));
        } else if (symptomCausesRemain(session)) {
            session.setOutcome(SessionOutcome.UNRESOLVED);
            session.setOutcomeSummary("still found: " + session.getFindings().stream()
                    .filter(f -> f.getSeverity() == Severity.ERROR).map(Finding::getCauseId).toList());
        }
        listener.changed(null);
    }

    /**
     * The causes of the error findings left, where every one of them is fixed outside the workstation (a tenant's
     * policy, {@link Causes#handedTo}); empty where none is left or one of them is the workstation's.
     */
    public static List<String> handedOver(Session session) {
        List<String> left = session.getFindings().stream().filter(finding -> finding.getSeverity() == Severity.ERROR)
                .map(Finding::getCauseId).distinct().toList();
        return left.stream().allMatch(cause -> Causes.handedTo(cause).isPresent()) ? left : List.of();
    }

    /**
     * Whether the step changed the workstation: the console applied it, or the user carried out its instructions and
     * a verification passed. Only such steps are credited with an outcome.
     */
    public static boolean ran(FixAttempt attempt) {
        return attempt.getOutcome() == FixOutcome.APPLIED || (attempt.getOutcome() == FixOutcome.INSTRUCTED
                && attempt.getVerificationResult() == VerificationResult.PASSED);
    }

    public FixAttempt runStep(FixAttempt attempt, Confirmation confirmation, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, attempt.getFixName(), 10);
        attempt.setStartedAt(Playbook.now());
        try {
            Optional<FixDescriptor> descriptor = registry.byId(attempt.getFixId());
            if (descriptor.isEmpty()) {
                finish(attempt, FixOutcome.FAILED, "the fix is no longer installed");
                return attempt;
            }
            FixDescriptor fix = descriptor.get();
            FixPreview preview;
            try {
                preview = Playbook.preview(fix, target, session, attempt, progress.split(2));
            } catch (Guarded.Failure failure) {
                fail(attempt, fix, failure);
                return attempt;
            }
            Playbook.record(attempt, preview, target);
            listener.changed(attempt);
            if (!preview.preconditionsHold()) {
                finish(attempt, FixOutcome.SKIPPED, "preconditions do not hold: " + preview.preconditions().stream()
                        .filter(p -> !p.satisfied()).map(FixPreview.Precondition::description).toList());
                return attempt;
            }
            if (!attempt.isAutomatable()) {
                preview.actions().forEach(action -> Sessions.log(attempt, LogLevel.INFO, "instruction",
                        action.instruction()));
                finish(attempt, FixOutcome.INSTRUCTED, "handed to the user as " + preview.actions().size()
                        + " instruction(s)");
                return attempt;
            }
            if (!confirmation.confirm(attempt, preview)) {
                finish(attempt, FixOutcome.DECLINED, "the operator declined the change");
                return attempt;
            }
            RecordingFixContext context = new RecordingFixContext(target, session, attempt, fix, progress.split(5), true);
            try {
                String what = "fix " + fix.id() + " (" + fix.origin() + ")";
                Guarded.call(what, context.contained(() -> {
                    fix.fix().apply(context, preview);
                    return null;
                }), fix.timeoutSeconds() * 1000L, progress);
                FixContainment.refuseViolations(what, context);
            } catch (Guarded.Failure failure) {
                context.drainInto(attempt);
                fail(attempt, fix, failure);
                return attempt;
            }
            context.drainInto(attempt);
            attempt.setOutcome(FixOutcome.APPLIED);
            listener.changed(attempt);
            verify(attempt, fix, progress.split(3));
            return attempt;
        } catch (OperationCanceledException e) {
            finish(attempt, FixOutcome.CANCELLED, "cancelled");
            return attempt;
        }
    }

    /**
     * Verifies a step again, e.g. one the user carried out from instructions: re-runs its fix's probes and
     * records what is still found. Verifying records what was verified and nothing else: a step that was skipped,
     * declined or never run keeps its outcome, so that the record never says it ran.
     */
    public void reverify(FixAttempt attempt, IProgressMonitor monitor) {
        Optional<FixDescriptor> descriptor = registry.byId(attempt.getFixId());
        if (descriptor.isEmpty()) {
            Sessions.log(attempt, LogLevel.ERROR, "playbook", "the fix is no longer installed; cannot verify");
            return;
        }
        FixOutcome outcome = attempt.getOutcome();
        if (outcome == FixOutcome.APPLIED || outcome == FixOutcome.INSTRUCTED) {
            verify(attempt, descriptor.get(), monitor);
        } else {
            boolean probed = !check(attempt, descriptor.get(), monitor).isEmpty();
            boolean passed = attempt.getVerificationResult() == VerificationResult.PASSED;
            Sessions.log(attempt, LogLevel.INFO, "verification", "verified while " + outcome.getLiteral()
                    + ", nothing applied by this step: " + (passed ? attempt.getAddressedCauses() + " no longer found"
                            : !probed ? "the fix names no probe to verify it"
                                    : "still found: " + attempt.getRemainingCauses()));
            listener.changed(attempt);
        }
        conclude();
    }

    /** Records the verification of a step that ran (the console applied it, or the user was instructed). */
    private void verify(FixAttempt attempt, FixDescriptor fix, IProgressMonitor monitor) {
        boolean probed = !check(attempt, fix, monitor).isEmpty();
        boolean passed = attempt.getVerificationResult() == VerificationResult.PASSED;
        FixOutcome outcome = attempt.getOutcome() == FixOutcome.INSTRUCTED ? FixOutcome.INSTRUCTED : FixOutcome.APPLIED;
        finish(attempt, outcome, passed ? "verified: " + attempt.getAddressedCauses() + " no longer found"
                : !probed ? "applied, but the fix names no probe to verify it"
                        : "applied, but still found: " + attempt.getRemainingCauses());
    }

    /**
     * Re-runs the fix's probes, re-evaluates the session and records on the attempt what was observed, which of
     * its causes are still found and whether the verification passed; returns the observations re-run.
     */
    private List<Observation> check(FixAttempt attempt, FixDescriptor fix, IProgressMonitor monitor) {
        List<String> probes;
        try {
            // a third party's code like apply: it may throw or hang, and the playbook carries on either way
            probes = Guarded.call("verification probes of fix " + fix.id() + " (" + fix.origin() + ")",
                    () -> fix.fix().verificationProbes(), fix.timeoutSeconds() * 1000L, monitor);
        } catch (Guarded.Failure failure) {
            Sessions.log(attempt, LogLevel.ERROR, fix.origin(), "verification probes unavailable: " + failure.getMessage());
            probes = List.of();
        }
        if (probes == null) {
            probes = List.of();
        }
        List<Observation> rerun = engine.run(session, target, probes, monitor);
        attempt.getVerification().addAll(rerun);
        engine.evaluate(session);
        List<String> remaining = session.getFindings().stream()
                .filter(finding -> finding.getSeverity() != Severity.INFO)
                .map(Finding::getCauseId).filter(attempt.getAddressedCauses()::contains).distinct().toList();
        attempt.getRemainingCauses().clear();
        attempt.getRemainingCauses().addAll(remaining);
        boolean passed = !rerun.isEmpty() && remaining.isEmpty();
        attempt.setVerificationResult(passed ? VerificationResult.PASSED : VerificationResult.FAILED);
        return rerun;
    }

    private void fail(FixAttempt attempt, FixDescriptor fix, Guarded.Failure failure) {
        Sessions.log(session, LogLevel.ERROR, fix.origin(), failure.getMessage());
        Sessions.log(attempt, LogLevel.ERROR, fix.origin(), failure.getMessage());
        finish(attempt, failure.kind() == Guarded.Failure.Kind.CANCELLED ? FixOutcome.CANCELLED : FixOutcome.FAILED,
                failure.getMessage());
    }

    private void finish(FixAttempt attempt, FixOutcome outcome, String message) {
        attempt.setOutcome(outcome);
        attempt.setOutcomeMessage(message);
        attempt.setFinishedAt(Playbook.now());
        listener.changed(attempt);
    }
}
