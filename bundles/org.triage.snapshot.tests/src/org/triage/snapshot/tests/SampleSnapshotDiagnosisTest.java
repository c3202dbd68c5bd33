package org.triage.snapshot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.concerns;
import static org.triage.tests.harness.SessionQueries.findings;
import static org.triage.tests.harness.SessionQueries.latest;
import static org.triage.tests.harness.SessionQueries.textFacts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.EndpointsProbe;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.rules.Causes;
import org.triage.core.session.Facts;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.TimeFact;
import org.triage.model.ObservationStatus;
import org.triage.model.Session;
import org.triage.model.Severity;
import org.triage.model.TargetDescription;
import org.triage.tests.harness.Samples;

/** The two sample snapshots diagnose to what their README says. */
class SampleSnapshotDiagnosisTest {

    @Test
    void contosoShowsStaleCredentialsAMissingPrtAndAFullTunnel() throws Exception {
        Session session = SnapshotFixtures.diagnose(Samples.snapshot(Samples.CONTOSO));

        assertEquals(Map.of(Causes.STALE_CACHED_CREDENTIALS, Severity.ERROR,
                Causes.PRT_MISSING_OR_STALE, Severity.ERROR,
                Causes.FULL_TUNNEL_VPN, Severity.WARNING), findings(session));
        Observation registration = latest(session, DeviceRegistrationProbe.ID);
        assertEquals("NO", textFacts(registration).get("AzureAdPrt"));
        assertEquals("SUCCESS", textFacts(registration).get("DeviceAuthStatus"));
        assertEquals(5, Facts.textsOf(latest(session, CachedCredentialsProbe.ID), "m365Targets").size(),
                "the five stale Office and OneDrive entries");
        TargetDescription target = session.getTarget();
        assertEquals("snapshot", target.getKind());
        assertEquals("CONTOSO-LT-0417", target.getHostname());
        assertTrue(target.isReadOnly(), "a snapshot only observes");
        assertEquals(Instant.parse("2025-06-03T08:42:17Z"), target.getCollectedAt().toInstant());
    }

    @Test
    void contosoSkipsTheEndpointTestsItsCollectorDidNotRun() throws Exception {
        Session session = SnapshotFixtures.diagnose(Samples.snapshot(Samples.CONTOSO));

        Observation endpoints = latest(session, EndpointsProbe.ID);
        assertEquals(ObservationStatus.SKIPPED, endpoints.getStatus());
        assertTrue(endpoints.getSummary().contains("endpoint-tests.json"), endpoints.getSummary());
    }

    @Test
    void fabrikamIsHealthy() throws Exception {
        Session session = SnapshotFixtures.diagnose(Samples.snapshot(Samples.FABRIKAM));

        assertEquals(List.of(), concerns(session), "findings: " + findings(session));
        assertEquals(List.of(), session.getFixAttempts().stream().map(a -> a.getFixId()).toList());
        for (Observation observation : session.getObservations()) {
            assertEquals(ObservationStatus.OK, observation.getStatus(),
                    observation.getProbeId() + ": " + observation.getSummary());
        }
        assertEquals(List.of(), Facts.textsOf(latest(session, EndpointsProbe.ID), "unreachable"));
    }

    @Test
    void fabrikamTellsWhenItsVpnSessionBeganFromTheDialEvents() throws Exception {
        Session session = SnapshotFixtures.diagnose(Samples.snapshot(Samples.FABRIKAM));

        Observation vpn = latest(session, VpnConnectionsProbe.ID);
        Map<String, Instant> since = new LinkedHashMap<>();
        for (RecordFact connection : Facts.recordsOf(vpn, "connections")) {
            Facts.find(connection.getFields(), VpnConnectionsProbe.CONNECTED_SINCE)
                    .ifPresent(fact -> since.put(Facts.textOf(connection.getFields(), "Name").orElseThrow(),
                            ((TimeFact) fact).getValue().toInstant()));
        }
        // the newer dial of "Fabrikam VPN (legacy SSTP)" is not taken for "Fabrikam VPN", which is connected
        assertEquals(Map.of("Fabrikam VPN", Instant.parse("2025-06-04T06:40:12.903Z")), since);
        assertEquals(List.of("vpn-connections.json", "vpn-dial-events.json"),
                vpn.getEvidence().stream().map(e -> e.getFileName()).toList());
    }

    @Test
    void aVpnSessionThatOutlastedThePrtRenewalIsFoundAsOfTheCollectionTime(@TempDir Path folder) throws Exception {
        Path snapshot = SnapshotFixtures.copyOf(Samples.FABRIKAM, folder);
        Path dsregcmd = snapshot.resolve("dsregcmd-status.txt");
        String text = new String(Files.readAllBytes(dsregcmd), StandardCharsets.UTF_8);
        // renewed at 05:10, before the VPN was dialed at 06:40; collected at 13:15
        Files.write(dsregcmd, text.replace("AzureAdPrtUpdateTime : 2025-06-04 12:03:41.000 UTC",
                "AzureAdPrtUpdateTime : 2025-06-04 05:10:02.000 UTC").getBytes(StandardCharsets.UTF_8));

        Session session = SnapshotFixtures.diagnose(snapshot);

        assertEquals(Map.of(Causes.VPN_SESSION_OUTLASTS_TOKEN, Severity.WARNING), findings(session));
        String summary = session.getFindings().get(0).getSummary();
        assertTrue(summary.contains("Fabrikam VPN has been connected for 6 h 34 min"), summary);
    }
}
