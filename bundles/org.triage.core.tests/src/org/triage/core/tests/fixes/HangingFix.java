package org.triage.core.tests.fixes;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

/** A fix whose apply blocks until released or interrupted; an interrupt ends it, as well-written code does. */
public final class HangingFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return TestFixes.preview("--hang");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) throws InterruptedException {
        Hang hang = Hang.current();
        hang.entered.countDown();
        try {
            hang.release.await();
        } catch (InterruptedException e) {
            hang.interrupted.countDown();
            throw e;
        }
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
