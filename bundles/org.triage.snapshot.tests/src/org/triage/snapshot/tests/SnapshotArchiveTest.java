package org.triage.snapshot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.latest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.model.LogEntry;
import org.triage.model.LogLevel;
import org.triage.model.ObservationStatus;
import org.triage.model.Session;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.ReportTrees;
import org.triage.tests.harness.Samples;

/** A snapshot sent as a .zip reads as its folder does, and a bad archive is refused without harm. */
class SnapshotArchiveTest {

    /** Larger than any snapshot file may be (SnapshotContents.MAX_FILE_BYTES, 32 MiB). */
    private static final int OVERSIZED = 32 * 1024 * 1024 + 1;

    @TempDir
    Path folder;

    static Stream<Arguments> layouts() {
        return Stream.of(Samples.CONTOSO, Samples.FABRIKAM).flatMap(sample -> Stream.of(
                Arguments.of(sample, null, '/'),
                Arguments.of(sample, "TriageSnapshot-" + sample, '/'),
                Arguments.of(sample, "TriageSnapshot-" + sample, '\\')));
    }

    @ParameterizedTest(name = "{0} zipped in folder {1} with separator {2}")
    @MethodSource("layouts")
    void aZippedSnapshotGivesTheReportOfItsFolder(String sample, String topFolder, char separator) throws Exception {
        Path snapshot = Samples.snapshot(sample);
        Path zip = SnapshotFixtures.zip(snapshot, folder.resolve(sample + ".zip"), topFolder, separator);

        Session fromFolder = SnapshotFixtures.diagnose(snapshot);
        Session fromZip = SnapshotFixtures.diagnose(zip);

        assertEquals(ReportTrees.comparable(fromFolder), ReportTrees.comparable(fromZip));
        assertEquals(zip.toString(), fromZip.getTarget().getLocation());
        // what the rules could not check is the same for both; the zip itself leaves nothing to note
        assertEquals(notChecked(fromFolder), notChecked(fromZip));
        assertEquals(List.of(), fromZip.getLog().stream().map(LogEntry::getMessage)
                .filter(message -> !message.startsWith(DiagnosisEngine.NOT_CHECKED)).toList(), "nothing to note");
    }

    private static List<String> notChecked(Session session) {
        return session.getLog().stream().map(LogEntry::getMessage)
                .filter(message -> message.startsWith(DiagnosisEngine.NOT_CHECKED)).toList();
    }

    @Test
    void aTruncatedZipIsRefusedAndNothingIsWritten() throws Exception {
        Path whole = SnapshotFixtures.zip(Samples.snapshot(Samples.CONTOSO), folder.resolve("whole.zip"), null, '/');
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(folder.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        Files.delete(whole);

        TargetException refused = assertThrows(TargetException.class,
                () -> Diagnoses.open("snapshot:" + truncated));

        assertTrue(refused.getMessage().contains(truncated.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("not a readable zip"), refused.getMessage());
        assertEquals(List.of(truncated), listing(folder), "the refused archive left files behind");
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws Exception {
        Path notes = Files.writeString(folder.resolve("ticket-notes.txt"), "OneDrive 0x8004de40 since Monday\r\n");

        TargetException refused = assertThrows(TargetException.class, () -> Diagnoses.open("snapshot:" + notes));

        assertTrue(refused.getMessage().contains(notes.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("not a readable zip"), refused.getMessage());
        assertEquals(List.of(notes), listing(folder));
    }

    @Test
    void anEntryPointingOutsideTheSnapshotIsIgnoredAndNoted() throws Exception {
        Path snapshot = Samples.snapshot(Samples.CONTOSO);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../evil.txt", "owned".getBytes(StandardCharsets.US_ASCII));
        entries.put("../dsregcmd-status.txt", "AzureAdJoined : NO".getBytes(StandardCharsets.US_ASCII));
        entries.putAll(SnapshotFixtures.files(snapshot));
        Path zip = SnapshotFixtures.zip(Files.createDirectories(folder.resolve("inbox")).resolve("snapshot.zip"),
                entries);

        Session session;
        try (Target target = Diagnoses.open("snapshot:" + zip)) {
            assertEquals(2, target.notes().size(), "notes: " + target.notes());
            assertTrue(target.notes().get(0).contains("'../evil.txt' points outside the snapshot; ignored"),
                    target.notes().get(0));
            session = Diagnoses.diagnose(target);
        }

        assertTrue(session.getLog().stream().anyMatch(entry -> entry.getLevel() == LogLevel.WARNING
                && entry.getMessage().contains("../evil.txt")), "the note is not in the session log");
        assertEquals(ReportTrees.comparable(SnapshotFixtures.diagnose(snapshot)), ReportTrees.comparable(session),
                "the outside entries changed what was read");
        assertEquals(List.of(folder.resolve("inbox")), listing(folder), "something was written beside the zip");
    }

    @ParameterizedTest(name = "as a {0}")
    @ValueSource(strings = { "folder", "zip" })
    void aFileOverTheSizeLimitIsLeftOutWithANoteAndTheOtherFilesAreRead(String form) throws Exception {
        Path snapshot = SnapshotFixtures.copyOf(Samples.CONTOSO, folder);
        Files.write(snapshot.resolve("dsregcmd-status.txt"), new byte[OVERSIZED]);
        Path opened = form.equals("zip") ? SnapshotFixtures.zip(snapshot, folder.resolve("oversized.zip"), null, '/')
                : snapshot;

        Session session;
        try (Target target = Diagnoses.open("snapshot:" + opened)) {
            assertEquals(1, target.notes().size(), "notes: " + target.notes());
            assertTrue(target.notes().get(0).contains("dsregcmd-status.txt"), target.notes().get(0));
            assertTrue(target.notes().get(0).contains("over the limit"), target.notes().get(0));
            session = Diagnoses.diagnose(target);
        }

        assertEquals(ObservationStatus.SKIPPED, latest(session, DeviceRegistrationProbe.ID).getStatus());
        Session intact = SnapshotFixtures.diagnose(Samples.snapshot(Samples.CONTOSO));
        assertEquals(SnapshotFixtures.observationsOtherThan(intact, DeviceRegistrationProbe.ID),
                SnapshotFixtures.observationsOtherThan(session, DeviceRegistrationProbe.ID));
    }

    private static List<Path> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
