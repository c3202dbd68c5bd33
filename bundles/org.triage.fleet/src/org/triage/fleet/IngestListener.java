package org.triage.fleet;

import java.util.function.Consumer;

/**
 * Told of each file an ingest finished with (on the thread that called ingest, once its transaction committed), and
 * first of how many files it found: enough for a progress bar with counts.
 */
public interface IngestListener extends Consumer<IngestedFile> {

    /** Called once, before the first file, with the number of files found under the paths. */
    default void found(int files) {
    }
}
