package org.triage.ui.session;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.target.Target;
import org.triage.model.FixAttempt;
import org.triage.model.Session;

/** Verifies a playbook step again by re-running its fix's probes. */
public final class VerifyStepJob extends SessionJob {

    private final String attemptId;

    public VerifyStepJob(SessionManager manager, FixAttempt attempt) {
        super("Verifying " + attempt.getFixName(), manager);
        this.attemptId = attempt.getId();
    }

    @Override
    protected IStatus work(Session session, Target target, IProgressMonitor monitor) {
        FixAttempt attempt = session.getFixAttempts().stream().filter(a -> Objects.equals(a.getId(), attemptId))
                .findFirst().orElse(null);
        if (attempt == null) {
            return Status.warning("That playbook step is gone.");
        }
        new PlaybookRunner(DiagnosisEngine.standard(), FixRegistry.read(), target, session).reverify(attempt, monitor);
        return Status.OK_STATUS;
    }
}
