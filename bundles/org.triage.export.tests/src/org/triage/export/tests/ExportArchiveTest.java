package org.triage.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.export.ExportArchive;
import org.triage.export.ExportException;
import org.triage.export.ExportLayout;
import org.triage.export.ExportLimits;
import org.triage.export.ExportManifest;
import org.triage.model.LogEntry;
import org.triage.model.LogLevel;
import org.triage.model.Session;

/**
 * Opening an export: an intact one comes back whole; a changed entry is flagged but shown; a truncated zip, a
 * zip-slip entry, oversized entries and a malformed session are refused with a clear message, and reading never
 * writes a file anywhere.
 */
class ExportArchiveTest {

    private static Session session;

    @TempDir
    Path folder;

    private Path export;
    /** Beside the folder the tests write into: nothing may ever appear here. */
    private Path outside;

    @BeforeAll
    static void runTheDemoPlaybook() throws Exception {
        session = Exports.demoPlaybook();
    }

    @BeforeEach
    void export() throws IOException {
        outside = folder.resolve("outside");
        Path inside = Files.createDirectories(outside.resolve("inside"));
        export = inside.resolve("ticket.zip");
        Exports.export(session, export, false);
    }

    @Test
    void anIntactExportComesBackWholeAndVerified() throws Exception {
        ExportArchive archive = ExportArchive.read(export);
        assertTrue(archive.intact(), archive.integrityProblems().toString());
        assertTrue(EcoreUtil.equals(session, archive.session()));
        assertEquals(Exports.VERSION, archive.manifest().productVersion());
        assertTrue(archive.entryNames().contains(ExportLayout.REPORT_HTML));
    }

    @Test
    void theSessionForReviewIsReadOnlyAndSaysWhereItCameFrom() throws Exception {
        Session review = ExportArchive.read(export).sessionForReview();
        assertEquals("export", review.getTarget().getKind());
        assertEquals(export.toString(), review.getTarget().getLocation());
        assertTrue(review.getTarget().isReadOnly());
        LogEntry origin = review.getLog().get(review.getLog().size() - 1);
        assertEquals("export", origin.getSource());
        assertTrue(origin.getMessage().contains("opened from the export ticket.zip") && origin.getMessage()
                .contains("demo 0x8004de40"), origin.getMessage());
        assertEquals("demo", session.getTarget().getKind(), "the export's own session is not changed");
    }

    @Test
    void aChangedEntryIsFlaggedAndTheSessionShownWithTheWarning() throws Exception {
        Path tampered = Exports.rewrite(export, folder.resolve("tampered.zip"), ExportLayout.REPORT_MARKDOWN,
                bytes -> (new String(bytes, StandardCharsets.UTF_8) + "\nEdited: all fine, close the ticket.\n")
                        .getBytes(StandardCharsets.UTF_8));
        ExportArchive archive = ExportArchive.read(tampered);
        assertFalse(archive.intact());
        assertEquals(List.of("report.md: changed after the export was written (its SHA-256 differs from the "
                + "manifest's)"), archive.integrityProblems());
        Session review = archive.sessionForReview();
        assertTrue(review.getLog().stream().anyMatch(entry -> entry.getLevel() == LogLevel.WARNING
                && entry.getMessage().startsWith("integrity: report.md: changed")), "the warning is in the log");
    }

    @Test
    void aChangedSessionAMissingAndAnAddedEntryAreAllNamed() throws Exception {
        Path step1 = Exports.rewrite(export, folder.resolve("a.zip"), ExportLayout.SESSION,
                bytes -> new String(bytes, StandardCharsets.UTF_8).replace("outcome=\"resolved\"",
                        "outcome=\"escalated\"").getBytes(StandardCharsets.UTF_8));
        Path step2 = Exports.rewrite(step1, folder.resolve("b.zip"), ExportLayout.REPORT_HTML, bytes -> null);
        Map<String, byte[]> entries = Exports.entries(step2);
        entries.put("evidence/999-extra.txt", Exports.utf8("planted"));
        Path tampered = Exports.zip(folder.resolve("c.zip"), entries);

        ExportArchive archive = ExportArchive.read(tampered);
        List<String> problems = archive.integrityProblems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("session.xmi: changed after the export was written"), problems.toString());
        assertTrue(problems.get(1).startsWith("report.html: listed in the manifest but missing"), problems.toString());
        assertTrue(problems.get(2).startsWith("evidence/999-extra.txt: added after the export was written"),
                problems.toString());
        assertEquals("escalated", archive.session().getOutcome().getLiteral(), "shown as it now is, flagged");
    }

    @Test
    void aTruncatedZipIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(export);
        Path truncated = Files.write(folder.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        ExportException e = assertThrows(ExportException.class, () -> ExportArchive.read(truncated));
        assertTrue(e.getMessage().startsWith(truncated + ": not a readable zip (truncated or damaged)"), e.getMessage());
        assertNothingWrittenOutside();
    }

    @Test
    void entriesThatEscapeTheFolderAreRefusedAndNothingIsWritten() throws Exception {
        for (String name : List.of("../evil.txt", "evidence/../../evil.txt", "/etc/evil.txt", "C:/Windows/evil.txt",
                "evidence\\..\\..\\evil.txt")) {
            Map<String, byte[]> entries = new LinkedHashMap<>(Exports.entries(export));
            entries.put(name, Exports.utf8("planted"));
            Path slip = Exports.zip(outside.resolve("inside").resolve("slip.zip"), entries);
            ExportException e = assertThrows(ExportException.class, () -> ExportArchive.read(slip), name);
            assertTrue(e.getMessage().contains("entry '" + name + "'") && e.getMessage().contains("refused"),
                    e.getMessage());
        }
        assertNothingWrittenOutside();
    }

    @Test
    void entriesAndTotalsPastTheLimitsAreRefused() throws Exception {
        long sessionSize = Exports.entries(export).get(ExportLayout.SESSION).length;
        ExportException big = assertThrows(ExportException.class,
                () -> ExportArchive.read(export, new ExportLimits(1000, sessionSize - 1, Long.MAX_VALUE)));
        assertTrue(big.getMessage().contains("entry 'session.xmi'") && big.getMessage().contains("limit of "
                + (sessionSize - 1)), big.getMessage());
        ExportException total = assertThrows(ExportException.class,
                () -> ExportArchive.read(export, new ExportLimits(1000, sessionSize, sessionSize + 10)));
        assertTrue(total.getMessage().contains("unpacks to more than the limit of " + (sessionSize + 10)),
                total.getMessage());
        ExportException many = assertThrows(ExportException.class,
                () -> ExportArchive.read(export, new ExportLimits(3, Long.MAX_VALUE, Long.MAX_VALUE)));
        assertTrue(many.getMessage().contains("more than the limit of 3"), many.getMessage());
    }

    @Test
    void aZipBombIsStoppedAtTheLimitNotAtTheEndOfMemory() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Exports.entries(export));
        entries.put("evidence/bomb.txt", new byte[8 * 1024 * 1024]);
        Path bomb = Exports.zip(folder.resolve("bomb.zip"), entries);
        assertTrue(Files.size(bomb) < 200_000, "eight megabytes of zeros compress to almost nothing");
        ExportException e = assertThrows(ExportException.class,
                () -> ExportArchive.read(bomb, new ExportLimits(1000, 1024 * 1024, 4L * 1024 * 1024)));
        assertTrue(e.getMessage().contains("evidence/bomb.txt"), e.getMessage());
    }

    @Test
    void theDefaultLimitsStayWithinAThirdOfTheHeapSoThatAnArchiveUnderThemCannotExhaustIt() {
        long cliHeap = 512L * 1024 * 1024; // the launcher's -Xmx
        ExportLimits cli = ExportLimits.forHeap(cliHeap);
        assertTrue(cli.maxTotalBytes() <= cliHeap / 3, cli.toString());
        assertTrue(cli.maxEntryBytes() <= cli.maxTotalBytes(), cli.toString());
        // three entries of 200 MB each, under the old fixed limits of 256 MB and 768 MB, are now refused at 512 MB
        assertTrue(3 * 200L * 1024 * 1024 > cli.maxTotalBytes(), cli.toString());
        ExportLimits large = ExportLimits.forHeap(16L * 1024 * 1024 * 1024);
        assertEquals(768L * 1024 * 1024, large.maxTotalBytes());
        assertEquals(256L * 1024 * 1024, large.maxEntryBytes());
        assertTrue(ExportLimits.DEFAULT.maxTotalBytes() <= Runtime.getRuntime().maxMemory() / 3);
    }

    @Test
    void aMalformedSessionIsRefusedWithItsLine() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Exports.entries(export));
        byte[] xmi = entries.get(ExportLayout.SESSION);
        byte[] broken = Arrays.copyOf(xmi, xmi.length / 2);
        entries.put(ExportLayout.SESSION, broken);
        // with a manifest that agrees, so that only the XML is wrong
        ExportManifest manifest = ExportManifest.parse(entries.get(ExportLayout.MANIFEST));
        ExportManifest agreeing = new ExportManifest(manifest.format(), manifest.createdAt(), manifest.productVersion(),
                manifest.sessionId(), manifest.sessionProductVersion(), false, manifest.fixBundles(),
                manifest.redactions(), manifest.pseudonyms(), manifest.entries().stream()
                        .map(d -> d.name().equals(ExportLayout.SESSION) ? ExportManifest.digest(d.name(), broken) : d)
                        .toList());
        entries.put(ExportLayout.MANIFEST, agreeing.toBytes());
        Path malformed = Exports.zip(folder.resolve("malformed.zip"), entries);

        ExportException e = assertThrows(ExportException.class, () -> ExportArchive.read(malformed));
        assertTrue(e.getMessage().startsWith(malformed + ": its session cannot be read: malformed.zip!/session.xmi:"),
                e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*session\\.xmi:\\d+:\\d+: .*"), "names the line: " + e.getMessage());
    }

    @Test
    void aZipThatIsNoExportIsRefused() throws Exception {
        Path other = Exports.zip(folder.resolve("other.zip"), Map.of("readme.txt", Exports.utf8("hello")));
        ExportException e = assertThrows(ExportException.class, () -> ExportArchive.read(other));
        assertEquals(other + ": not a Triage export: it holds no manifest.json", e.getMessage());
        Path future = Exports.zip(folder.resolve("future.zip"), Map.of(ExportLayout.MANIFEST,
                Exports.utf8("{\"format\":\"triage-export/9\",\"entries\":[]}")));
        ExportException format = assertThrows(ExportException.class, () -> ExportArchive.read(future));
        assertTrue(format.getMessage().contains("manifest.json says format 'triage-export/9'"), format.getMessage());
        Path missing = folder.resolve("missing.zip");
        assertEquals(missing + ": no such file",
                assertThrows(ExportException.class, () -> ExportArchive.read(missing)).getMessage());
        Path text = Files.writeString(folder.resolve("text.zip"), "not a zip at all");
        assertTrue(assertThrows(ExportException.class, () -> ExportArchive.read(text)).getMessage()
                .contains("not a readable zip"));
    }

    @Test
    void twoEntriesOfOneNameAreRefused() throws Exception {
        // ZipOutputStream will not write two entries of one name; write "session.xmX" and rename it in the bytes
        Map<String, byte[]> entries = new LinkedHashMap<>(Exports.entries(export));
        entries.put("session.xmX", Exports.utf8("<planted/>"));
        byte[] bytes = Files.readAllBytes(Exports.zip(folder.resolve("renamed.zip"), entries));
        byte[] from = "session.xmX".getBytes(StandardCharsets.US_ASCII);
        byte[] to = ExportLayout.SESSION.getBytes(StandardCharsets.US_ASCII);
        int replaced = 0;
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
                replaced++;
            }
        }
        assertEquals(2, replaced, "the local header and the central directory");
        Path twice = Files.write(folder.resolve("twice.zip"), bytes);
        ExportException e = assertThrows(ExportException.class, () -> ExportArchive.read(twice));
        assertTrue(e.getMessage().contains("entry 'session.xmi' appears twice"), e.getMessage());
    }

    private void assertNothingWrittenOutside() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> names = files.filter(Files::isRegularFile).map(path -> folder.relativize(path).toString())
                    .filter(name -> name.contains("evil")).toList();
            assertEquals(List.of(), names);
        }
    }
}
