package com.example.hostile;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

public final class HaltingFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return Harmless.preview("--halt");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) {
        Runtime.getRuntime().halt(0);
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
