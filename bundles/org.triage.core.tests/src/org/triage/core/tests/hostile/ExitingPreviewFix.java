package org.triage.core.tests.hostile;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

/** Ends the process while its preview is being worked out, i.e. while the playbook is only planned. */
public final class ExitingPreviewFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        System.exit(4);
        return HostileFixes.preview("--never");
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
