package org.triage.platform.linux.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.platform.linux.CommandResult;
import org.triage.platform.linux.ProcessRunner;

/** Real processes: what ran, how it ended, and that nothing outlives its timeout or a cancellation. */
class ProcessRunnerTest {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    @Test
    void recordsTheExactCommandLineExitCodeAndBothStreams() {
        CommandResult result = new ProcessRunner(A_MINUTE)
                .run(List.of("sh", "-c", "echo out; echo 'err äö' >&2; exit 3"), null);

        assertEquals(3, result.exitCode());
        assertEquals("out\n", result.stdout());
        assertEquals("err äö\n", result.stderr(), "read as UTF-8");
        assertEquals("LC_ALL=C.UTF-8 sh -c 'echo out; echo '\\''err äö'\\'' >&2; exit 3'", result.commandLine());
        assertFalse(result.succeeded());
        assertEquals("exit code 3: err äö", result.failure());
        assertEquals(3, result.evidence().exitCode());
        assertEquals(result.commandLine(), result.evidence().source());
        assertEquals("out\n--- stderr ---\nerr äö\n", result.evidence().content());
    }

    @Test
    void aProcessThatOutlivesItsTimeoutIsKilledWithItsChildren() throws Exception {
        long start = System.nanoTime();
        CommandResult result = new ProcessRunner(Duration.ofSeconds(1))
                .run(List.of("sh", "-c", "sleep 120 & echo $!; wait"), new NullProgressMonitor());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertNull(result.exitCode());
        assertTrue(result.problem().startsWith("timed out after 1 s"), result.problem());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
        long child = Long.parseLong(result.stdout().strip());
        Optional<ProcessHandle> sleeper = ProcessHandle.of(child);
        if (sleeper.isPresent()) {
            sleeper.get().onExit().get(10, TimeUnit.SECONDS);
        }
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "the child sleep survived");
    }

    @Test
    void aCancelledMonitorKillsTheProcess() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        long start = System.nanoTime();
        CommandResult result = new ProcessRunner(A_MINUTE).run(List.of("sleep", "120"), monitor);

        assertTrue(result.problem().startsWith("cancelled"), result.problem());
        assertNull(result.exitCode());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
    }

    @Test
    void aProgramThatIsNotThereIsNotInstalled() {
        CommandResult result = new ProcessRunner(A_MINUTE).run(List.of("triage-no-such-program", "--version"), null);

        assertTrue(result.notFound());
        assertNull(result.exitCode());
        assertTrue(result.evidence().content().contains("not installed: triage-no-such-program"),
                result.evidence().content());
    }

    @Test
    void commandLinesQuoteWhatAShellWouldSplit() {
        assertEquals("nmcli connection down id 'Contoso VPN'",
                ProcessRunner.commandLine(List.of("nmcli", "connection", "down", "id", "Contoso VPN")));
        assertEquals("ip -j -4 route get 20.190.128.1",
                ProcessRunner.commandLine(List.of("ip", "-j", "-4", "route", "get", "20.190.128.1")));
        assertEquals("echo ''", ProcessRunner.commandLine(List.of("echo", "")));
    }
}
