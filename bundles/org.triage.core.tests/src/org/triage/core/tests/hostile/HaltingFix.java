package org.triage.core.tests.hostile;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

/** Halts the JVM from apply, skipping even the shutdown hooks. */
public final class HaltingFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return HostileFixes.preview("--halt");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) {
        Runtime.getRuntime().halt(9);
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
