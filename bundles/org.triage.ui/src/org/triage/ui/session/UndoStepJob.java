package org.triage.ui.session;

import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.UndoStep;
import org.triage.core.target.Target;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;

/**
 * Undoes one completed, reversible playbook step: reads each value it will put back as it is now, has the operator
 * confirm that preview (or tells why it is refused), then puts the values back, records the undo as a step of its own
 * and re-diagnoses with the fix's probes. Preview and undo run under the session rule, so the values confirmed are the
 * values put back.
 */
public final class UndoStepJob extends SessionJob {

    private final String attemptId;
    private final Predicate<UndoStep.Preview> confirmation;

    /**
     * @param confirmation asked with the preview, on this job's thread; answers whether to go on (for a refused
     *                     preview, which is never carried out, it only tells the operator why)
     */
    public UndoStepJob(SessionManager manager, FixAttempt attempt, Predicate<UndoStep.Preview> confirmation) {
        super("Undoing " + attempt.getFixName(), manager);
        this.attemptId = attempt.getId();
        this.confirmation = confirmation;
    }

    @Override
    protected IStatus work(Session session, Target target, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        FixAttempt attempt = session.getFixAttempts().stream().filter(a -> Objects.equals(a.getId(), attemptId))
                .findFirst().orElse(null);
        if (attempt == null) {
            return Status.warning("That playbook step is gone.");
        }
        progress.subTask("Reading the values to put back");
        UndoStep.Preview preview = UndoStep.preview(session, attempt.getFixId(), target, progress.split(2));
        if (!preview.refused() && preview.step() != attempt) {
            return Status.warning("A later attempt of " + attempt.getFixId() + " ran since: undo that one.");
        }
        boolean go = confirmation.test(preview);
        if (preview.refused() || !go) {
            return Status.OK_STATUS;
        }
        progress.subTask("Putting the values back");
        FixAttempt undo = UndoStep.run(session, target, preview, DiagnosisEngine.standard(), FixRegistry.read(),
                progress.split(8));
        return undo.getOutcome() == FixOutcome.APPLIED ? Status.OK_STATUS
                : Status.warning("Undo of " + attempt.getFixName() + ": " + undo.getOutcomeMessage());
    }
}
