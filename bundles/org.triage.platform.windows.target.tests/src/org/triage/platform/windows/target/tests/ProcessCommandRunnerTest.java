package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.platform.windows.target.CommandLine;
import org.triage.platform.windows.target.ProcessCommandRunner;
import org.triage.platform.windows.target.ProcessOutcome;

/**
 * The runner the live target uses, with real processes (a POSIX shell stands in for the Windows tools: what is
 * tested is the runner's handling of exit codes, bytes, time limits, cancellation and child processes).
 */
class ProcessCommandRunnerTest {

    private static final Duration GENEROUS = Duration.ofSeconds(30);

    private final ProcessCommandRunner runner = new ProcessCommandRunner();

    @TempDir
    Path folder;

    private static CommandLine shell(String script) {
        return CommandLine.of("/bin/sh", "-c", script);
    }

    @Test
    void exitCodeAndTheExactBytesOfBothStreams() {
        ProcessOutcome outcome = runner.run(shell("printf '\\377\\376W\\000i\\000\\r\\000\\n\\000'; "
                + "printf 'oops\\r\\n' >&2; exit 3"), GENEROUS, new NullProgressMonitor());

        assertEquals(ProcessOutcome.Status.EXITED, outcome.status());
        assertEquals(Integer.valueOf(3), outcome.exitCode());
        assertArrayEquals(new byte[] { (byte) 0xFF, (byte) 0xFE, 'W', 0, 'i', 0, '\r', 0, '\n', 0 }, outcome.stdout());
        assertArrayEquals("oops\r\n".getBytes(StandardCharsets.US_ASCII), outcome.stderr());
        assertNull(outcome.failure());
    }

    @Test
    void bothStreamsFullAtOnceDoNotStallTheProcess() {
        ProcessOutcome outcome = runner.run(shell("head -c 1000000 /dev/zero >&2; head -c 1000000 /dev/zero"),
                GENEROUS, new NullProgressMonitor());

        assertEquals(Integer.valueOf(0), outcome.exitCode(), outcome.describe());
        assertEquals(1_000_000, outcome.stdout().length);
        assertEquals(1_000_000, outcome.stderr().length);
    }

    @Test
    void standardInputIsClosedSoAToolThatReadsItDoesNotHang() {
        ProcessOutcome outcome = runner.run(CommandLine.of("/bin/cat"), GENEROUS, new NullProgressMonitor());

        assertEquals(Integer.valueOf(0), outcome.exitCode(), outcome.describe());
        assertEquals(0, outcome.stdout().length);
    }

    @Test
    void aProcessPastItsTimeLimitIsStoppedWithItsChildren() throws Exception {
        ProcessOutcome outcome = runner.run(shell("sleep 60 & echo $!; wait"), Duration.ofMillis(500),
                new NullProgressMonitor());

        assertEquals(ProcessOutcome.Status.TIMED_OUT, outcome.status());
        assertNull(outcome.exitCode());
        assertTrue(outcome.elapsed().compareTo(Duration.ofSeconds(20)) < 0, outcome.elapsed().toString());
        assertTrue(outcome.describe().startsWith("did not finish within "), outcome.describe());
        long child = Long.parseLong(new String(outcome.stdout(), StandardCharsets.US_ASCII).strip());
        Optional<ProcessHandle> sleeper = ProcessHandle.of(child);
        if (sleeper.isPresent()) {
            sleeper.get().onExit().get(10, TimeUnit.SECONDS);
            assertFalse(sleeper.get().isAlive(), "the child sleep outlived its parent");
        }
    }

    @Test
    void cancellingTheMonitorStopsTheProcess() throws Exception {
        Path started = folder.resolve("started");
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return Files.exists(started);
            }
        };

        ProcessOutcome outcome = runner.run(shell("touch '" + started + "'; sleep 60"), GENEROUS, monitor);

        assertEquals(ProcessOutcome.Status.CANCELLED, outcome.status());
        assertTrue(outcome.elapsed().compareTo(Duration.ofSeconds(20)) < 0, outcome.elapsed().toString());
        assertTrue(outcome.describe().startsWith("cancelled after "), outcome.describe());
    }

    @Test
    void aRunWithoutAMonitorCannotBeCancelledAndEndsByItself() {
        ProcessOutcome outcome = runner.run(shell("exit 0"), GENEROUS, null);

        assertTrue(outcome.exitedWith(0), outcome.describe());
    }

    @Test
    void aProgramThatDoesNotExistIsNotStartedWithTheReason() {
        ProcessOutcome outcome = runner.run(CommandLine.of(folder.resolve("dsregcmd.exe").toString(), "/status"),
                GENEROUS, new NullProgressMonitor());

        assertEquals(ProcessOutcome.Status.NOT_STARTED, outcome.status());
        assertTrue(outcome.failure().contains("dsregcmd.exe"), outcome.failure());
    }
}
