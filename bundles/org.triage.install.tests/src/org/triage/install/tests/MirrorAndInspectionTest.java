package org.triage.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.triage.core.fix.FixDescriptor;
import org.triage.install.FixBundleContent;
import org.triage.install.FixBundleInspector;
import org.triage.install.FixBundleSource;
import org.triage.install.InstallException;
import org.triage.install.InstallRecord;
import org.triage.install.JarSignature;
import org.triage.install.RepositoryMirror;

/**
 * A source is read into a local mirror, from a folder, a zip or a web server on 127.0.0.1, and what the mirror
 * holds is inspected: the features and bundles it brings, their signatures and the fixes their plugin.xml
 * declares, read the way the product reads installed fixes.
 */
class MirrorAndInspectionTest {

    private static final String FEATURE = "com.example.vpn.feature";

    @TempDir
    Path folder;

    private Path repository;

    @BeforeEach
    void publishAVendorsRepository() throws Exception {
        Path jars = Files.createDirectories(folder.resolve("jars"));
        repository = TestRepositories.publish(folder.resolve("site"),
                List.of(TestJars.bundle(jars, "com.example.vpn", "1.2.0.v20261120", TestJars.ONE_FIX)), FEATURE);
    }

    private FixBundleContent mirrorAndInspect(FixBundleSource source) throws Exception {
        try (RepositoryMirror mirror = RepositoryMirror.fetch(source, folder.resolve("mirror"), new NullProgressMonitor())) {
            assertTrue(Files.isDirectory(mirror.repository().resolve("plugins")), "the mirror holds no plugins/");
            return FixBundleInspector.inspect(mirror);
        }
    }

    @Test
    void aRepositoryFolderIsMirroredAndItsFeatureBundleAndFixesAreShown() throws Exception {
        FixBundleContent content = mirrorAndInspect(FixBundleSource.parse(repository.toString()));

        assertEquals(List.of(new InstallRecord.Unit(FEATURE + ".feature.group", "1.0.0")), content.roots(),
                "the feature is installed, and with it the bundle it includes");
        assertEquals(1, content.newFeatures().size());
        FixBundleContent.BundleContent bundle = content.newBundles().get(0);
        assertEquals("com.example.vpn", bundle.symbolicName());
        assertEquals("1.2.0.v20261120", bundle.version());
        assertEquals("Example VPN fixes", bundle.name(), "the name is taken from plugin.properties");
        assertEquals("Example Corp", bundle.vendor());
        assertEquals(JarSignature.Status.UNSIGNED, bundle.signature().status());

        FixDescriptor fix = bundle.fixes().get(0);
        assertEquals("com.example.vpn.reconnect", fix.id());
        assertEquals("Reconnect the Example VPN", fix.name());
        assertEquals("com.example.vpn 1.2.0.v20261120", fix.origin());
        assertEquals(List.of("auth-endpoints-unreachable"), fix.causes());
        assertTrue(fix.needsElevation() && fix.reversible() && !fix.destructive());
        assertEquals(25, fix.order());
        assertEquals(List.of(new FixDescriptor.DeclaredAction("command.run", "vpncli reconnect")), fix.actions());
        assertEquals(List.of(fix), content.fixes());
        assertEquals(1, content.problems().size(), content.problems().toString());
        assertTrue(content.problems().get(0).contains("fix 'com.example.vpn.broken' of com.example.vpn 1.2.0.v20261120 is"
                + " malformed and left out"), content.problems().toString());
    }

    @Test
    void aZipOfTheRepositoryIsMirroredTheSameWay() throws Exception {
        Path zip = TestRepositories.zip(repository, folder.resolve("vpn-fixes.zip"));

        FixBundleContent content = mirrorAndInspect(FixBundleSource.parse(zip.toString()));

        assertEquals("com.example.vpn", content.newBundles().get(0).symbolicName());
        assertEquals("com.example.vpn.reconnect", content.fixes().get(0).id());
    }

    @Test
    void aRepositoryOnAWebServerIsMirroredOverHttp() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(repository)) {
            FixBundleContent content = mirrorAndInspect(FixBundleSource.parse(server.uri("").toString()));

            assertEquals("com.example.vpn.reconnect", content.fixes().get(0).id());
            assertTrue(server.requested().stream().anyMatch(path -> path.startsWith("/plugins/com.example.vpn_")),
                    "the bundle was not fetched from the server: " + server.requested());
        }
    }

    @Test
    void aZipOnAWebServerIsDownloadedThenMirrored() throws Exception {
        Path zips = Files.createDirectories(folder.resolve("downloads"));
        TestRepositories.zip(repository, zips.resolve("vpn-fixes.zip"));
        try (LocalHttpServer server = new LocalHttpServer(zips)) {
            FixBundleContent content = mirrorAndInspect(FixBundleSource.parse(server.uri("vpn-fixes.zip").toString()));

            assertEquals("com.example.vpn.reconnect", content.fixes().get(0).id());
            assertEquals(List.of("/vpn-fixes.zip"), server.requested());
        }
    }

    @Test
    void aBundleTheProductAlreadyRunsIsNotShownAsNew() throws Exception {
        String core = "org.triage.core";
        String running = FrameworkUtil.getBundle(FixDescriptor.class).getVersion().toString();
        Path jars = Files.createDirectories(folder.resolve("with-core"));
        Path site = TestRepositories.publish(folder.resolve("site-with-core"), List.of(
                TestJars.bundle(jars, "com.example.vpn", "1.2.0", TestJars.ONE_FIX),
                TestJars.bundle(jars, core, running, null)), null);

        FixBundleContent content = mirrorAndInspect(FixBundleSource.parse(site.toString()));

        assertEquals(List.of(new InstallRecord.Unit("com.example.vpn", "1.2.0")), content.roots());
        assertEquals(List.of("com.example.vpn"), content.newBundles().stream().map(b -> b.symbolicName()).toList());
        assertTrue(content.bundles().stream().anyMatch(b -> b.symbolicName().equals(core) && b.inProduct()));
    }

    @Test
    void aSourceThatIsNoRepositoryOrLacksAnArtifactIsRefusedSayingWhy() throws Exception {
        Files.delete(Files.list(repository.resolve("plugins")).findFirst().orElseThrow());
        try (LocalHttpServer server = new LocalHttpServer(repository)) {
            InstallException missing = assertThrows(InstallException.class, () -> RepositoryMirror.fetch(
                    FixBundleSource.parse(server.uri("").toString()), folder.resolve("mirror"), new NullProgressMonitor()));
            assertTrue(missing.getMessage().contains("com.example.vpn"), missing.getMessage());

            InstallException nothing = assertThrows(InstallException.class, () -> RepositoryMirror.fetch(
                    FixBundleSource.parse(server.uri("no/such/site/").toString()), folder.resolve("mirror2"),
                    new NullProgressMonitor()));
            assertTrue(nothing.getMessage().startsWith("cannot read http://127.0.0.1:"), nothing.getMessage());
            assertFalse(nothing.getMessage().isBlank());
        }
    }
}
