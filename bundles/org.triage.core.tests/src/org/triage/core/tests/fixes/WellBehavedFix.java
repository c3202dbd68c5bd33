package org.triage.core.tests.fixes;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.probe.CachedCredentialsProbe;

/** Previews one simulated command, runs it through the target, and names a probe to verify with. */
public final class WellBehavedFix implements Fix {

    /** How many instances exist; the registry must create one only when the fix is first used. */
    public static final AtomicInteger CREATED = new AtomicInteger();

    public WellBehavedFix() {
        CREATED.incrementAndGet();
    }

    @Override
    public FixPreview preview(FixContext context) {
        return TestFixes.preview("--well-behaved");
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(CachedCredentialsProbe.ID);
    }
}
