package org.triage.platform.windows.target.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.triage.formats.LineEnding;
import org.triage.formats.TextDecoder;
import org.triage.formats.TextEncoding;
import org.triage.tests.harness.Samples;

/**
 * Recorded Windows output: this bundle's recordings of the action commands, the sample snapshots and the
 * formats bundle's fixtures, each found above the working directory (tests run in their bundle's folder).
 */
final class Recordings {

    private static final String OWN = "bundles/org.triage.platform.windows.target.tests/resources/recordings";
    private static final String FORMATS = "bundles/org.triage.formats.tests/resources/fixtures";

    private Recordings() {
    }

    /** A file of {@code resources/recordings}, byte for byte. */
    static byte[] recording(String name) {
        return read(find(OWN).resolve(name));
    }

    /** A file of the Contoso sample snapshot (UTF-16LE with BOM, CRLF), byte for byte. */
    static byte[] contoso(String fileName) {
        return read(Samples.snapshot(Samples.CONTOSO).resolve(fileName));
    }

    /** A file of the Contoso sample snapshot with the language-independent files, byte for byte. */
    static byte[] contosoJson(String fileName) {
        return read(Samples.snapshot(Samples.CONTOSO_JSON).resolve(fileName));
    }

    /** A file of the Fabrikam sample snapshot (UTF-8 with BOM, CRLF), byte for byte. */
    static byte[] fabrikam(String fileName) {
        return read(Samples.snapshot(Samples.FABRIKAM).resolve(fileName));
    }

    /** A fixture of the formats tests (UTF-8 master), e.g. {@code dsregcmd/hybrid-joined-healthy.txt}. */
    static byte[] formatsFixture(String relative) {
        return read(find(FORMATS).resolve(relative));
    }

    /** The text of {@code bytes} written again in {@code encoding} with CRLF line ends, as a Windows tool would. */
    static byte[] reencode(byte[] bytes, TextEncoding encoding) {
        return TextDecoder.encode(TextDecoder.decode(bytes).text(), encoding, LineEnding.CRLF);
    }

    static String text(byte[] bytes) {
        return TextDecoder.decode(bytes).text();
    }

    private static Path find(String folder) {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(folder);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + folder + " above " + System.getProperty("user.dir"));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
