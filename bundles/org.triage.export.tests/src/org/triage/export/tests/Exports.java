package org.triage.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.triage.core.target.Target;
import org.triage.export.ExportOptions;
import org.triage.export.ExportResult;
import org.triage.export.SessionExporter;
import org.triage.model.Session;
import org.triage.tests.harness.Diagnoses;

/** Sessions to export, and reading exports back byte by byte, as a suspicious reviewer would. */
final class Exports {

    static final String VERSION = "0.0.0.test";

    private Exports() {
    }

    /** The demo's 0x8004de40 case, diagnosed and its playbook run with every step confirmed. */
    static Session demoPlaybook() throws Exception {
        return playbook("demo");
    }

    static Session playbook(String spec) throws Exception {
        try (Target target = Diagnoses.open(spec)) {
            Session session = Diagnoses.diagnose(target);
            Diagnoses.runPlaybook(target, session, (attempt, preview) -> true);
            session.setOperator("helpdesk.jdoe");
            return session;
        }
    }

    static ExportResult export(Session session, Path zip, boolean pseudonymize) throws IOException {
        return SessionExporter.export(session, zip, new ExportOptions(pseudonymize, null, VERSION),
                new NullProgressMonitor());
    }

    /** Every entry of the zip, decompressed, by name; directories have no bytes. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static String text(Path zip, String entry) throws IOException {
        return new String(entries(zip).get(entry), StandardCharsets.UTF_8);
    }

    /**
     * Where {@code value} occurs, case-insensitively, in the zip file's own bytes (names and headers are stored
     * uncompressed) and in every entry decompressed, read as UTF-8 and as UTF-16LE at both byte alignments; also
     * in the entry names. Empty where it occurs nowhere.
     */
    static List<String> occurrences(Path zip, String value) throws IOException {
        String needle = value.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        if (contains(Files.readAllBytes(zip), needle)) {
            found.add("the zip file's bytes");
        }
        for (Map.Entry<String, byte[]> entry : entries(zip).entrySet()) {
            if (entry.getKey().toLowerCase(Locale.ROOT).contains(needle)) {
                found.add("the entry name " + entry.getKey());
            }
            if (contains(entry.getValue(), needle)) {
                found.add(entry.getKey());
            }
        }
        return found;
    }

    private static boolean contains(byte[] bytes, String needle) {
        if (new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains(needle)
                || new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        for (int offset = 0; offset < 2 && offset < bytes.length; offset++) {
            String utf16 = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_16LE);
            if (utf16.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** A copy of {@code zip} with one entry's bytes changed (or, where {@code change} returns null, left out). */
    static Path rewrite(Path zip, Path copy, String name, UnaryOperator<byte[]> change) throws IOException {
        Map<String, byte[]> entries = entries(zip);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                byte[] bytes = entry.getKey().equals(name) ? change.apply(entry.getValue()) : entry.getValue();
                if (bytes != null) {
                    out.putNextEntry(new ZipEntry(entry.getKey()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
        return copy;
    }

    /** A zip with exactly these entries, in this order, written by hand as an attacker would. */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
                ZipOutputStream out = new ZipOutputStream(raw, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    static void assertSameEntries(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
    }
}
