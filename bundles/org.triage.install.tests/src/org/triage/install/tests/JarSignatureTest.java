package org.triage.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.install.JarSignature;

/** Jars signed with jarsigner, as a vendor signs them, checked as jarsigner -verify checks them. */
class JarSignatureTest {

    @TempDir
    static Path keys;
    static TestJars.Signer signer;

    @TempDir
    Path folder;

    @BeforeAll
    static void makeAKey() throws Exception {
        signer = TestJars.Signer.generate(keys, "CN=Example Corp Code Signing, O=Example Corp, C=DE");
    }

    @Test
    void anUnsignedJarIsUnsigned() throws Exception {
        JarSignature signature = JarSignature.of(TestJars.bundle(folder, "com.example.vpn", "1.0.0", TestJars.ONE_FIX));

        assertEquals(JarSignature.Status.UNSIGNED, signature.status());
        assertFalse(signature.signed());
        assertNull(signature.fingerprint());
        assertEquals("unsigned", signature.describe());
    }

    @Test
    void aSignedJarNamesItsSignerAndTheCertificatesFingerprint() throws Exception {
        Path jar = signer.sign(TestJars.bundle(folder, "com.example.vpn", "1.0.0", TestJars.ONE_FIX));

        JarSignature signature = JarSignature.of(jar);

        assertEquals(JarSignature.Status.SIGNED, signature.status(), signature.describe());
        assertEquals("CN=Example Corp Code Signing,O=Example Corp,C=DE", signature.signer());
        assertEquals(signer.fingerprint(), signature.fingerprint());
        assertTrue(signature.notAfter().isAfter(Instant.now().plus(6, ChronoUnit.DAYS)), signature.notAfter().toString());
        assertFalse(signature.expiredAt(Instant.now()));
        assertEquals("signed by CN=Example Corp Code Signing,O=Example Corp,C=DE (SHA-256 " + signer.fingerprint() + ")",
                signature.describe());
    }

    @Test
    void aSignedJarWhoseContentChangedAfterwardsIsTampered() throws Exception {
        Path jar = signer.sign(TestJars.bundle(folder, "com.example.vpn", "1.0.0", TestJars.ONE_FIX));
        Path tampered = TestJars.tamper(jar, folder.resolve("tampered.jar"), "plugin.xml");

        JarSignature signature = JarSignature.of(tampered);

        assertEquals(JarSignature.Status.TAMPERED, signature.status(), signature.describe());
        assertTrue(signature.describe().startsWith("TAMPERED: its content does not match its signature"), signature.describe());
    }

    @Test
    void anEntryAddedAfterSigningMakesTheJarPartlySigned() throws Exception {
        Path jar = signer.sign(TestJars.bundle(folder, "com.example.vpn", "1.0.0", TestJars.ONE_FIX));
        Path extended = TestJars.addEntry(jar, folder.resolve("extended.jar"), "com/example/vpn/Backdoor.class");

        JarSignature signature = JarSignature.of(extended);

        assertEquals(JarSignature.Status.PARTLY_SIGNED, signature.status(), signature.describe());
        assertTrue(signature.describe().contains("com/example/vpn/Backdoor.class"), signature.describe());
        assertFalse(signature.signed());
        assertTrue(Files.size(extended) > Files.size(jar));
    }
}
