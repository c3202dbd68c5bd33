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
        Hang.block();
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
