package org.triage.platform.windows.target.tests;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.platform.windows.target.CommandLine;
import org.triage.platform.windows.target.CommandRunner;
import org.triage.platform.windows.target.ProcessOutcome;

/**
 * Answers command lines with recorded output, exactly as given; records every run with the time limit the
 * target gave it, and every program launched. A command line it has no answer for is recorded as unexpected
 * and does not start, as a missing program would not.
 */
final class FakeRunner implements CommandRunner {

    @FunctionalInterface
    interface Behaviour {
        ProcessOutcome run(CommandLine command, Duration timeout, IProgressMonitor monitor);
    }

    /** One run: the command line, its time limit, and whether it could be cancelled (a monitor was given). */
    record Run(String commandLine, Duration timeout, boolean cancellable) {
    }

    private final Map<String, Behaviour> behaviours = new LinkedHashMap<>();
    private final List<Run> runs = Collections.synchronizedList(new ArrayList<>());
    private final List<String> launches = Collections.synchronizedList(new ArrayList<>());
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    private IOException launchFailure;

    FakeRunner answer(CommandLine command, int exitCode, byte[] stdout) {
        return answer(command, exitCode, stdout, new byte[0]);
    }

    FakeRunner answer(CommandLine command, int exitCode, byte[] stdout, byte[] stderr) {
        return behave(command, (c, timeout, monitor) -> ProcessOutcome.exited(c, exitCode, stdout, stderr,
                Instant.now(), Duration.ofMillis(120)));
    }

    FakeRunner behave(CommandLine command, Behaviour behaviour) {
        behaviours.put(command.rendered(), behaviour);
        return this;
    }

    /**
     * The command starts and never ends by itself: it is stopped when the monitor is cancelled (which a
     * {@link CancellableMonitor} announces) or when its time limit has passed. {@code started} counts down
     * once it hangs.
     */
    FakeRunner hang(CommandLine command, CountDownLatch started) {
        return behave(command, (c, timeout, monitor) -> {
            Instant at = Instant.now();
            long begin = System.nanoTime();
            started.countDown();
            boolean cancelled;
            try {
                cancelled = monitor instanceof CancellableMonitor cancellable
                        && cancellable.cancelled().await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
            return cancelled
                    ? new ProcessOutcome(c, ProcessOutcome.Status.CANCELLED, null, null, null, at, elapsed, "cancelled")
                    : new ProcessOutcome(c, ProcessOutcome.Status.TIMED_OUT, null, null, null, at, elapsed,
                            "time limit reached");
        });
    }

    FakeRunner failLaunches(IOException failure) {
        this.launchFailure = failure;
        return this;
    }

    @Override
    public ProcessOutcome run(CommandLine command, Duration timeout, IProgressMonitor monitor) {
        runs.add(new Run(command.rendered(), timeout, monitor != null));
        Behaviour behaviour = behaviours.get(command.rendered());
        if (behaviour == null) {
            unexpected.add(command.rendered());
            return ProcessOutcome.notStarted(command, "the system cannot find the file specified (no recording)");
        }
        return behaviour.run(command, timeout, monitor);
    }

    @Override
    public void launch(CommandLine command) throws IOException {
        if (launchFailure != null) {
            throw launchFailure;
        }
        launches.add(command.rendered());
    }

    List<String> commandLines() {
        synchronized (runs) {
            return runs.stream().map(Run::commandLine).toList();
        }
    }

    List<Run> runs() {
        synchronized (runs) {
            return List.copyOf(runs);
        }
    }

    List<String> launches() {
        return List.copyOf(launches);
    }

    /** Command lines run without a recording: the target ran something the test did not expect. */
    List<String> unexpected() {
        return List.copyOf(unexpected);
    }
}
