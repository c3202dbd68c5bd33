package org.triage.core.tests.fixes;

import java.util.concurrent.CountDownLatch;

import org.triage.core.target.ActionResult;

/**
 * Where a test and a hanging test fix meet. The registry creates the fixes, so a test cannot hand them
 * anything: it calls {@link #reset()} before a run and reads what the fix did from the latches here.
 */
public final class Hang {

    private static volatile Hang current = new Hang();

    /** Counted down when the fix's apply has started. */
    public final CountDownLatch entered = new CountDownLatch(1);
    /** Counted down when the fix's thread saw an interrupt. */
    public final CountDownLatch interrupted = new CountDownLatch(1);
    /** The test counts it down to let the fix go. */
    public final CountDownLatch release = new CountDownLatch(1);
    /** Counted down when a released fix has tried its late action and returned. */
    public final CountDownLatch finished = new CountDownLatch(1);
    /** What the fix context answered when a released fix tried to act after all. */
    public volatile ActionResult lateAction;

    private Hang() {
    }

    /** Releases the fixes of the previous test and gives the next ones a fresh meeting point. */
    public static Hang reset() {
        current.release.countDown();
        current = new Hang();
        return current;
    }

    static Hang current() {
        return current;
    }

    /** Blocks the calling fix until the test releases it; an interrupt ends the wait, and is noted. */
    static void block() throws InterruptedException {
        Hang hang = current;
        hang.entered.countDown();
        try {
            hang.release.await();
        } catch (InterruptedException e) {
            hang.interrupted.countDown();
            throw e;
        }
    }
}
