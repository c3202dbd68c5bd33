package org.triage.core.tests.fixes;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

/**
 * A fix whose apply swallows interrupts and blocks until the test releases it, then tries to act anyway:
 * the runner must abandon it at its timeout, and its context must refuse what it does afterwards.
 */
public final class StubbornHangingFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return TestFixes.preview("--hang-stubbornly");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) {
        Hang hang = Hang.current();
        hang.entered.countDown();
        boolean released = false;
        while (!released) {
            try {
                hang.release.await();
                released = true;
            } catch (InterruptedException e) {
                hang.interrupted.countDown(); // and carry on waiting, as badly written code does
            }
        }
        try {
            hang.lateAction = context.perform(TestFixes.harmlessCommand("--too-late"));
            context.log("acting after the runner gave up");
        } finally {
            hang.finished.countDown();
        }
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
