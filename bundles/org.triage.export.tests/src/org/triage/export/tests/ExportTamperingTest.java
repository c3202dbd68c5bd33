package org.triage.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.export.ExportArchive;
import org.triage.export.ExportException;
import org.triage.export.ExportLayout;
import org.triage.export.ExportLimits;
import org.triage.export.ExportManifest;
import org.triage.model.Session;
import org.triage.model.io.SessionFiles;

/**
 * A changed byte in any field of the manifest is flagged as entries' changes are; a symbolic link in an export is
 * refused; what an archive unpacks to is limited in total as well as per entry, and a session.xmi that would fill
 * the heap once loaded is refused before it is parsed.
 */
class ExportTamperingTest {

    private static Session session;

    @TempDir
    Path folder;

    private Path export;

    @BeforeAll
    static void runTheDemoPlaybook() throws Exception {
        session = Exports.demoPlaybook();
    }

    @BeforeEach
    void export() throws IOException {
        export = folder.resolve("ticket.zip");
        Exports.export(session, export, false);
    }

    private Path withManifest(String name, String from, String to) throws IOException {
        return Exports.rewrite(export, folder.resolve(name), ExportLayout.MANIFEST, bytes -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.contains(from), text);
            return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                    .getBytes(StandardCharsets.UTF_8);
        });
    }

    @Test
    void anIntactManifestRaisesNothing() throws Exception {
        assertEquals(List.of(), ExportArchive.read(export).integrityProblems());
    }

    @Test
    void aChangedByteInTheSessionIdIsFlagged() throws Exception {
        String id = session.getId();
        String changed = id.substring(0, id.length() - 1) + (id.endsWith("0") ? "1" : "0");
        ExportArchive archive = ExportArchive.read(withManifest("id.zip", "\"id\": \"" + id + "\"",
                "\"id\": \"" + changed + "\""));
        List<String> problems = archive.integrityProblems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("manifest.json: changed after the export was written")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("names session '" + changed + "'")), problems.toString());
    }

    @Test
    void aChangedByteInTheProductVersionIsFlagged() throws Exception {
        ExportArchive archive = ExportArchive.read(withManifest("version.zip", "\"version\": \"" + Exports.VERSION + "\"",
                "\"version\": \"" + Exports.VERSION.replace('0', '1') + "\""));
        assertEquals(List.of("manifest.json: changed after the export was written (its fields do not match its "
                + "fingerprint)"), archive.integrityProblems());
    }

    @Test
    void aChangedRedactionCountIsFlagged() throws Exception {
        ExportManifest manifest = ExportArchive.read(export).manifest();
        assertTrue(manifest.redactionTotal() >= 0);
        ExportArchive archive = ExportArchive.read(withManifest("count.zip", "\"pseudonymized\": false",
                "\"pseudonymized\": true"));
        assertTrue(archive.integrityProblems().stream().anyMatch(p -> p.startsWith("manifest.json: changed")),
                archive.integrityProblems().toString());
    }

    @Test
    void aSymbolicLinkEntryIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Exports.entries(export));
        entries.put("evidence/link.txt", Exports.utf8("/etc/passwd"));
        Path zip = Exports.zip(folder.resolve("link.zip"), entries);
        markAsUnixSymlink(zip, "evidence/link.txt");

        ExportException refused = assertThrows(ExportException.class, () -> ExportArchive.read(zip));
        assertTrue(refused.getMessage().contains("entry 'evidence/link.txt' is a symbolic link"), refused.getMessage());
    }

    @Test
    void twoEntriesUnderTheEntryLimitButOverTheTotalAreRefusedBeforeTheSecondIsHeld() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Exports.entries(export));
        entries.put("evidence/a.txt", new byte[900_000]);
        entries.put("evidence/b.txt", new byte[900_000]);
        Path zip = Exports.zip(folder.resolve("two.zip"), entries);
        ExportException refused = assertThrows(ExportException.class,
                () -> ExportArchive.read(zip, new ExportLimits(1000, 1_000_000, 1_500_000)));
        assertTrue(refused.getMessage().contains("unpacks to more than the limit of 1500000 bytes (at entry "
                + "'evidence/b.txt')"), refused.getMessage());
    }

    @Test
    void aSessionLargerThanTheSessionLimitIsRefusedBeforeItIsParsed() throws Exception {
        long size = SessionFiles.maxBytes() + 1;
        Path zip = folder.resolve("huge-session.zip");
        Map<String, byte[]> entries = Exports.entries(export);
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry(ExportLayout.MANIFEST));
            out.write(entries.get(ExportLayout.MANIFEST));
            out.closeEntry();
            out.putNextEntry(new ZipEntry(ExportLayout.SESSION));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < size; written += spaces.length) {
                out.write(spaces, 0, (int) Math.min(spaces.length, size - written));
            }
            out.closeEntry();
        }
        assertTrue(Files.size(zip) < size / 100, "compresses well");
        ExportException refused = assertThrows(ExportException.class, () -> ExportArchive.read(zip,
                new ExportLimits(1000, Long.MAX_VALUE / 4, Long.MAX_VALUE / 2)));
        assertTrue(refused.getMessage().contains("entry 'session.xmi'") && refused.getMessage().contains(
                "limit of " + SessionFiles.maxBytes()), refused.getMessage());
    }

    /** Sets the central directory's "made by Unix" and mode 0120777 (a symbolic link) of one entry, as Info-ZIP writes. */
    static void markAsUnixSymlink(Path zip, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (buffer.getInt(i) != 0x02014b50) {
                continue;
            }
            int nameLength = Short.toUnsignedInt(buffer.getShort(i + 28));
            if (nameLength == wanted.length && java.util.Arrays.equals(bytes, i + 46, i + 46 + nameLength, wanted, 0,
                    wanted.length)) {
                buffer.putShort(i + 4, (short) ((3 << 8) | 20));
                buffer.putInt(i + 38, 0120777 << 16);
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalStateException("no central directory entry " + name);
    }
}
