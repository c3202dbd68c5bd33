package com.example.hostile;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

public final class ExitingFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return Harmless.preview("--exit");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) {
        System.exit(0);
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
