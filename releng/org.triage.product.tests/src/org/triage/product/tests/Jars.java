package org.triage.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/** What an attacker does to a signed jar: change an entry's bytes, or slip in an entry, keeping the signature files. */
final class Jars {

    private Jars() {
    }

    /** Copies the jar with one byte of {@code entryName} changed. */
    static Path tamper(Path signed, Path into, String entryName) throws IOException {
        return copy(signed, into, entryName, null);
    }

    /** Copies the jar with an extra entry, which the signature does not cover. */
    static Path inject(Path signed, Path into, String entryName) throws IOException {
        return copy(signed, into, null, entryName);
    }

    private static Path copy(Path signed, Path into, String changed, String added) throws IOException {
        Path copy = Files.createTempFile(into.getParent(), "jar-", ".tmp");
        try (JarFile in = new JarFile(signed.toFile(), false); OutputStream file = Files.newOutputStream(copy);
                JarOutputStream out = new JarOutputStream(file)) {
            for (JarEntry entry : in.stream().toList()) {
                out.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    byte[] bytes = content.readAllBytes();
                    if (entry.getName().equals(changed)) {
                        bytes[bytes.length / 2] ^= 0x01;
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
            if (added != null) {
                out.putNextEntry(new JarEntry(added));
                out.write(new byte[] { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE });
                out.closeEntry();
            }
        }
        return Files.move(copy, into, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
