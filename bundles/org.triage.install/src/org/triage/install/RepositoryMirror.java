package org.triage.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IFileArtifactRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Copies the content of a fix bundle source into a local p2 repository before anything else happens, so
 * that what is inspected is exactly what is installed, and a source that changes in between (a web server,
 * a shared folder) cannot slip something else in. It runs p2 with an agent of its own in the mirror's
 * folder, so the product's list of known repositories is left alone.
 */
public final class RepositoryMirror implements AutoCloseable {

    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(5);

    private final Path folder;
    private final IProvisioningAgent agent;
    private final IMetadataRepository metadata;
    private final IFileArtifactRepository artifacts;

    private RepositoryMirror(Path folder, IProvisioningAgent agent, IMetadataRepository metadata,
            IFileArtifactRepository artifacts) {
        this.folder = folder;
        this.agent = agent;
        this.metadata = metadata;
        this.artifacts = artifacts;
    }

    /**
     * Mirrors every installable unit of the source and the artifacts they name into {@code folder}/repository.
     *
     * @throws InstallException where the source cannot be read as a p2 repository or an artifact is missing
     */
    public static RepositoryMirror fetch(FixBundleSource source, Path folder, IProgressMonitor monitor)
            throws InstallException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + source, 100);
        IProvisioningAgent agent = null;
        try {
            Files.createDirectories(folder);
            URI location = readableLocation(source, folder, progress.split(20));
            agent = newAgent(folder.resolve("p2"));
            IMetadataRepositoryManager metadataManager = agent.getService(IMetadataRepositoryManager.class);
            IArtifactRepositoryManager artifactManager = agent.getService(IArtifactRepositoryManager.class);
            if (metadataManager == null || artifactManager == null) {
                throw new InstallException("the p2 repository managers are not available in this runtime");
            }
            IMetadataRepository sourceMetadata = metadataManager.loadRepository(location, progress.split(10));
            IArtifactRepository sourceArtifacts = artifactManager.loadRepository(location, progress.split(10));

            URI mirror = folder.resolve("repository").toUri();
            String name = "Mirror of " + source;
            IMetadataRepository metadata = metadataManager.createRepository(mirror, name,
                    IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
            IArtifactRepository artifacts = artifactManager.createRepository(mirror, name,
                    IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
            Set<IInstallableUnit> units = sourceMetadata.query(QueryUtil.createIUAnyQuery(), progress.split(5))
                    .toUnmodifiableSet();
            if (units.isEmpty()) {
                throw new InstallException(source + " is an empty p2 repository");
            }
            copyArtifacts(units, sourceArtifacts, artifacts, source, progress.split(50));
            metadata.addInstallableUnits(units);
            metadataManager.removeRepository(location);
            artifactManager.removeRepository(location);
            return new RepositoryMirror(folder, agent, metadata, (IFileArtifactRepository) artifacts);
        } catch (ProvisionException e) {
            stop(agent);
            throw new InstallException("cannot read " + source + " as a p2 repository: " + e.getStatus().getMessage(), e);
        } catch (IOException e) {
            stop(agent);
            throw new InstallException("cannot fetch " + source + ": " + e.getMessage(), e);
        } catch (InstallException | RuntimeException e) {
            stop(agent);
            throw e;
        }
    }

    /** The URI p2 reads: the folder, {@code jar:…!/} for a zip, or the URL; a zip on a web server is downloaded first. */
    private static URI readableLocation(FixBundleSource source, Path folder, IProgressMonitor monitor)
            throws IOException, InstallException {
        return switch (source.kind()) {
            case FOLDER -> source.location();
            case ZIP -> archive(Path.of(source.location()));
            case URL -> source.isZipUrl() ? archive(download(source, folder.resolve("download.zip"), monitor))
                    : source.location();
        };
    }

    private static URI archive(Path zip) throws InstallException {
        try {
            return new URI("jar:" + zip.toUri() + "!/");
        } catch (URISyntaxException e) {
            throw new InstallException("cannot name " + zip + " as an archive: " + e.getMessage(), e);
        }
    }

    /**
     * The URL to fetch: p2 fetches an http:// repository over https unless the product runs with
     * {@code -Dp2.httpRule=allow} (and refuses it with {@code block}); a zip is fetched the same way.
     */
    static URI transportUri(URI uri) throws InstallException {
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            return uri;
        }
        String rule = System.getProperty("p2.httpRule", "redirect").strip().toLowerCase(Locale.ROOT);
        if (rule.equals("allow")) {
            return uri;
        }
        if (rule.equals("block")) {
            throw new InstallException(uri + " uses http, which this product refuses (p2.httpRule=block); use https");
        }
        try {
            return new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(),
                    uri.getFragment());
        } catch (URISyntaxException e) {
            throw new InstallException("cannot fetch " + uri + " over https: " + e.getMessage(), e);
        }
    }

    private static Path download(FixBundleSource source, Path file, IProgressMonitor monitor)
            throws IOException, InstallException {
        monitor.subTask("Downloading " + source);
        HttpClient client = HttpClient.newBuilder().proxy(ProxySelector.getDefault())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(30)).build();
        HttpRequest request = HttpRequest.newBuilder(transportUri(source.location())).timeout(DOWNLOAD_TIMEOUT).GET()
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new InstallException("cannot download " + source + ": HTTP " + response.statusCode());
                }
                Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException("the download of " + source + " was interrupted");
        }
    }

    private static void copyArtifacts(Set<IInstallableUnit> units, IArtifactRepository from, IArtifactRepository to,
            FixBundleSource source, IProgressMonitor monitor) throws InstallException, IOException {
        Set<IArtifactKey> keys = new LinkedHashSet<>();
        units.forEach(unit -> keys.addAll(unit.getArtifacts()));
        SubMonitor progress = SubMonitor.convert(monitor, keys.size());
        List<String> missing = new ArrayList<>();
        for (IArtifactKey key : keys) {
            progress.subTask(key.getId() + " " + key.getVersion());
            IArtifactDescriptor[] descriptors = from.getArtifactDescriptors(key);
            if (descriptors.length == 0) {
                missing.add(key.getClassifier() + " " + key.getId() + " " + key.getVersion());
                progress.worked(1);
                continue;
            }
            IArtifactDescriptor copy = to.createArtifactDescriptor(key);
            IStatus status;
            try (OutputStream out = to.getOutputStream(copy)) {
                // getArtifact delivers the canonical form: what the jar is, whatever processing the source applied
                status = from.getArtifact(descriptors[0], out, progress.split(1));
            } catch (ProvisionException e) {
                status = e.getStatus();
            }
            if (!status.isOK() && status.getSeverity() != IStatus.WARNING) {
                IStatus checksum = checksumMismatch(status);
                if (checksum != null) {
                    // p2 calls it "Problems downloading artifact"; it is content that was changed after it was published
                    throw new TamperedContentException(key.getId() + " " + key.getVersion() + " from " + source
                            + " was TAMPERED with: its content does not match the checksum its repository publishes ("
                            + checksum.getMessage() + ")");
                }
                throw new InstallException("cannot fetch " + key.getId() + " " + key.getVersion() + " from " + source
                        + ": " + status.getMessage());
            }
        }
        if (!missing.isEmpty()) {
            throw new InstallException(source + " names artifacts it does not hold: " + missing);
        }
    }

    /** The status in the tree that says an artifact's checksum does not match; null where none does. */
    private static IStatus checksumMismatch(IStatus status) {
        if (status.getCode() == ProvisionException.ARTIFACT_MD5_NOT_MATCH) {
            return status;
        }
        for (IStatus child : status.getChildren()) {
            IStatus found = checksumMismatch(child);
            if (found != null) {
                return found;
            }
        }
        if (status.getException() instanceof CoreException core && core.getStatus() != status) {
            return checksumMismatch(core.getStatus());
        }
        return null;
    }

    private static IProvisioningAgent newAgent(Path location) throws InstallException, ProvisionException {
        BundleContext context = FrameworkUtil.getBundle(RepositoryMirror.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> reference = context == null ? null
                : context.getServiceReference(IProvisioningAgentProvider.class);
        IProvisioningAgentProvider provider = reference == null ? null : context.getService(reference);
        if (provider == null) {
            throw new InstallException("p2 is not running in this runtime (no provisioning agent provider)");
        }
        try {
            return provider.createAgent(location.toUri());
        } finally {
            context.ungetService(reference);
        }
    }

    private static void stop(IProvisioningAgent agent) {
        if (agent != null) {
            agent.stop();
        }
    }

    /** The mirrored repository: a local folder that the director installs from. */
    public Path repository() {
        return folder.resolve("repository");
    }

    public IMetadataRepository metadata() {
        return metadata;
    }

    public IFileArtifactRepository artifacts() {
        return artifacts;
    }

    /** Stops the mirror's p2 agent; the folder stays for the caller to delete. */
    @Override
    public void close() {
        agent.stop();
    }
}
