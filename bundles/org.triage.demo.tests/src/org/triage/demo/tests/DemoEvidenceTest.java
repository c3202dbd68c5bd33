package org.triage.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.latest;
import static org.triage.tests.harness.SessionQueries.textFacts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.session.Facts;
import org.triage.core.target.Evidence;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.core.target.VpnConnection;
import org.triage.formats.CmdkeyFormat;
import org.triage.formats.CmdkeyList;
import org.triage.formats.DsregStatus;
import org.triage.formats.DsregcmdFormat;
import org.triage.formats.StoredCredential;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.WindowsReadings;
import org.triage.model.Observation;
import org.triage.model.RawEvidence;
import org.triage.model.Session;
import org.triage.tests.harness.Diagnoses;

/** The demo workstation's raw evidence is what the Windows tools would print, and reads back to the same facts. */
class DemoEvidenceTest {

    @Test
    void everyObservationKeepsTheVerbatimOutputItWasMadeFrom() throws Exception {
        try (Target target = Diagnoses.open("demo:0x8004de40")) {
            Session session = Diagnoses.diagnose(target);

            for (Observation observation : session.getObservations()) {
                assertFalse(observation.getEvidence().isEmpty(), observation.getProbeId() + " has no evidence");
                for (RawEvidence evidence : observation.getEvidence()) {
                    assertFalse(evidence.getSource() == null || evidence.getSource().isBlank(),
                            observation.getProbeId() + ": no source");
                    assertFalse(evidence.getContent() == null || evidence.getContent().isBlank(),
                            observation.getProbeId() + ": no content");
                }
            }
        }
    }

    @Test
    void registrationEvidenceIsDsregcmdOutputThatParsesToTheSameFields() throws Exception {
        try (Target target = Diagnoses.open("demo:0x8004de40")) {
            Observation registration = latest(Diagnoses.diagnose(target), DeviceRegistrationProbe.ID);
            RawEvidence evidence = single(registration);

            assertEquals("dsregcmd /status", evidence.getSource());
            String content = evidence.getContent();
            assertTrue(content.contains("\r\n" + " ".repeat(16) + "AzureAdPrt : NO\r\n"),
                    "AzureAdPrt is not right-aligned to column 26 as dsregcmd prints it:\n" + content);
            assertTrue(content.contains("| SSO State "), "no SSO State box:\n" + content);

            DsregStatus reparsed = DsregcmdFormat.parse(content);
            assertTrue(reparsed.recognised(), "not recognised as dsregcmd output");
            assertEquals(List.of(), reparsed.problems());
            assertEquals(textFacts(registration), reparsed.flatFields());
        }
    }

    @Test
    void vpnEvidenceIsGetVpnConnectionAndTheDialEventThatReadBackToTheSameSessionStart() throws Exception {
        try (Target target = Diagnoses.open("demo:long-vpn-session")) {
            Reading<List<VpnConnection>> reading = target.vpnConnections(new NullProgressMonitor());
            Instant since = reading.value().get(0).connectedSince();
            assertTrue(since.isBefore(Instant.now().minus(Duration.ofHours(9))), since.toString());
            assertEquals(2, reading.evidence().size());

            Evidence profiles = reading.evidence().get(0);
            Evidence dials = reading.evidence().get(1);
            assertTrue(dials.source().contains("Get-WinEvent"), dials.source());
            Reading<List<VpnConnection>> reread = WindowsReadings.withSessionStarts(
                    WindowsReadings.vpnConnections(raw(profiles)), raw(dials));
            assertEquals(List.of(), reread.problems());
            assertEquals(reading.value(), reread.value());
        }
    }

    private static RawOutput raw(Evidence evidence) {
        return new RawOutput(evidence.source(), null, 0, evidence.capturedAt(),
                evidence.content().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void credentialsEvidenceIsCmdkeyOutputListingTheSameEntries() throws Exception {
        try (Target target = Diagnoses.open("demo:0x8004de40")) {
            Observation credentials = latest(Diagnoses.diagnose(target), CachedCredentialsProbe.ID);
            RawEvidence evidence = single(credentials);

            assertEquals("cmdkey /list", evidence.getSource());
            assertTrue(evidence.getContent().contains("Currently stored credentials:"), evidence.getContent());
            CmdkeyList reparsed = CmdkeyFormat.parse(evidence.getContent());
            assertTrue(reparsed.recognised(), "not recognised as cmdkey output");
            assertEquals(Facts.recordsOf(credentials, "entries").stream()
                    .map(entry -> Facts.textOf(entry.getFields(), "Target").orElseThrow()).toList(),
                    reparsed.credentials().stream().map(StoredCredential::target).toList());
        }
    }

    private static RawEvidence single(Observation observation) {
        assertEquals(1, observation.getEvidence().size(), observation.getProbeId() + " evidence");
        return observation.getEvidence().get(0);
    }
}
