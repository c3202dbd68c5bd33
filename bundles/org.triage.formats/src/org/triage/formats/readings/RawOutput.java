package org.triage.formats.readings;

import java.time.Instant;

/**
 * The bytes a Windows tool wrote, and where they came from.
 *
 * @param command  the command that produced them
 * @param fileName the snapshot file they were read from, or null for a command run live
 * @param exitCode the exit code where a process ran, else null
 */
public record RawOutput(String command, String fileName, Integer exitCode, Instant capturedAt, byte[] bytes) {

    /** How messages name the source: the file if there is one, else the command. */
    public String name() {
        return fileName != null ? fileName : command;
    }
}
