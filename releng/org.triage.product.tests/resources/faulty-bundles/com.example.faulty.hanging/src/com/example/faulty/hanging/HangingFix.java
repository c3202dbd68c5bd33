package com.example.faulty.hanging;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.target.TargetAction;

/** Previews one harmless command, then waits for something that never comes, as a hung third-party fix does. */
public final class HangingFix implements Fix {

    private final CountDownLatch never = new CountDownLatch(1);

    @Override
    public FixPreview preview(FixContext context) {
        return new FixPreview("wait for the Example client",
                List.of(new TargetAction.RunCommand("example-client", List.of("--wait"), "Wait for the Example client", false)),
                List.of());
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) throws InterruptedException {
        never.await();
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
