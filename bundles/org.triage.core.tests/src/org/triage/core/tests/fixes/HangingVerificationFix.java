package org.triage.core.tests.fixes;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

/** A fix that applies cleanly but whose verificationProbes() blocks until released or interrupted. */
public final class HangingVerificationFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return TestFixes.preview("--verify-hangs");
    }

    @Override
    public List<String> verificationProbes() {
        Hang hang = Hang.current();
        hang.entered.countDown();
        try {
            hang.release.await();
        } catch (InterruptedException e) {
            hang.interrupted.countDown();
            Thread.currentThread().interrupt();
        }
        return List.of();
    }
}
