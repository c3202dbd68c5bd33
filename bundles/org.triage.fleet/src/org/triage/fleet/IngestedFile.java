package org.triage.fleet;

import java.nio.file.Path;

/** One file the ingest finished with, told as soon as its transaction committed (or as it was skipped). */
public record IngestedFile(Path path, String sha256, Outcome outcome, String device, String reason) {

    public enum Outcome {
        /** diagnosed and recorded */
        DIAGNOSED,
        /** its content was already in the index */
        SKIPPED,
        /** recorded as unreadable, with the reason */
        UNREADABLE
    }
}
