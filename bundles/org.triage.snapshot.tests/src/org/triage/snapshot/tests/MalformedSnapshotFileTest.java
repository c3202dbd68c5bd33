package org.triage.snapshot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.latest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.formats.TextDecoder;
import org.triage.formats.TextEncoding;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.Session;
import org.triage.tests.harness.Samples;

/**
 * One broken or missing file spoils only its own observation: an error naming the file and the line, or
 * a skip; the other observations read as from the intact snapshot.
 */
class MalformedSnapshotFileTest {

    private static final Pattern NAMES_A_LINE = Pattern.compile("\\bline \\d+\\b");

    @TempDir
    Path folder;

    @Test
    void garbageBytesInDsregcmdStatusAreAnErrorNamingFileAndLine() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(0x8004de40L).nextBytes(garbage);

        assertOnlyThisObservationIsAnError("dsregcmd-status.txt", garbage, DeviceRegistrationProbe.ID);
    }

    @Test
    void anotherToolsOutputInDsregcmdStatusIsAnErrorNamingFileAndLine() throws Exception {
        String error = "\r\ndsregcmd : The term 'dsregcmd' is not recognized as the name of a cmdlet, function,"
                + " script file, or operable program.\r\nAt line:1 char:1\r\n";

        assertOnlyThisObservationIsAnError("dsregcmd-status.txt",
                TextDecoder.encode(error, TextEncoding.UTF16LE_BOM), DeviceRegistrationProbe.ID);
    }

    @Test
    void aTruncatedVpnConnectionsFileIsAnErrorNamingFileAndLine() throws Exception {
        byte[] whole = Files.readAllBytes(Samples.snapshot(Samples.CONTOSO).resolve("vpn-connections.json"));
        String text = TextDecoder.decode(whole).text();
        byte[] truncated = TextDecoder.encode(text.substring(0, text.length() / 2), TextEncoding.UTF16LE_BOM);

        assertOnlyThisObservationIsAnError("vpn-connections.json", truncated, VpnConnectionsProbe.ID);
    }

    @Test
    void aMissingFileSkipsItsObservation() throws Exception {
        Path snapshot = SnapshotFixtures.copyOf(Samples.CONTOSO, folder);
        Files.delete(snapshot.resolve("cmdkey-list.txt"));

        Session session = SnapshotFixtures.diagnose(snapshot);

        Observation credentials = latest(session, CachedCredentialsProbe.ID);
        assertEquals(ObservationStatus.SKIPPED, credentials.getStatus());
        assertTrue(credentials.getSummary().contains("cmdkey-list.txt"), credentials.getSummary());
        assertEquals(SnapshotFixtures.observationsOtherThan(intactContoso(), CachedCredentialsProbe.ID),
                SnapshotFixtures.observationsOtherThan(session, CachedCredentialsProbe.ID));
    }

    private void assertOnlyThisObservationIsAnError(String fileName, byte[] content, String probeId)
            throws Exception {
        Path snapshot = SnapshotFixtures.copyOf(Samples.CONTOSO, folder);
        Files.write(snapshot.resolve(fileName), content);

        Session session = SnapshotFixtures.diagnose(snapshot);

        Observation broken = latest(session, probeId);
        assertEquals(ObservationStatus.ERROR, broken.getStatus(), broken.getSummary());
        assertTrue(broken.getSummary().startsWith(fileName), broken.getSummary());
        assertTrue(NAMES_A_LINE.matcher(broken.getSummary()).find(), "no line in: " + broken.getSummary());
        assertEquals(1, broken.getEvidence().size(), "the unreadable text is kept as evidence");
        assertEquals(fileName, broken.getEvidence().get(0).getFileName());
        assertEquals(SnapshotFixtures.observationsOtherThan(intactContoso(), probeId),
                SnapshotFixtures.observationsOtherThan(session, probeId));
    }

    private static Session intactContoso() throws Exception {
        return SnapshotFixtures.diagnose(Samples.snapshot(Samples.CONTOSO));
    }
}
