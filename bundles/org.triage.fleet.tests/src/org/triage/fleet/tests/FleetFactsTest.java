package org.triage.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.target.Target;
import org.triage.core.target.Targets;
import org.triage.fleet.Dimension;
import org.triage.fleet.internal.SnapshotFacts;
import org.triage.model.Session;
import org.triage.tests.harness.Samples;

/** The grouping facts read from the sample snapshots' diagnoses, each as the sample's README describes the machine. */
class FleetFactsTest {

    private static SnapshotFacts facts(String sample) throws Exception {
        try (Target target = Targets.open("snapshot:" + Samples.snapshot(sample))) {
            Session session = Diagnosis.newSession(target, null, null, "test");
            DiagnosisEngine.standard().diagnose(session, target, new NullProgressMonitor());
            return SnapshotFacts.of(session);
        }
    }

    @Test
    void contosoOnAFullTunnelWindowsVpnAtHome() throws Exception {
        SnapshotFacts contoso = facts(Samples.CONTOSO);
        assertEquals("CONTOSO-LT-0417", contoso.hostname());
        Map<Dimension, String> facts = contoso.facts();
        // the PPP adapter is the built-in client's: the VPN clients probe names it as the VPN State view does
        assertEquals("Windows VPN (built-in)", facts.get(Dimension.VPN_CLIENT));
        assertEquals("vpn.contoso.com", facts.get(Dimension.GATEWAY));
        assertEquals("full", facts.get(Dimension.TUNNEL_MODE));
        assertEquals("home.arpa", facts.get(Dimension.SITE), "the Ethernet adapter's suffix, not the tunnel's");
        assertEquals("10.0.22631", facts.get(Dimension.OS_BUILD));
        assertEquals("Entra joined", facts.get(Dimension.JOIN_TYPE));
        assertEquals("direct", facts.get(Dimension.PROXY));
        assertEquals("2025-06-03", facts.get(Dimension.DAY), "10:42:17+02:00 is 08:42 UTC");
        assertTrue(contoso.findings().stream().anyMatch(f -> f.causeId().equals("full-tunnel-vpn")), contoso.toString());
        assertTrue(contoso.findings().stream().anyMatch(f -> f.causeId().equals("stale-cached-credentials")),
                contoso.toString());
    }

    @Test
    void fabrikamOnASplitTunnel() throws Exception {
        SnapshotFacts fabrikam = facts(Samples.FABRIKAM);
        Map<Dimension, String> facts = fabrikam.facts();
        assertEquals("FAB-LT-2291", fabrikam.hostname());
        assertEquals("vpn.fabrikam.com", facts.get(Dimension.GATEWAY));
        assertEquals("split", facts.get(Dimension.TUNNEL_MODE));
        assertEquals("corp.fabrikam.com", facts.get(Dimension.SITE));
        assertEquals("10.0.26100", facts.get(Dimension.OS_BUILD));
        assertEquals("2025-06-04", facts.get(Dimension.DAY));
        assertTrue(fabrikam.findings().stream().noneMatch(f -> f.causeId().equals("full-tunnel-vpn")),
                fabrikam.toString());
    }
}
