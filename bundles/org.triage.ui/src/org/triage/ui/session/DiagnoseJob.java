package org.triage.ui.session;

import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.core.target.Targets;
import org.triage.model.Session;

/**
 * Opens a target and diagnoses it off the UI thread: probes, findings and the playbook. The new session is
 * published once the diagnosis is complete; a cancelled diagnosis publishes nothing and closes the target.
 */
public final class DiagnoseJob extends SessionOpeningJob {

    private final String targetSpec;
    private final String symptomCode;
    private final String productVersion;

    public DiagnoseJob(SessionManager manager, String targetSpec, String symptomCode, String productVersion) {
        super("Diagnosing " + targetSpec, manager);
        this.targetSpec = targetSpec;
        this.symptomCode = symptomCode;
        this.productVersion = productVersion;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Target target;
        try {
            target = Targets.open(targetSpec);
        } catch (TargetException e) {
            return Status.error("Cannot open target '" + targetSpec + "': " + e.getMessage(), e);
        }
        Session session = Diagnosis.newSession(target, symptomCode, (Instant) null, productVersion);
        Diagnosis.run(session, target, DiagnosisEngine.standard(), FixRegistry.read(), monitor);
        if (monitor.isCanceled()) {
            target.close();
            return Status.CANCEL_STATUS;
        }
        manager.open(session, target);
        return Status.OK_STATUS;
    }
}
