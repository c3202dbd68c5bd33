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
        try {
            Hang.block();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }
}
