package org.triage.platform.windows.target;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What became of one process run: its exit code and the bytes it wrote, or why it has none.
 *
 * @param exitCode  the exit code where the process ended by itself, else null
 * @param stdout    every byte written to standard output (up to the runner's limit), undecoded
 * @param stderr    every byte written to standard error (up to the runner's limit), undecoded
 * @param elapsed   from start to end, or to the moment it was stopped
 * @param failure   why it did not start, or what stopped it; null where it exited
 */
public record ProcessOutcome(CommandLine command, Status status, Integer exitCode, byte[] stdout, byte[] stderr,
        Instant startedAt, Duration elapsed, String failure) {

    public enum Status {
        /** It ended by itself; the exit code is set. */
        EXITED,
        /** It ran past its time limit and was stopped with its child processes. */
        TIMED_OUT,
        /** The operator cancelled; it was stopped with its child processes. */
        CANCELLED,
        /** It could not be started (not found, access denied, needs elevation). */
        NOT_STARTED
    }

    public ProcessOutcome {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(status, "status");
        stdout = stdout == null ? new byte[0] : stdout;
        stderr = stderr == null ? new byte[0] : stderr;
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
        startedAt = startedAt == null ? Instant.now() : startedAt;
    }

    public static ProcessOutcome exited(CommandLine command, int exitCode, byte[] stdout, byte[] stderr,
            Instant startedAt, Duration elapsed) {
        return new ProcessOutcome(command, Status.EXITED, exitCode, stdout, stderr, startedAt, elapsed, null);
    }

    public static ProcessOutcome notStarted(CommandLine command, String reason) {
        return new ProcessOutcome(command, Status.NOT_STARTED, null, null, null, Instant.now(), Duration.ZERO, reason);
    }

    public boolean exitedWith(int code) {
        return status == Status.EXITED && exitCode != null && exitCode == code;
    }

    /** One line for messages: "exit code 1", "stopped after 30 s", "not started: …". */
    public String describe() {
        return switch (status) {
            case EXITED -> "exit code " + exitCode;
            case TIMED_OUT -> "did not finish within " + seconds(elapsed) + " and was stopped";
            case CANCELLED -> "cancelled after " + seconds(elapsed) + "; the process was stopped";
            case NOT_STARTED -> "could not be started: " + failure;
        };
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis < 10_000 ? String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0) : (millis / 1000) + " s";
    }
}
