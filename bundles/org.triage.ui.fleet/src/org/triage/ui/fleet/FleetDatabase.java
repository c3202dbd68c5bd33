package org.triage.ui.fleet;

import java.nio.file.Path;

import org.triage.fleet.FleetException;
import org.triage.fleet.FleetIndex;

/**
 * Which fleet index the view reads and the ingest writes: the embedded H2 database in a state folder (the product's,
 * by default), or a shared one at a JDBC URL (credentials from the environment or Eclipse secure storage, never in
 * the URL: the fleet index refuses a URL that carries them).
 */
public record FleetDatabase(Path stateFolder, String jdbcUrl) {

    public static FleetDatabase embedded(Path stateFolder) {
        return new FleetDatabase(stateFolder, null);
    }

    public static FleetDatabase shared(String jdbcUrl) {
        return new FleetDatabase(null, jdbcUrl);
    }

    /** The product's own: H2 in the state folder. */
    public static FleetDatabase standard() {
        return embedded(FleetIndex.defaultStateFolder());
    }

    public boolean isEmbedded() {
        return jdbcUrl == null;
    }

    public FleetIndex open() throws FleetException {
        return isEmbedded() ? FleetIndex.open(stateFolder) : FleetIndex.open(jdbcUrl);
    }

    /** What the view says it reads, before it has opened it. */
    public String describe() {
        return isEmbedded() ? "embedded H2 in " + stateFolder.resolve("fleet") : jdbcUrl;
    }
}
