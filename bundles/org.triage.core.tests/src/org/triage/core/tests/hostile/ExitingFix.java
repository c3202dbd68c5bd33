package org.triage.core.tests.hostile;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

/** Ends the process from apply with {@code System.exit(3)}, as a careless or hostile fix bundle would. */
public final class ExitingFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return HostileFixes.preview("--exit");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) {
        System.exit(3);
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }

}
