package org.triage.platform.linux;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.triage.core.target.Evidence;

/**
 * What one process did: the exact command line, how it ended, and everything it printed.
 *
 * @param exitCode null where the process never started or was stopped (timeout, cancellation)
 * @param problem  why there is no exit code: not installed, timed out, cancelled; null where it exited
 */
public record CommandResult(List<String> command, String commandLine, Instant startedAt, Duration elapsed,
        Integer exitCode, String stdout, String stderr, String problem) {

    public CommandResult {
        command = List.copyOf(command);
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }

    /** Exited with 0. */
    public boolean succeeded() {
        return exitCode != null && exitCode == 0;
    }

    /** The program is not installed (or not on the PATH). */
    public boolean notFound() {
        return problem != null && problem.startsWith(ProcessRunner.NOT_INSTALLED);
    }

    /** A one-line account of a failure, e.g. {@code exit code 1: Error: ...} or {@code not installed}. */
    public String failure() {
        if (problem != null) {
            return problem;
        }
        String message = stderr.isBlank() ? stdout.strip() : stderr.strip();
        int newline = message.indexOf('\n');
        return "exit code " + exitCode + (message.isEmpty() ? "" : ": " + (newline < 0 ? message
                : message.substring(0, newline)));
    }

    /** The evidence a reading cites: the command line, its exit code and its output verbatim. */
    public Evidence evidence() {
        StringBuilder content = new StringBuilder(stdout);
        if (!stderr.isEmpty()) {
            content.append(content.isEmpty() || content.charAt(content.length() - 1) == '\n' ? "" : "\n")
                    .append("--- stderr ---\n").append(stderr);
        }
        if (problem != null) {
            content.append(content.isEmpty() ? "" : "\n").append("--- ").append(problem).append(" ---\n");
        }
        return new Evidence(commandLine, null, "UTF-8", exitCode, startedAt, content.toString());
    }
}
