package com.example.hostile;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

public final class ThrowingPreviewFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        throw new IllegalStateException("the hostile preview broke");
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
