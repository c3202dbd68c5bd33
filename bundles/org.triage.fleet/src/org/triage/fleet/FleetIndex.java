package org.triage.fleet;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.triage.core.target.Targets;
import org.triage.fleet.internal.FleetCredentials;
import org.triage.fleet.internal.FleetDatabase;
import org.triage.fleet.internal.FleetIngest;
import org.triage.fleet.internal.FleetQueries;
import org.triage.fleet.internal.Migrations;

/**
 * The fleet index: what the snapshots of many devices say, in one database. By default an embedded H2 database in
 * the product's state folder ({@code ~/.triage/fleet/}, beside the console's and the command line's workspaces); a
 * team shares one in PostgreSQL. The schema is brought up to date when it is opened. Thread-safe; close it when done.
 *
 * <pre>
 * try (FleetIndex index = FleetIndex.open(FleetIndex.defaultStateFolder())) {
 *     index.ingest(List.of(share), file -> {}, monitor);
 *     FleetReport report = index.report(null);
 *     List&lt;FleetDevice&gt; devices = index.devicesOf(FleetCell.cause("full-tunnel-vpn", null));
 * }
 * </pre>
 */
public final class FleetIndex implements AutoCloseable {

    private final FleetDatabase database;
    private final FleetQueries queries;
    private final int schemaVersion;

    private FleetIndex(FleetDatabase database) throws FleetException {
        this.database = database;
        try {
            this.schemaVersion = Migrations.migrate(database);
        } catch (FleetException e) {
            database.close();
            throw e;
        }
        this.queries = new FleetQueries(database);
    }

    /** The H2 index in {@code stateFolder/fleet/}, created where it is missing. */
    public static FleetIndex open(Path stateFolder) throws FleetException {
        Path folder = stateFolder.resolve("fleet");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new FleetException("cannot create the fleet index folder " + folder + ": " + e.getMessage(), e);
        }
        return new FleetIndex(FleetDatabase.h2(folder));
    }

    /**
     * The index at a JDBC URL: {@code jdbc:postgresql://HOST[:PORT]/DB} (credentials from the environment,
     * {@code TRIAGE_FLEET_DB_USER} and {@code TRIAGE_FLEET_DB_PASSWORD}, or from Eclipse secure storage) or
     * {@code jdbc:h2:...}. A URL that carries a user or password is refused.
     */
    public static FleetIndex open(String jdbcUrl) throws FleetException {
        return new FleetIndex(FleetDatabase.of(jdbcUrl, FleetCredentials.standard()));
    }

    /** {@link #open(String)} where a URL is given, else {@link #open(Path)} on the default state folder. */
    public static FleetIndex openDefaultOr(String jdbcUrl) throws FleetException {
        return jdbcUrl == null || jdbcUrl.isBlank() ? open(defaultStateFolder()) : open(jdbcUrl);
    }

    /**
     * The product's state folder, {@code TRIAGE_HOME} ({@code ~/.triage}): the parent of the instance location. The
     * console runs in {@code ~/.triage/workspace} and the command line in {@code ~/.triage/workspace-cli} (so that
     * both may run at once); the fleet index beside them, {@code ~/.triage/fleet/}, is the one both use.
     */
    public static Path defaultStateFolder() {
        try {
            Location instance = Platform.getInstanceLocation();
            if (instance != null && instance.getURL() != null) {
                URL url = instance.getURL();
                Path workspace = "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : Path.of(url.getPath());
                if (workspace.getParent() != null) {
                    return workspace.getParent();
                }
            }
        } catch (IllegalStateException | URISyntaxException | IllegalArgumentException e) {
            // not running in the platform (e.g. a plain class path): the product's default
        }
        String home = System.getenv("TRIAGE_HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".triage");
    }

    /** The database, as a URL without credentials. */
    public String database() {
        return database.url();
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Ingests every snapshot (zip or folder) and export under the paths on all processors. Each file is committed in
     * its own transaction and told to the listener (on the calling thread) once committed; a file whose content is
     * in the index already is skipped; an unreadable one is recorded with its reason. Cancelling the monitor stops
     * after the files in flight.
     */
    public IngestResult ingest(List<Path> paths, Consumer<IngestedFile> listener, IProgressMonitor monitor)
            throws FleetException {
        return ingest(paths, Runtime.getRuntime().availableProcessors(), listener, monitor);
    }

    /** {@link #ingest(List, Consumer, IProgressMonitor)} with as many workers as asked. */
    public IngestResult ingest(List<Path> paths, int threads, Consumer<IngestedFile> listener,
            IProgressMonitor monitor) throws FleetException {
        FleetIngest ingest = new FleetIngest(database, (kind, path) -> Targets.open(kind + ":" + path), threads,
                productVersion());
        return ingest.run(paths, listener, monitor);
    }

    /** The report over the devices whose newest snapshot was collected on or after {@code since} (null: all). */
    public FleetReport report(LocalDate since) throws FleetException {
        return queries.report(since);
    }

    /** The devices in a cell of the report (a cause, a value of a dimension, or both), with their newest snapshot. */
    public List<FleetDevice> devicesOf(FleetCell cell) throws FleetException {
        return queries.devices(cell);
    }

    /** Every device the index knows, with its newest snapshot. */
    public List<FleetDevice> devices() throws FleetException {
        return queries.devices(FleetCell.all(null));
    }

    /** The files recorded as unreadable, with the reasons. */
    public List<UnreadableFile> unreadable() throws FleetException {
        return queries.unreadable();
    }

    /** How many files (readable or not) the index holds. */
    public int files() throws FleetException {
        return queries.files();
    }

    static String productVersion() {
        Bundle bundle = FrameworkUtil.getBundle(FleetIndex.class);
        return bundle == null ? "unknown" : bundle.getVersion().toString();
    }

    @Override
    public void close() {
        database.close();
    }
}
