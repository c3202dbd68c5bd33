package org.triage.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.install.FixBundleInstaller;
import org.triage.install.FixBundleSource;
import org.triage.install.InstallException;
import org.triage.install.InstallOutcome;
import org.triage.install.InstallPlan;
import org.triage.install.InstallRecord;
import org.triage.install.InstalledContent;
import org.triage.install.ProductInstallation;
import org.triage.install.UninstallPlan;

/**
 * The installer's steps that need no p2 director: preparing an install and refusing it under the policy,
 * and the dropins folder. (Installing with the director is tested on the built product:
 * org.triage.product.tests.)
 */
class FixBundleInstallerTest {

    @TempDir
    Path folder;

    private ProductInstallation product;
    private FixBundleInstaller installer;
    private Path repository;

    @BeforeEach
    void aProductFolderAndAVendorsRepository() throws Exception {
        Path home = Files.createDirectories(folder.resolve("triage"));
        product = new ProductInstallation(home, Files.createDirectories(home.resolve("configuration")), "DefaultProfile");
        installer = new FixBundleInstaller(product);
        Path jars = Files.createDirectories(folder.resolve("jars"));
        repository = TestRepositories.publish(folder.resolve("site"),
                List.of(TestJars.bundle(jars, "com.example.vpn", "1.2.0", TestJars.ONE_FIX)), "com.example.vpn.feature");
    }

    @Test
    void unsignedContentIsRefusedUnderThePolicyAndTheRefusalIsRecordedWithWhatItWouldHaveBrought() throws Exception {
        Files.createDirectories(product.stateDir());
        Files.writeString(product.stateDir().resolve("policy.properties"), "trustedOnly=true\n");

        InstallOutcome outcome;
        try (InstallPlan plan = installer.prepare(FixBundleSource.parse(repository.toString()), false,
                new NullProgressMonitor())) {
            assertTrue(plan.refused());
            assertEquals(2, plan.refusals().size(), "the feature and the bundle: " + plan.refusals());
            outcome = installer.install(plan, new NullProgressMonitor());
        }

        assertFalse(outcome.succeeded());
        assertFalse(outcome.restartNeeded());
        assertNull(outcome.output(), "the director ran");
        InstallRecord record = installer.history().records().get(0);
        assertEquals(InstallRecord.INSTALL, record.action());
        assertEquals(InstallRecord.REFUSED, record.outcome());
        assertEquals(repository.toString(), record.source());
        assertEquals(List.of(new InstallRecord.Unit("com.example.vpn.feature.feature.group", "1.0.0")), record.units());
        assertEquals(List.of(new InstallRecord.Artifact("com.example.vpn", "1.2.0", "unsigned")), record.bundles());
        assertEquals(List.of("com.example.vpn.reconnect"), record.fixes().stream().map(InstallRecord.FixEntry::id).toList());
        assertTrue(record.message().startsWith("refused by the install policy: "), record.message());
        assertTrue(record.policy().startsWith("signed content only"), record.policy());
    }

    @Test
    void trustedOnlyAskedForByTheAdminRefusesWithoutAPolicyFile() throws Exception {
        try (InstallPlan plan = installer.prepare(FixBundleSource.parse(repository.toString()), true,
                new NullProgressMonitor())) {
            assertTrue(plan.refused(), "--trusted-only accepted unsigned content");
        }
        try (InstallPlan plan = installer.prepare(FixBundleSource.parse(repository.toString()), false,
                new NullProgressMonitor())) {
            assertFalse(plan.refused(), plan.refusals().toString());
        }
    }

    @Test
    void aBrokenPolicyStopsTheInstallBeforeTheSourceIsRead() throws Exception {
        Files.createDirectories(product.stateDir());
        Files.writeString(product.stateDir().resolve("policy.properties"), "trustedOnly=perhaps\n");

        InstallException refused = assertThrows(InstallException.class, () -> installer.prepare(
                FixBundleSource.parse(repository.toString()), false, new NullProgressMonitor()));

        assertTrue(refused.getMessage().contains("trustedOnly=perhaps"), refused.getMessage());
    }

    @Test
    void aBundleInDropinsIsListedAndUninstalledByItsNameAndTheUninstallIsRecorded() throws Exception {
        Path dropped = TestJars.bundle(Files.createDirectories(product.dropins()), "com.example.dropped", "2.0.0", null);

        InstalledContent installed = installer.installed();
        assertEquals(List.of(new InstalledContent.DropIn(dropped, List.of(new InstallRecord.Unit("com.example.dropped",
                "2.0.0")))), installed.dropins());

        UninstallPlan plan = installer.prepareUninstall("com.example.dropped");
        assertEquals(dropped, plan.dropIn());
        assertEquals("dropins/com.example.dropped_2.0.0.jar", plan.what());
        InstallOutcome outcome = installer.uninstall(plan, new NullProgressMonitor());

        assertTrue(outcome.succeeded() && outcome.restartNeeded(), outcome.message());
        assertFalse(Files.exists(dropped));
        InstallRecord record = installer.history().records().get(0);
        assertEquals(InstallRecord.UNINSTALL + " " + InstallRecord.DONE, record.action() + " " + record.outcome());
        assertEquals(List.of(new InstallRecord.Artifact("com.example.dropped", "2.0.0", null)), record.bundles());
    }

    @Test
    void whatIsNotInstalledOrIsPartOfTheProductCannotBeUninstalled() {
        String unknown = assertThrows(InstallException.class, () -> installer.prepareUninstall("com.example.nothing"))
                .getMessage();
        assertTrue(unknown.startsWith("nothing installed is called com.example.nothing"), unknown);

        String own = assertThrows(InstallException.class, () -> installer.prepareUninstall("org.triage.core"))
                .getMessage();
        assertEquals("org.triage.core is part of Triage Console itself and cannot be uninstalled", own);
    }
}
