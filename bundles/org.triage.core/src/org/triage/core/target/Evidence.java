package org.triage.core.target;

import java.time.Instant;

/**
 * Verbatim output a reading was made from.
 *
 * @param source   the exact command line, API call or file it came from
 * @param fileName the snapshot file name, where there is one
 * @param encoding the encoding the bytes were decoded from (e.g. "UTF-16LE BOM")
 * @param exitCode the process exit code, where a process ran
 * @param content  the decoded text
 */
public record Evidence(String source, String fileName, String encoding, Integer exitCode, Instant capturedAt,
        String content) {

    public static Evidence ofCommand(String commandLine, int exitCode, String encoding, String content) {
        return new Evidence(commandLine, null, encoding, exitCode, Instant.now(), content);
    }

    public static Evidence ofFile(String fileName, String command, String encoding, Instant capturedAt, String content) {
        return new Evidence(command, fileName, encoding, null, capturedAt, content);
    }
}
