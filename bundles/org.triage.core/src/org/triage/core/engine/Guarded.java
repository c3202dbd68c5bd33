package org.triage.core.engine;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Runs code that is not ours to trust (a probe against a slow target, a third party's fix) on its own
 * thread, so that a hang is cut off at its timeout and a cancelled monitor stops waiting at once.
 */
public final class Guarded {

    /** How a guarded call ended without a value. */
    public static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;

        public enum Kind {
            THREW, TIMED_OUT, CANCELLED,
            /** It finished, but what it returned breaks a rule it is held to. */
            REFUSED
        }

        private final Kind kind;

        public Failure(Kind kind, String message) {
            this(kind, message, null);
        }

        Failure(Kind kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    private static final long POLL_MILLIS = 50;

    private Guarded() {
    }

    public static <T> T call(String what, Callable<T> work, long timeoutMillis, IProgressMonitor monitor)
            throws Failure {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "triage: " + what);
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<T> future = executor.submit(work);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (true) {
                if (monitor != null && monitor.isCanceled()) {
                    future.cancel(true);
                    throw new Failure(Failure.Kind.CANCELLED, what + " was cancelled", null);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    future.cancel(true);
                    throw new Failure(Failure.Kind.TIMED_OUT,
                            what + " did not finish within " + timeoutMillis / 1000.0 + " s and was abandoned", null);
                }
                try {
                    return future.get(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, POLL_MILLIS),
                            TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // poll again: cancellation and the deadline are checked at the top
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    throw new Failure(Failure.Kind.THREW, what + " failed: " + cause, cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    future.cancel(true);
                    throw new Failure(Failure.Kind.CANCELLED, what + " was interrupted", e);
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
