package org.triage.install.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.spi.ArtifactDescriptor;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * p2 repositories for the tests, published with p2's own API: a unit and an artifact for each bundle jar, and
 * where asked a feature that includes them, as a vendor's Tycho build publishes them.
 */
final class TestRepositories {

    private TestRepositories() {
    }

    /** Publishes the jars (and a feature of them, where {@code featureId} is given) into {@code folder}. */
    static Path publish(Path folder, List<Path> bundleJars, String featureId) throws Exception {
        IProvisioningAgent agent = newAgent(Files.createTempDirectory("triage-test-agent-"));
        try {
            IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).createRepository(
                    folder.toUri(), "test fixes", IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
            IArtifactRepository artifacts = agent.getService(IArtifactRepositoryManager.class).createRepository(
                    folder.toUri(), "test fixes", IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
            List<IInstallableUnit> units = new ArrayList<>();
            List<IRequirement> included = new ArrayList<>();
            for (Path jar : bundleJars) {
                Attributes manifest;
                try (JarFile file = new JarFile(jar.toFile(), false)) {
                    manifest = file.getManifest().getMainAttributes();
                }
                String id = manifest.getValue("Bundle-SymbolicName").split(";")[0].strip();
                Version version = Version.create(manifest.getValue("Bundle-Version"));
                IArtifactKey key = artifacts.createArtifactKey("osgi.bundle", id, version);
                store(artifacts, key, jar);
                units.add(unit(id, version, key, false, List.of(), id));
                included.add(MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, id,
                        new VersionRange(version, true, version, true), null, false, false));
            }
            if (featureId != null) {
                Version version = Version.create("1.0.0");
                Path featureJar = Files.createTempFile("feature-", ".jar");
                TestJars.jar(featureJar, Map.of(), Map.of("feature.xml", ("<feature id=\"" + featureId
                        + "\" version=\"1.0.0\"/>").getBytes(StandardCharsets.UTF_8)));
                IArtifactKey key = artifacts.createArtifactKey("org.eclipse.update.feature", featureId, version);
                store(artifacts, key, featureJar);
                units.add(unit(featureId + ".feature.group", version, key, true, included, "Example VPN fixes"));
            }
            metadata.addInstallableUnits(units);
            return folder;
        } finally {
            agent.stop();
        }
    }

    private static IInstallableUnit unit(String id, Version version, IArtifactKey artifact, boolean group,
            List<IRequirement> requirements, String name) {
        MetadataFactory.InstallableUnitDescription description = new MetadataFactory.InstallableUnitDescription();
        description.setId(id);
        description.setVersion(version);
        description.setProperty(IInstallableUnit.PROP_NAME, name);
        if (group) {
            description.setProperty(QueryUtil.PROP_TYPE_GROUP, Boolean.TRUE.toString());
        }
        description.setArtifacts(new IArtifactKey[] { artifact });
        description.setCapabilities(new org.eclipse.equinox.p2.metadata.IProvidedCapability[] {
                MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, version) });
        description.setRequirements(requirements.toArray(IRequirement[]::new));
        return MetadataFactory.createInstallableUnit(description);
    }

    private static void store(IArtifactRepository artifacts, IArtifactKey key, Path file) throws Exception {
        IArtifactDescriptor descriptor = artifacts.createArtifactDescriptor(key);
        if (descriptor instanceof ArtifactDescriptor published) {
            // as Tycho publishes: the checksum p2 verifies when it fetches the artifact
            published.setProperty(IArtifactDescriptor.DOWNLOAD_CHECKSUM + ".sha-256",
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        }
        try (OutputStream out = artifacts.getOutputStream(descriptor)) {
            Files.copy(file, out);
        }
    }

    /** The repository folder as one zip, as a vendor ships it. */
    static Path zip(Path folder, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static IProvisioningAgent newAgent(Path location) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(TestRepositories.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
        try {
            return context.getService(reference).createAgent(location.toUri());
        } finally {
            context.ungetService(reference);
        }
    }
}
