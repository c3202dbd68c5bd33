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
 * @param outputKind what the content is the output of, as the snapshot format names it ({@code cmdkey-list.txt},
 *                 {@code credentials.json}), recorded where it is captured so that no reader has to guess it
 *                 from the command line; null for output no reader knows
 */
public record Evidence(String source, String fileName, String encoding, Integer exitCode, Instant capturedAt,
        String content, String outputKind) {

    /** Evidence of output no reader knows. */
    public Evidence(String source, String fileName, String encoding, Integer exitCode, Instant capturedAt,
            String content) {
        this(source, fileName, encoding, exitCode, capturedAt, content, null);
    }

    /** The same evidence, recorded as output of {@code kind}. */
    public Evidence ofKind(String kind) {
        return new Evidence(source, fileName, encoding, exitCode, capturedAt, content, kind);
    }

    public static Evidence ofCommand(String commandLine, int exitCode, String encoding, String content) {
        return new Evidence(commandLine, null, encoding, exitCode, Instant.now(), content);
    }

    public static Evidence ofFile(String fileName, String command, String encoding, Instant capturedAt, String content) {
        return new Evidence(command, fileName, encoding, null, capturedAt, content);
    }
}
