package org.triage.core.tests.fixes;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

/** A fix that previews fine and throws when applied: the step fails, the playbook goes on. */
public final class ThrowingApplyFix implements Fix {

    public static final String MESSAGE = "apply exploded on purpose";

    @Override
    public FixPreview preview(FixContext context) {
        return TestFixes.preview("--apply-throws");
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
