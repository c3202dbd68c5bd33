package org.triage.core.engine;

import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.Playbook;
import org.triage.core.session.Sessions;
import org.triage.core.symptom.SymptomHints;
import org.triage.core.symptom.SymptomRegistry;
import org.triage.core.target.ReportedProblem;
import org.triage.core.target.Target;
import org.triage.model.LogLevel;
import org.triage.model.Session;
import org.triage.model.Symptom;

/** One diagnosis from start to plan, as the CLI and the console both run it. */
public final class Diagnosis {

    private Diagnosis() {
    }

    /**
     * A new session for the target; the operator's symptom code and password-change time win over what
     * the target reports.
     */
    public static Session newSession(Target target, String symptomCode, Instant passwordChangedAt,
            String productVersion) {
        ReportedProblem reported = target.reportedProblem()
                .orElse(new ReportedProblem(null, null, null, null));
        String code = symptomCode != null && !symptomCode.isBlank() ? symptomCode.trim() : reported.code();
        boolean sameProblem = code != null && code.equalsIgnoreCase(reported.code());
        Symptom symptom = Sessions.symptom(code, sameProblem ? reported.application() : null,
                sameProblem ? reported.description() : null,
                passwordChangedAt != null ? passwordChangedAt : reported.passwordChangedAt());
        Session session = Sessions.create(target.info(), symptom, productVersion);
        SymptomHints.record(session, SymptomRegistry.read());
        target.notes().forEach(note -> Sessions.log(session, LogLevel.WARNING, "target", note));
        return session;
    }

    /** Probes, findings and the playbook, recorded in the session. */
    public static void run(Session session, Target target, DiagnosisEngine engine, FixRegistry fixes,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Diagnosing", 10);
        engine.diagnose(session, target, progress.split(8));
        Playbook.plan(session, target, fixes, progress.split(2));
    }
}
