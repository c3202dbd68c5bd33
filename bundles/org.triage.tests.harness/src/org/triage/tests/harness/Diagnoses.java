package org.triage.tests.harness;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.core.target.Targets;
import org.triage.model.FixAttempt;
import org.triage.model.Session;

/**
 * Runs a diagnosis and its playbook the way the CLI and the console do: targets opened through the
 * registered target providers, the standard engine, the fixes contributed to the extension point.
 */
public final class Diagnoses {

    public static final String PRODUCT_VERSION = "0.0.0.test";

    private Diagnoses() {
    }

    /** Opens {@code kind:location} through the OSGi service registry, as the product does. */
    public static Target open(String spec) throws TargetException {
        return Targets.open(spec);
    }

    /** A new session with the symptom the target reports (as the CLI without --symptom), diagnosed and planned. */
    public static Session diagnose(Target target) {
        Session session = Diagnosis.newSession(target, null, null, PRODUCT_VERSION);
        Diagnosis.run(session, target, DiagnosisEngine.standard(), FixRegistry.read(), new NullProgressMonitor());
        return session;
    }

    /** Runs the planned steps in order, asking {@code confirmation} before each change; returns the steps run. */
    public static List<FixAttempt> runPlaybook(Target target, Session session,
            PlaybookRunner.Confirmation confirmation) {
        return new PlaybookRunner(DiagnosisEngine.standard(), FixRegistry.read(), target, session)
                .runAll(confirmation, new NullProgressMonitor());
    }
}
