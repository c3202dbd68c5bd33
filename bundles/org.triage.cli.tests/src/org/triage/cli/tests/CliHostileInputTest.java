package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.cli.TriageCli;
import org.triage.model.RawEvidence;
import org.triage.model.Session;
import org.triage.model.io.SessionFiles;
import org.triage.tests.harness.PlantedValues;
import org.triage.tests.harness.Samples;

/**
 * A snapshot whose outputs hold every control character, every planted secret and identifier form, in UTF-8 and in
 * UTF-16LE: diagnose, playbook and export save it, export it and read it back; no secret reaches stderr or any
 * export, no identifier a pseudonymised one (searched byte by byte in every entry, as UTF-8 and UTF-16LE); what is
 * too large is refused with exit 3 and a reason.
 */
class CliHostileInputTest {

    /** The sample's text files the planted block is appended to, each in the encoding asked for. */
    private static final List<String> TEXT_FILES = List.of("dsregcmd-status.txt", "ipconfig-all.txt", "cmdkey-list.txt",
            "winhttp-proxy.txt");

    @TempDir
    Path folder;

    private Path plantedSnapshot(String encoding) throws IOException {
        Path sample = Samples.snapshot(Samples.CONTOSO);
        Path snapshot = Files.createDirectories(folder.resolve("snapshot-" + encoding));
        try (Stream<Path> files = Files.list(sample)) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                if (!TEXT_FILES.contains(name)) {
                    Files.write(snapshot.resolve(name), bytes);
                    continue;
                }
                String text = decode(bytes) + PlantedValues.block();
                Files.write(snapshot.resolve(name), encode(text, encoding));
            }
        }
        return snapshot;
    }

    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    private static byte[] encode(String text, String encoding) {
        Charset charset = encoding.equals("utf-16le") ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
        // lone surrogates have no encoding: the encoder writes its replacement, as Windows would write U+FFFD
        byte[] body = text.getBytes(charset);
        byte[] bom = encoding.equals("utf-16le") ? new byte[] { (byte) 0xFF, (byte) 0xFE } : new byte[0];
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    private static List<String> allValues(boolean identifiersToo) {
        List<String> values = new ArrayList<>();
        PlantedValues.secrets().forEach(planted -> values.addAll(planted.values()));
        if (identifiersToo) {
            PlantedValues.identifiers().forEach(planted -> values.addAll(planted.values()));
        }
        return values;
    }

    /** Every entry of the zip unpacked, each searched on its own. */
    private static List<String> leaks(Path zip, List<String> values) throws IOException {
        List<String> leaks = new ArrayList<>();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(archive.entries())) {
                try (InputStream in = archive.getInputStream(entry)) {
                    PlantedValues.occurrences(in.readAllBytes(), values)
                            .forEach(found -> leaks.add(entry.getName() + ": " + found));
                }
            }
        }
        PlantedValues.occurrences(Files.readAllBytes(zip), values).forEach(found -> leaks.add("zip bytes: " + found));
        return leaks;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "utf-8", "utf-16le" })
    void aSnapshotOfHostileOutputsIsSavedExportedAndReadBackWithoutALeak(String encoding) throws Exception {
        Path snapshot = plantedSnapshot(encoding);
        Path saved = folder.resolve("session.xmi");
        Path pseudonymised = folder.resolve("ticket.zip");

        Cli.Result diagnose = Cli.run("diagnose", "--target", "snapshot:" + snapshot, "--save", saved.toString(),
                "--export", pseudonymised.toString(), "--pseudonymize");

        assertEquals(TriageCli.DONE, diagnose.exit(), diagnose::toString);
        assertEquals(List.of(), PlantedValues.occurrences(diagnose.err().getBytes(StandardCharsets.UTF_8),
                allValues(false)), "secrets on stderr: " + diagnose.err());
        // the session holds the outputs as they were, control characters and all
        Session session = SessionFiles.load(saved);
        // an output that two probes read (ipconfig /all: adapters and VPN clients) is evidence of both: count files
        List<RawEvidence> planted = session.getObservations().stream().flatMap(o -> o.getEvidence().stream())
                .filter(e -> e.getContent() != null && e.getContent().contains("colour \u001B[31m")).toList();
        assertEquals(TEXT_FILES.size(), planted.stream().map(RawEvidence::getFileName).distinct().count(),
                "every planted file is evidence");
        List<String> contents = planted.stream().map(RawEvidence::getContent).toList();
        // lone surrogates cannot be written in either encoding: compare with what the file held
        String expected = decode(encode(PlantedValues.controlCharacters(), encoding));
        for (String content : contents) {
            assertTrue(content.contains(expected), "the control characters came back changed");
            assertTrue(content.contains("Wlan-DE-Geheim-4417"), "the session itself keeps its evidence whole");
        }

        assertEquals(List.of(), leaks(pseudonymised, allValues(true)));
        // the facts about secrets are kept as they were
        String evidence = new String(entry(pseudonymised, "dsregcmd-status"), StandardCharsets.UTF_8);
        for (String fact : PlantedValues.facts()) {
            assertTrue(evidence.contains(fact), "'" + fact + "' is missing from\n" + evidence);
        }

        // the export of the saved session, and the playbook with its autosave, take the same text
        Path plain = folder.resolve("plain.zip");
        Cli.Result export = Cli.run("export", "--session", saved.toString(), "--out", plain.toString());
        assertEquals(TriageCli.DONE, export.exit(), export::toString);
        assertEquals(List.of(), leaks(plain, allValues(false)));
        Path playbookSave = folder.resolve("playbook.xmi");
        Cli.Result playbook = Cli.run("playbook", "--target", "snapshot:" + snapshot, "--yes", "--save",
                playbookSave.toString(), "--export", folder.resolve("playbook.zip").toString());
        assertEquals(TriageCli.DONE, playbook.exit(), playbook::toString);
        assertEquals(TEXT_FILES.size(), SessionFiles.load(playbookSave).getObservations().stream()
                .flatMap(o -> o.getEvidence().stream()).filter(e -> e.getContent() != null
                        && e.getContent().contains(PlantedValues.controlCharacters().substring(0, 12)))
                .map(RawEvidence::getFileName).distinct().count(), "every planted file is evidence of the playbook");

        // and the export reads back as a target
        Cli.Result reread = Cli.run("diagnose", "--target", "export:" + pseudonymised);
        assertEquals(TriageCli.DONE, reread.exit(), reread::toString);
        assertFalse(reread.err().contains("integrity"), reread.err());
    }

    private static byte[] entry(Path zip, String nameContains) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(archive.entries())) {
                if (entry.getName().startsWith("evidence/") && entry.getName().contains(nameContains)) {
                    try (InputStream in = archive.getInputStream(entry)) {
                        return in.readAllBytes();
                    }
                }
            }
        }
        throw new AssertionError("no evidence entry named like " + nameContains + " in " + zip);
    }

    /** Real outputs hold facts about secrets ("AzureAdPrt : NO", "Type: Domain Password"), never a secret. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { Samples.CONTOSO, Samples.FABRIKAM })
    void theSampleSnapshotsNeedNothingRedacted(String sample) {
        Path zip = folder.resolve(sample + ".zip");
        Cli.Result result = Cli.run("diagnose", "--target", "snapshot:" + Samples.snapshot(sample), "--export",
                zip.toString(), "--pseudonymize");
        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(result.out().contains("nothing needed redacting"), result.out());
    }

    @Test
    void randomBytesAsEveryOutputExportAndReadBack() throws Exception {
        Path snapshot = plantedSnapshot("utf-8");
        java.util.Random random = new java.util.Random(11);
        for (String name : TEXT_FILES) {
            byte[] bytes = new byte[8192];
            random.nextBytes(bytes);
            Files.write(snapshot.resolve(name), bytes);
        }
        Path zip = folder.resolve("random.zip");
        Cli.Result diagnose = Cli.run("diagnose", "--target", "snapshot:" + snapshot, "--save",
                folder.resolve("random.xmi").toString(), "--export", zip.toString());
        assertEquals(TriageCli.DONE, diagnose.exit(), diagnose::toString);
        Cli.Result reread = Cli.run("diagnose", "--target", "export:" + zip);
        assertEquals(TriageCli.DONE, reread.exit(), reread::toString);
    }

    @Test
    void aSessionFileThatIsADeviceIsRefusedWithExit3() {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return;
        }
        Cli.Result result = Cli.run("export", "--session", zero.toString(), "--out", folder.resolve("z.zip").toString());
        assertEquals(TriageCli.TARGET_UNREADABLE, result.exit(), result::toString);
        assertTrue(result.err().contains("not a regular file"), result.err());
    }

    @Test
    void fourLargeUtf16FilesInASnapshotFolderAreRefusedWithExit3() throws Exception {
        Path snapshot = plantedSnapshot("utf-16le");
        byte[] line = "    Some Field : some value that repeats\r\n".getBytes(StandardCharsets.UTF_16LE);
        for (String name : TEXT_FILES) {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(snapshot.resolve(name)),
                    1 << 16)) {
                out.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
                for (long written = 0; written < 31L * 1024 * 1024; written += line.length) {
                    out.write(line);
                }
            }
        }
        Cli.Result result = Cli.run("diagnose", "--target", "snapshot:" + snapshot);
        assertEquals(TriageCli.TARGET_UNREADABLE, result.exit(), result::toString);
        assertTrue(result.err().contains("the snapshot's files add up to more than"), result.err());
        assertFalse(result.err().contains("internal error"), result.err());
    }

    @Test
    void aHugeSessionInATinyExportIsRefusedWithExit3() throws Exception {
        Path zip = folder.resolve("bomb.zip");
        long size = SessionFiles.maxBytes() + 1;
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry("manifest.json"));
            out.write("{\"format\":\"triage-export/1\",\"entries\":[]}".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("session.xmi"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < size; written += spaces.length) {
                out.write(spaces, 0, (int) Math.min(spaces.length, size - written));
            }
            out.closeEntry();
        }
        Cli.Result result = Cli.run("diagnose", "--target", "export:" + zip);
        assertEquals(TriageCli.TARGET_UNREADABLE, result.exit(), result::toString);
        assertTrue(result.err().contains("session.xmi"), result.err());
        assertFalse(result.err().contains("internal error"), result.err());
    }

    @Test
    void stderrNeverCarriesASecretNorARawControlCharacter() throws Exception {
        Path target = Files.writeString(folder.resolve("\u001B[31m Passwort: Pw-DE-Passwort-1111.zip"), "not a zip");
        Cli.Result result = Cli.run("diagnose", "--target", "export:" + target);
        assertEquals(TriageCli.TARGET_UNREADABLE, result.exit(), result::toString);
        assertFalse(result.err().contains("Pw-DE-Passwort-1111"), result.err());
        assertFalse(result.err().contains("\u001B"), result.err());
        assertTrue(result.err().contains("\\x1B"), result.err());
    }
}
