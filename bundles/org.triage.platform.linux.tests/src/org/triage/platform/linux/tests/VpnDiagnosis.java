package org.triage.platform.linux.tests;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.probe.AdaptersProbe;
import org.triage.core.probe.RoutesProbe;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.session.Sessions;
import org.triage.core.target.Target;
import org.triage.model.Finding;
import org.triage.model.Observation;
import org.triage.model.Session;

/** The VPN view's probes and the built-in rules, run by the real engine against a target. */
final class VpnDiagnosis {

    final Session session;

    private VpnDiagnosis(Session session) {
        this.session = session;
    }

    static VpnDiagnosis of(Target target) {
        DiagnosisEngine engine = DiagnosisEngine.standard()
                .withProbes(List.of(new VpnConnectionsProbe(), new AdaptersProbe(), new RoutesProbe()));
        Session session = Diagnosis.newSession(target, null, null, "test");
        engine.diagnose(session, target, new NullProgressMonitor());
        return new VpnDiagnosis(session);
    }

    Observation observation(String probeId) {
        Map<String, Observation> latest = Sessions.latestByProbe(session);
        Observation observation = latest.get(probeId);
        if (observation == null) {
            throw new AssertionError("no observation of " + probeId);
        }
        return observation;
    }

    List<String> causes() {
        return session.getFindings().stream().map(Finding::getCauseId).toList();
    }
}
