package org.triage.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.install.DropinsPolicy;
import org.triage.install.InstallPolicy;
import org.triage.install.ProductInstallation;

/** The install policy holds back the fixes of bundles copied into dropins/, as it refuses them at install. */
class DropinsPolicyTest {

    private static final String UNSIGNED = "com.example.unsigned";
    private static final String SIGNED = "com.example.signed";
    private static final String TAMPERED = "com.example.tampered";
    private static final String UNPACKED = "com.example.unpacked";

    private static TestJars.Signer signer;

    @TempDir
    Path home;
    private ProductInstallation product;

    @BeforeAll
    static void makeTheSigningKey(@TempDir Path keys) throws Exception {
        signer = TestJars.Signer.generate(keys, "CN=Example Corp Code Signing, O=Example Corp, C=DE");
    }

    @BeforeEach
    void productWithFourDroppedInBundles() throws Exception {
        product = new ProductInstallation(home, Files.createDirectories(home.resolve("configuration")), "DefaultProfile");
        Path dropins = Files.createDirectories(product.dropins());
        TestJars.bundle(dropins, UNSIGNED, "1.0.0", TestJars.ONE_FIX);
        signer.sign(TestJars.bundle(dropins, SIGNED, "1.0.0", TestJars.ONE_FIX));
        Path work = Files.createDirectories(home.resolve("work"));
        Path signed = signer.sign(TestJars.bundle(work, TAMPERED, "1.0.0", TestJars.ONE_FIX));
        TestJars.tamper(signed, dropins.resolve(TAMPERED + "_1.0.0.jar"), "plugin.xml");
        // a folder with plugins/, as p2 lays an installation out, holding an unpacked bundle
        Path unpacked = Files.createDirectories(dropins.resolve("example-unpacked/plugins/" + UNPACKED + "_1.0.0/META-INF"));
        Files.writeString(unpacked.resolve("MANIFEST.MF"), "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\n"
                + "Bundle-SymbolicName: " + UNPACKED + ";singleton:=true\nBundle-Version: 1.0.0\n");
    }

    private void policy(String properties) throws Exception {
        Files.createDirectories(product.stateDir());
        Files.writeString(product.stateDir().resolve(InstallPolicy.FILE_NAME), properties);
    }

    @Test
    void withoutAPolicyOnlyTamperedContentIsHeldBack() {
        Map<String, String> refused = DropinsPolicy.refusals(product);

        assertEquals(Set.of(TAMPERED), refused.keySet());
        assertTrue(refused.get(TAMPERED).startsWith("dropins/" + TAMPERED + "_1.0.0.jar is TAMPERED"), refused.toString());
    }

    @Test
    void underTrustedOnlyUnsignedJarsAndUnpackedFoldersAreHeldBackNamingTheirFile() throws Exception {
        policy("trustedOnly=true\n");

        Map<String, String> refused = DropinsPolicy.refusals(product);

        assertEquals(Set.of(UNSIGNED, TAMPERED, UNPACKED), refused.keySet());
        assertEquals("dropins/" + UNSIGNED + "_1.0.0.jar is unsigned, and the policy accepts signed content only"
                + " (the install policy covers dropins/ too)", refused.get(UNSIGNED));
        assertTrue(refused.get(UNPACKED).startsWith("dropins/example-unpacked/plugins/" + UNPACKED + "_1.0.0 is unsigned"),
                refused.toString());
    }

    @Test
    void aSignerThePolicyDoesNotTrustIsHeldBackAndATrustedOneIsNot() throws Exception {
        policy("trustedSigners=" + "ab".repeat(32) + "\n");
        assertTrue(DropinsPolicy.refusals(product).get(SIGNED).contains("who is not among the policy's trusted signers"));

        policy("trustedSigners=" + signer.fingerprint() + "\n");
        assertEquals(Set.of(UNSIGNED, TAMPERED, UNPACKED), DropinsPolicy.refusals(product).keySet());
    }

    @Test
    void aPolicyThatCannotBeReadHoldsBackEverythingInDropins() throws Exception {
        policy("trustedOnly=maybe\n");

        Map<String, String> refused = DropinsPolicy.refusals(product);

        assertEquals(Set.of(UNSIGNED, SIGNED, TAMPERED, UNPACKED), refused.keySet());
        assertTrue(refused.get(SIGNED).contains("trustedOnly=maybe"), refused.toString());
    }

    @Test
    void noDropinsFolderHoldsNothingBack() throws Exception {
        ProductInstallation bare = new ProductInstallation(home.resolve("bare"), home.resolve("bare/configuration"),
                "DefaultProfile");
        assertEquals(Map.of(), DropinsPolicy.refusals(bare));
    }
}
