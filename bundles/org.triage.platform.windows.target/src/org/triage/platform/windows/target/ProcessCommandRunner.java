package org.triage.platform.windows.target;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Runs real processes: standard input closed at once (a tool that asks a question reads end of input
 * instead of hanging), both output streams drained at the same time (so a full stderr pipe cannot stall
 * stdout), and the process stopped together with its child processes when its time runs out or the monitor
 * is cancelled. Nothing here is specific to Windows; the Windows target's provider is its only user.
 */
public final class ProcessCommandRunner implements CommandRunner {

    /** Output beyond this many bytes per stream is read and dropped, so a runaway tool cannot exhaust memory. */
    public static final int MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

    /** How often a running process is checked against its deadline and the monitor. */
    private static final long POLL_MILLIS = 50;

    /** How long the output of an ended process may still take to arrive (a grandchild may hold the pipe). */
    private static final long DRAIN_MILLIS = 2_000;

    @Override
    public ProcessOutcome run(CommandLine command, Duration timeout, IProgressMonitor monitor) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command.argv()).start();
        } catch (IOException | RuntimeException e) {
            return ProcessOutcome.notStarted(command, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        closeQuietly(process);
        Drain stdout = Drain.start(process.getInputStream(), "stdout of " + command.executable());
        Drain stderr = Drain.start(process.getErrorStream(), "stderr of " + command.executable());
        long deadline = start + timeout.toNanos();
        ProcessOutcome.Status stopped = null;
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (monitor != null && monitor.isCanceled()) {
                    stopped = ProcessOutcome.Status.CANCELLED;
                    break;
                }
                if (System.nanoTime() - deadline >= 0) {
                    stopped = ProcessOutcome.Status.TIMED_OUT;
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = ProcessOutcome.Status.CANCELLED;
        }
        if (stopped != null) {
            destroyTree(process);
        }
        byte[] out = stdout.finish(DRAIN_MILLIS);
        byte[] err = stderr.finish(DRAIN_MILLIS);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (stopped == null) {
            return ProcessOutcome.exited(command, process.exitValue(), out, err, startedAt, elapsed);
        }
        String why = stopped == ProcessOutcome.Status.TIMED_OUT ? "time limit of " + timeout.toSeconds() + " s reached"
                : "cancelled";
        return new ProcessOutcome(command, stopped, null, out, err, startedAt, elapsed, why);
    }

    @Override
    public void launch(CommandLine command) throws IOException {
        Process process = new ProcessBuilder(command.argv()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        closeQuietly(process);
    }

    /** Stops the process and every process it started; the children are listed first, while they still have a parent. */
    private static void destroyTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // the process has already gone; its exit code tells the rest
        }
    }

    /** Reads one stream to its end on a thread of its own. */
    private static final class Drain implements Runnable {

        private final InputStream in;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread thread;

        private Drain(InputStream in, String name) {
            this.in = in;
            this.thread = Thread.ofPlatform().daemon().name("triage " + name).unstarted(this);
        }

        static Drain start(InputStream in, String name) {
            Drain drain = new Drain(in, name);
            drain.thread.start();
            return drain;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    synchronized (bytes) {
                        int room = MAX_OUTPUT_BYTES - bytes.size();
                        if (room > 0) {
                            bytes.write(buffer, 0, Math.min(room, read));
                        }
                    }
                }
            } catch (IOException e) {
                // the pipe was closed under us (the process was stopped): what was read is kept
            }
        }

        /** What was read once the stream ended, or after {@code waitMillis} where something still holds it open. */
        byte[] finish(long waitMillis) {
            try {
                thread.join(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (bytes) {
                return bytes.toByteArray();
            }
        }
    }
}
