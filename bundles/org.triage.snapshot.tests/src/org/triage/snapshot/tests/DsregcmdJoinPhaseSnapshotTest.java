package org.triage.snapshot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.latest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.rules.Causes;
import org.triage.model.Finding;
import org.triage.model.Session;
import org.triage.model.Severity;

/**
 * A hybrid join that fails, read from dsregcmd /status as a snapshot carries it: the phase and the client error code
 * are named and explained; an output cut before its Device State section reads as unknown, not "Not joined".
 */
class DsregcmdJoinPhaseSnapshotTest {

    /** An elevated dsregcmd /status of a domain-only machine whose join failed at discovery (fixture SOURCES.md). */
    private static final Path PREJOIN = Path.of("..", "org.triage.formats.tests", "resources", "fixtures", "dsregcmd",
            "domain-joined-prejoin-diagnostics.txt");

    @Test
    void aHybridJoinFailingAtDiscoveryNamesThePhaseAndExplainsTheCode(@TempDir Path temp) throws Exception {
        Session session = SnapshotFixtures.diagnose(snapshot(temp, Files.readString(PREJOIN)));

        Finding broken = session.getFindings().stream()
                .filter(f -> f.getCauseId().equals(Causes.DEVICE_REGISTRATION_BROKEN)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding: " + session.getFindings()));
        assertEquals(Severity.ERROR, broken.getSeverity());
        String summary = broken.getSummary();
        assertTrue(summary.startsWith("The hybrid join of this domain-joined device fails in the discover phase"), summary);
        assertTrue(summary.contains("Client ErrorCode 0x801c001d is DSREG_AUTOJOIN_ADCONFIG_READ_FAILED: the service "
                + "connection point (SCP)"), summary);
        assertTrue(summary.contains("failed tests: AD Configuration Test : FAIL [0x80070002]"), summary);
    }

    @Test
    void anOutputWithoutItsDeviceStateSectionReadsAsUnknownNotAsNotJoined(@TempDir Path temp) throws Exception {
        String whole = Files.readString(PREJOIN);
        String withoutDeviceState = whole.substring(whole.indexOf("+----------------------------------------------------------------------+\n| User State"));

        Session session = SnapshotFixtures.diagnose(snapshot(temp, withoutDeviceState));

        String summary = latest(session, DeviceRegistrationProbe.ID).getSummary();
        assertTrue(summary.startsWith("Join state unknown (no Device State section)"), summary);
        assertFalse(summary.contains("Not joined"), summary);
        assertTrue(session.getFindings().stream().noneMatch(f -> f.getCauseId().equals(Causes.DEVICE_REGISTRATION_BROKEN)),
                "without the join state, a failed join is not claimed");
    }

    private static Path snapshot(Path folder, String dsregcmd) throws Exception {
        Files.writeString(folder.resolve("manifest.json"), "{\r\n  \"format\": \"triage-snapshot/1\",\r\n"
                + "  \"collectedAt\": \"2025-03-10T10:30:00+01:00\",\r\n  \"hostname\": \"WS-0108\",\r\n"
                + "  \"user\": \"CONTOSO\\\\noah\",\r\n  \"os\": \"Microsoft Windows Server 2022 Standard\"\r\n}\r\n");
        byte[] text = dsregcmd.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(folder.resolve("dsregcmd-status.txt"), withBom);
        return folder;
    }
}
