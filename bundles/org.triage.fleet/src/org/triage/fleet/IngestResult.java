package org.triage.fleet;

import java.time.Duration;
import java.util.List;

/**
 * What one ingest did: files found, diagnosed and recorded, skipped because their content was already in the index,
 * and recorded as unreadable; whether it was cancelled before the end. {@code reading} is the time the workers spent
 * hashing, reading and diagnosing, {@code database} the time they spent in the database (both summed over the
 * workers), so that a slow ingest says which one bounds it.
 */
public record IngestResult(int found, int diagnosed, int skipped, int unreadable, boolean cancelled, Duration took,
        Duration reading, Duration database, int threads, List<String> problems) {
}
