package org.triage.fleet;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/** A file the ingest could not read as a snapshot or export, and why. */
public record UnreadableFile(Path path, String sha256, String reason, OffsetDateTime ingestedAt) {
}
