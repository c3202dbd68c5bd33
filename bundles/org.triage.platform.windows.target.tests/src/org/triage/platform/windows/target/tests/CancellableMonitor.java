package org.triage.platform.windows.target.tests;

import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.NullProgressMonitor;

/** A monitor whose cancellation others can wait for, instead of polling it. */
final class CancellableMonitor extends NullProgressMonitor {

    private final CountDownLatch cancelled = new CountDownLatch(1);

    @Override
    public void setCanceled(boolean value) {
        super.setCanceled(value);
        if (value) {
            cancelled.countDown();
        }
    }

    CountDownLatch cancelled() {
        return cancelled;
    }
}
