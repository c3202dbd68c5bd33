package org.triage.core.tests.support;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Measuring how long behaviour took, and waiting for a latch from a helper thread. */
public final class Timing {

    private Timing() {
    }

    /** The time since {@code startNanos}, a value of {@link System#nanoTime()}. */
    public static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Waits at most {@code limit} for the latch; a helper thread that is interrupted just stops waiting. */
    public static void awaitQuietly(CountDownLatch latch, Duration limit) {
        try {
            latch.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
