package com.example.faulty.throwing;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.target.TargetAction;

/** Previews one harmless command, then fails when applied, as a buggy third-party fix does. */
public final class ThrowingFix implements Fix {

    public static final String MESSAGE = "the Example client's reset failed: index 3 out of bounds for length 3";

    @Override
    public FixPreview preview(FixContext context) {
        return new FixPreview("reset the Example client",
                List.of(new TargetAction.RunCommand("example-client", List.of("--reset"), "Reset the Example client", false)),
                List.of());
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
