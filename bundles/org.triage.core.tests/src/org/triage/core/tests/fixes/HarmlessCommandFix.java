package org.triage.core.tests.fixes;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

/** A fix that previews one harmless command; plugin.xml declares other actions for it, or none. */
public final class HarmlessCommandFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return TestFixes.preview("--harmless");
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
