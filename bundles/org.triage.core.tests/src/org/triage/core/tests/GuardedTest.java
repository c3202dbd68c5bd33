package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.core.tests.support.Timing.awaitQuietly;
import static org.triage.core.tests.support.Timing.since;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.triage.core.engine.Guarded;
import org.triage.core.engine.Guarded.Failure.Kind;

/**
 * Guarded runs untrusted code on its own thread. The time bounds below are behaviour, not benchmarks:
 * a call that should end "at once" is given a timeout of a minute, so only the behaviour under test can
 * end it within a few seconds.
 */
class GuardedTest {

    private static final long A_MINUTE = 60_000;
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    /** Let work that waits on it go, so no test leaves a thread behind. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseWork() {
        release.countDown();
    }

    @Test
    void returnsTheValue() throws Guarded.Failure {
        assertEquals("done", Guarded.call("work", () -> "done", A_MINUTE, new NullProgressMonitor()));
        assertEquals(42, Guarded.call("work without a monitor", () -> 42, A_MINUTE, null));
    }

    @Test
    void runsTheWorkOnAnotherThreadNamedAfterIt() throws Guarded.Failure {
        Thread caller = Thread.currentThread();
        Thread worker = Guarded.call("probe credentials.cached", Thread::currentThread, A_MINUTE, null);
        assertNotSame(caller, worker, "the work ran on the caller's thread");
        assertTrue(worker.getName().contains("probe credentials.cached"), worker.getName());
    }

    @Test
    void reportsAnExceptionAsThrewWithTheCause() {
        IOException cause = new IOException("disk on fire");
        Guarded.Failure failure = assertThrows(Guarded.Failure.class,
                () -> Guarded.call("fix x (bundle 1.0)", () -> {
                    throw cause;
                }, A_MINUTE, new NullProgressMonitor()));
        assertEquals(Kind.THREW, failure.kind());
        assertSame(cause, failure.getCause());
        assertTrue(failure.getMessage().contains("fix x (bundle 1.0)"), failure.getMessage());
        assertTrue(failure.getMessage().contains("disk on fire"), failure.getMessage());
    }

    @Test
    void abandonsWorkAtItsTimeoutAndInterruptsIt() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        long start = System.nanoTime();
        Guarded.Failure failure = assertThrows(Guarded.Failure.class, () -> Guarded.call("hang", () -> {
            try {
                return release.await(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        }, 300, null));
        Duration took = since(start);
        assertEquals(Kind.TIMED_OUT, failure.kind());
        assertTrue(failure.getMessage().contains("0.3 s"), failure.getMessage());
        assertTrue(took.compareTo(Duration.ofMillis(300)) >= 0, "gave up before the timeout: " + took);
        assertTrue(took.compareTo(PROMPTLY) < 0, "took " + took);
        assertTrue(interrupted.await(PROMPTLY.toSeconds(), TimeUnit.SECONDS), "the abandoned work was not interrupted");
    }

    @Test
    void abandonsWorkThatIgnoresInterruptsAtItsTimeoutToo() throws InterruptedException {
        CountDownLatch interrupts = new CountDownLatch(1);
        long start = System.nanoTime();
        Guarded.Failure failure = assertThrows(Guarded.Failure.class, () -> Guarded.call("stubborn hang", () -> {
            while (true) {
                try {
                    release.await();
                    return "released";
                } catch (InterruptedException e) {
                    interrupts.countDown(); // swallowed
                }
            }
        }, 300, null));
        Duration took = since(start);
        assertEquals(Kind.TIMED_OUT, failure.kind());
        assertTrue(took.compareTo(PROMPTLY) < 0, "took " + took);
        assertTrue(interrupts.await(PROMPTLY.toSeconds(), TimeUnit.SECONDS), "the work was never interrupted");
    }

    @Test
    void aMonitorCancelledBeforehandStopsTheCallAtOnce() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        long start = System.nanoTime();
        Guarded.Failure failure = assertThrows(Guarded.Failure.class,
                () -> Guarded.call("work", () -> release.await(1, TimeUnit.HOURS), A_MINUTE, monitor));
        assertEquals(Kind.CANCELLED, failure.kind());
        assertTrue(since(start).compareTo(PROMPTLY) < 0, "took " + since(start));
    }

    @Test
    void cancellingTheMonitorStopsHangingWorkPromptly() throws Exception {
        NullProgressMonitor monitor = new NullProgressMonitor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CompletableFuture<Long> cancelledAt = CompletableFuture.supplyAsync(() -> {
            awaitQuietly(started, Duration.ofMillis(A_MINUTE));
            long now = System.nanoTime();
            monitor.setCanceled(true);
            return now;
        });
        Guarded.Failure failure = assertThrows(Guarded.Failure.class, () -> Guarded.call("hang", () -> {
            started.countDown();
            try {
                return release.await(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        }, A_MINUTE, monitor));
        Duration afterCancel = since(cancelledAt.get());
        assertEquals(Kind.CANCELLED, failure.kind());
        assertTrue(afterCancel.compareTo(PROMPTLY) < 0, "returned " + afterCancel + " after the cancellation");
        assertTrue(interrupted.await(PROMPTLY.toSeconds(), TimeUnit.SECONDS), "the cancelled work was not interrupted");
    }

    @Test
    void anInterruptedCallerEndsAsCancelledAndKeepsItsInterruptFlag() {
        Thread.currentThread().interrupt();
        try {
            Guarded.Failure failure = assertThrows(Guarded.Failure.class,
                    () -> Guarded.call("work", () -> release.await(1, TimeUnit.HOURS), A_MINUTE, null));
            assertEquals(Kind.CANCELLED, failure.kind());
            assertTrue(Thread.currentThread().isInterrupted(), "the caller's interrupt was swallowed");
        } finally {
            Thread.interrupted();
        }
    }

}
