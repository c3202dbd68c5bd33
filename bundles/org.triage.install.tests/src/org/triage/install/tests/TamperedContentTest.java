package org.triage.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.install.DropinsPolicy;
import org.triage.install.FixBundleInstaller;
import org.triage.install.FixBundleSource;
import org.triage.install.InstallPlan;
import org.triage.install.InstallPolicy;
import org.triage.install.InstallRecord;
import org.triage.install.ProductInstallation;
import org.triage.install.TamperedContentException;

/**
 * Signed content that was changed after it was signed (issue 11, item 12): a jar whose bytes no longer match the
 * checksum its repository publishes is refused as tampered, not reported as a download problem; a signed jar with an
 * unsigned class slipped in is refused under a trust policy, at {@code triage install} and in {@code dropins/}.
 */
class TamperedContentTest {

    private static final String BUNDLE = "com.example.vpn";
    private static TestJars.Signer signer;

    @TempDir
    Path folder;
    private ProductInstallation product;
    private FixBundleInstaller installer;

    @BeforeAll
    static void makeTheSigningKey(@TempDir Path keys) throws Exception {
        signer = TestJars.Signer.generate(keys, "CN=Example Corp Code Signing, O=Example Corp, C=DE");
    }

    @BeforeEach
    void aProductFolder() throws Exception {
        Path home = Files.createDirectories(folder.resolve("triage"));
        product = new ProductInstallation(home, Files.createDirectories(home.resolve("configuration")), "DefaultProfile");
        installer = new FixBundleInstaller(product);
    }

    private void policy(String properties) throws Exception {
        Files.createDirectories(product.stateDir());
        Files.writeString(product.stateDir().resolve(InstallPolicy.FILE_NAME), properties);
    }

    private Path signedBundle() throws Exception {
        Path jars = Files.createDirectories(folder.resolve("jars"));
        return signer.sign(TestJars.bundle(jars, BUNDLE, "1.2.0", TestJars.ONE_FIX));
    }

    private static Path publishedJar(Path repository) throws Exception {
        try (Stream<Path> files = Files.walk(repository)) {
            return files.filter(f -> f.getFileName().toString().startsWith(BUNDLE + "_")).findFirst().orElseThrow();
        }
    }

    @Test
    void aJarChangedAfterItWasPublishedIsRefusedAsTamperedAndTheRefusalIsRecorded() throws Exception {
        Path repository = TestRepositories.publish(folder.resolve("site"), List.of(signedBundle()), null);
        Path published = publishedJar(repository);
        Path changed = TestJars.tamper(published, folder.resolve("changed.jar"), "plugin.xml");
        Files.copy(changed, published, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        TamperedContentException refused = assertThrows(TamperedContentException.class,
                () -> installer.prepare(FixBundleSource.parse(repository.toString()), false, new NullProgressMonitor()));

        assertTrue(refused.getMessage().startsWith(BUNDLE + " 1.2.0 from " + repository + " was TAMPERED with"),
                refused.getMessage());
        assertFalse(refused.getMessage().contains("Problems downloading"), refused.getMessage());
        InstallRecord record = installer.history().records().get(0);
        assertEquals(InstallRecord.REFUSED, record.outcome());
        assertEquals(refused.getMessage(), record.message());
    }

    @Test
    void aSignedJarWithAnInjectedUnsignedClassIsRefusedUnderATrustPolicyAtInstall() throws Exception {
        Path injected = TestJars.addEntry(signedBundle(), folder.resolve("injected.jar"), "com/example/vpn/Injected.class");
        Path repository = TestRepositories.publish(folder.resolve("site"), List.of(injected), null);
        policy("trustedOnly=true\ntrustedSigners=" + signer.fingerprint() + "\n");

        try (InstallPlan plan = installer.prepare(FixBundleSource.parse(repository.toString()), false,
                new NullProgressMonitor())) {
            assertTrue(plan.refused(), "a partly signed bundle passed the trust policy");
            assertTrue(plan.refusals().stream().anyMatch(refusal -> refusal.contains(BUNDLE)
                    && refusal.contains("partly signed: 1 entries are not signed, e.g. com/example/vpn/Injected.class")),
                    plan.refusals().toString());
        }
    }

    @Test
    void aSignedJarWithAnInjectedUnsignedClassInDropinsIsHeldBackUnderATrustPolicy() throws Exception {
        Path dropins = Files.createDirectories(product.dropins());
        TestJars.addEntry(signedBundle(), dropins.resolve(BUNDLE + "_1.2.0.jar"), "com/example/vpn/Injected.class");
        policy("trustedSigners=" + signer.fingerprint() + "\n");

        Map<String, String> refused = DropinsPolicy.refusals(product);

        assertEquals(List.of(BUNDLE), List.copyOf(refused.keySet()));
        assertTrue(refused.get(BUNDLE).startsWith("dropins/" + BUNDLE + "_1.2.0.jar is partly signed")
                && refused.get(BUNDLE).contains("Injected.class"), refused.toString());
    }
}
