package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triage.install.FixBundleInstaller;
import org.triage.install.ProductInstallation;
import org.triage.ui.install.InstallFixBundleWizard;
import org.triage.ui.install.InstalledFixBundlesDialog;

/**
 * Help > Install Fix Bundle... in the real workbench: the wizard reads a vendor's p2 repository, shows what
 * its fix declares and that it is unsigned, and will not finish where signed content only is asked for.
 * (Installing with the p2 director needs the built product: org.triage.product.tests.)
 */
class InstallFixBundleWizardTest {

    private Path folder;
    private Path repository;
    private WizardDialog dialog;
    private FixBundleInstaller installer;

    @BeforeEach
    void aProductFolderAndAVendorsRepository() throws IOException {
        folder = Files.createTempDirectory("triage-wizard-test-");
        Path home = Files.createDirectories(folder.resolve("triage"));
        installer = new FixBundleInstaller(new ProductInstallation(home, Files.createDirectories(home.resolve("configuration")),
                "DefaultProfile"));
        repository = vendorRepository(folder.resolve("site"));
    }

    @AfterEach
    void closeAndDelete() throws IOException {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void theHelpMenuOffersToInstallAFixBundle() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        MenuItem help = List.of(bar.getItems()).stream().filter(item -> item.getText().replace("&", "").equals("Help"))
                .findFirst().orElseThrow(() -> new AssertionError("no Help menu"));
        help.getMenu().notifyListeners(SWT.Show, null); // menus are filled as they open
        assertTrue(List.of(help.getMenu().getItems()).stream()
                .anyMatch(item -> item.getText().startsWith("Install Fix Bundle...")), "no Install Fix Bundle... item");
        assertTrue(List.of(help.getMenu().getItems()).stream()
                .anyMatch(item -> item.getText().startsWith("Installed Fix Bundles...")), "no Installed Fix Bundles... item");
        help.getMenu().notifyListeners(SWT.Hide, null);
    }

    @Test
    void theReviewShowsWhatTheFixDeclaresAndThatItIsUnsignedThenFinishInstalls() {
        Shell shell = open();
        enterSource(shell, repository.toString());
        click(shell, "Next >");

        UiConditions.waitUntil("the review shows the fix", () -> details(shell).contains("Fix         com.example.vpn.reconnect"),
                30_000);
        String details = details(shell);
        assertTrue(details.contains("Bundle      com.example.vpn 1.2.0  Example VPN fixes (Example Corp)"), details);
        assertTrue(details.contains("            unsigned"), details);
        assertTrue(details.contains("needsElevation=true"), details);
        assertTrue(details.contains("uses command.run vpncli reconnect"), details);
        assertTrue(button(shell, "Finish").isEnabled(), "Finish is disabled for content the policy accepts");
    }

    @Test
    void withSignedContentOnlyTheReviewSaysWhyItIsRefusedAndFinishStaysDisabled() {
        Shell shell = open();
        enterSource(shell, repository.toString());
        Button trustedOnly = UiConditions.find(shell, Button.class, b -> (b.getStyle() & SWT.CHECK) != 0
                && b.getText().equals("Accept signed content only")).get(0);
        trustedOnly.setSelection(true);
        click(shell, "Next >");

        UiConditions.waitUntil("the review shows the refusal", () -> dialog.getCurrentPage().getErrorMessage() != null,
                30_000);
        assertTrue(dialog.getCurrentPage().getErrorMessage().startsWith("Refused: bundle com.example.vpn 1.2.0 is unsigned"),
                dialog.getCurrentPage().getErrorMessage());
        assertFalse(button(shell, "Finish").isEnabled(), "Finish is enabled for refused content");
    }

    @Test
    void aSourceThatIsNoRepositoryIsAnErrorOnTheReviewPage() {
        Shell shell = open();
        enterSource(shell, folder.resolve("nowhere").toString());
        click(shell, "Next >");

        UiConditions.waitUntil("the review shows the error", () -> dialog.getCurrentPage().getErrorMessage() != null,
                10_000);
        assertEquals(folder.resolve("nowhere") + " does not exist", dialog.getCurrentPage().getErrorMessage());
        assertFalse(button(shell, "Finish").isEnabled());
    }

    @Test
    void installedFixBundlesListsADroppedInBundleWithEveryKnownFixAndUninstallsIt() throws IOException {
        Path dropins = Files.createDirectories(installer.product().dropins());
        Path dropped = Files.copy(repository.resolve("plugins/com.example.vpn_1.2.0.jar"),
                dropins.resolve("com.example.vpn_1.2.0.jar"));
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        InstalledFixBundlesDialog installed = new InstalledFixBundlesDialog(parent, installer);
        installed.setBlockOnOpen(false);
        installed.open();
        Shell shell = installed.getShell();
        try {
            Table table = UiConditions.find(shell, Table.class,
                    t -> InstalledFixBundlesDialog.INSTALLED.equals(t.getData())).get(0);
            assertEquals(1, table.getItemCount());
            assertEquals("com.example.vpn_1.2.0.jar", table.getItem(0).getText(0));
            assertEquals("dropins/", table.getItem(0).getText(2));
            assertEquals("com.example.vpn 1.2.0", table.getItem(0).getText(3));
            Tree known = UiConditions.find(shell, Tree.class, t -> InstalledFixBundlesDialog.FIXES.equals(t.getData()))
                    .get(0);
            assertEquals("Bundle / fix id", known.getColumn(0).getText());
            TreeItem guide = java.util.Arrays.stream(known.getItems())
                    .filter(item -> item.getText(0).startsWith("org.triage.fixes.m365")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for the bundle org.triage.fixes.m365"));
            long guideFixes = org.triage.core.fix.FixRegistry.read().descriptors().stream()
                    .filter(fix -> fix.contributor().equals("org.triage.fixes.m365")).count();
            assertTrue(guideFixes >= 4, "the guide's four fixes and more");
            assertEquals(guideFixes + " fixes", guide.getText(1));
            TreeItem clear = java.util.Arrays.stream(guide.getItems())
                    .filter(item -> item.getText(0).equals("m365.clear-cached-credentials")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for m365.clear-cached-credentials"));
            assertEquals("Clear cached Microsoft 365 credentials", clear.getText(1));
            assertEquals("stale-cached-credentials, prt-missing-or-stale", clear.getText(2));
            assertEquals("destructive", clear.getText(3));
            assertEquals("credentials.remove, onedrive.restart", clear.getText(5));
            Button uninstall = button(shell, InstalledFixBundlesDialog.UNINSTALL);
            assertFalse(uninstall.isEnabled(), "Uninstall is enabled with nothing selected");

            table.setSelection(0);
            table.notifyListeners(SWT.Selection, null);
            assertTrue(uninstall.isEnabled());
            shell.getDisplay().timerExec(200, () -> answerQuestion(shell.getDisplay(), "Uninstall dropins/com.example.vpn_1.2.0.jar"));
            uninstall.notifyListeners(SWT.Selection, null);

            assertFalse(Files.exists(dropped), "the dropped-in jar is still there");
            assertEquals(0, table.getItemCount());
            assertTrue(installed.restartNeeded());
        } finally {
            installed.close();
        }
    }

    /** Answers Yes to the question dialog with this title, once it shows. */
    private static void answerQuestion(Display display, String title) {
        List<Shell> open = List.of(display.getShells()).stream().filter(s -> !s.isDisposed() && s.getText().equals(title))
                .toList();
        if (open.isEmpty()) {
            display.timerExec(100, () -> answerQuestion(display, title));
            return;
        }
        UiConditions.find(open.get(0), Button.class, b -> b.getText().replace("&", "").equals("Yes")).get(0)
                .notifyListeners(SWT.Selection, null);
    }

    private Shell open() {
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        dialog = new WizardDialog(parent, new InstallFixBundleWizard(installer));
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog.getShell();
    }

    private static void enterSource(Shell shell, String source) {
        Text text = UiConditions.find(shell, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0).get(0);
        text.setText(source);
    }

    private static Button button(Shell shell, String label) {
        return UiConditions.find(shell, Button.class, b -> b.getText().replace("&", "").equals(label)).get(0);
    }

    private static void click(Shell shell, String label) {
        Button button = button(shell, label);
        assertTrue(button.isEnabled(), label + " is disabled");
        button.notifyListeners(SWT.Selection, null);
    }

    private static String details(Shell shell) {
        return UiConditions.find(shell, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) != 0).stream()
                .map(Text::getText).reduce("", String::concat);
    }

    /** A p2 repository as a vendor's build publishes it: a bundle jar with a fix, content.xml and artifacts.xml. */
    private static Path vendorRepository(Path site) throws IOException {
        Path plugins = Files.createDirectories(site.resolve("plugins"));
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "com.example.vpn;singleton:=true");
        main.putValue("Bundle-Version", "1.2.0");
        main.putValue("Bundle-Name", "Example VPN fixes");
        main.putValue("Bundle-Vendor", "Example Corp");
        Path jar = plugins.resolve("com.example.vpn_1.2.0.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("plugin.xml"));
            out.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <plugin>
                       <extension point="org.triage.core.fixes">
                          <fix id="com.example.vpn.reconnect" name="Reconnect the Example VPN" class="com.example.vpn.ReconnectFix"
                               needsElevation="true" reversible="true" order="25">
                             <addresses cause="auth-endpoints-unreachable"/>
                             <uses action="command.run" subject="vpncli reconnect"/>
                          </fix>
                       </extension>
                    </plugin>
                    """.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.writeString(site.resolve("content.xml"), """
                <?xml version='1.0' encoding='UTF-8'?>
                <?metadataRepository version='1.2.0'?>
                <repository name='Example VPN fixes' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
                  <units size='1'>
                    <unit id='com.example.vpn' version='1.2.0'>
                      <provides size='1'>
                        <provided namespace='org.eclipse.equinox.p2.iu' name='com.example.vpn' version='1.2.0'/>
                      </provides>
                      <artifacts size='1'>
                        <artifact classifier='osgi.bundle' id='com.example.vpn' version='1.2.0'/>
                      </artifacts>
                    </unit>
                  </units>
                </repository>
                """, StandardCharsets.UTF_8);
        Files.writeString(site.resolve("artifacts.xml"), """
                <?xml version='1.0' encoding='UTF-8'?>
                <?artifactRepository version='1.1.0'?>
                <repository name='Example VPN fixes' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
                  <mappings size='1'>
                    <rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/>
                  </mappings>
                  <artifacts size='1'>
                    <artifact classifier='osgi.bundle' id='com.example.vpn' version='1.2.0'>
                      <properties size='1'>
                        <property name='download.size' value='%d'/>
                      </properties>
                    </artifact>
                  </artifacts>
                </repository>
                """.formatted(Files.size(jar)), StandardCharsets.UTF_8);
        return site;
    }
}
