package com.example.hostile;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

/** Prints to stdout and stderr in its preview and apply, and asks for a day to run. */
public final class NoisyFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        System.out.println("NOISE from the preview {");
        return Harmless.preview("--noisy");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) throws Exception {
        System.out.println("NOISE from apply ]]");
        System.err.println("NOISE on stderr from apply");
        Fix.super.apply(context, confirmed);
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
