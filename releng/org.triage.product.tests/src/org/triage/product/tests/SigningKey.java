package org.triage.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A vendor's code-signing key for the tests: a self-signed certificate in a PKCS#12 keystore that keytool
 * generates, as a vendor without a CA-issued certificate would for a test build.
 *
 * @param fingerprint the certificate's SHA-256 fingerprint, lower-case hex, as the install policy names signers
 */
record SigningKey(Path keystore, String alias, String password, String subject, String fingerprint) {

    static SigningKey generate(Path folder, String subject) throws Exception {
        Files.createDirectories(folder);
        Path keystore = folder.resolve("vendor-signing.p12");
        String password = "vendor-test-" + ProcessHandle.current().pid();
        Command.Result keytool = Command.run(List.of(Environment.javaHome().resolve("bin/keytool").toString(),
                "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", password,
                "-alias", "vendor", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", subject, "-validity", "7"),
                Map.of(), folder, Duration.ofMinutes(1));
        assertEquals(0, keytool.exit(), keytool::toString);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        Certificate certificate = store.getCertificate("vendor");
        String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        return new SigningKey(keystore, "vendor", password, subject, fingerprint);
    }
}
