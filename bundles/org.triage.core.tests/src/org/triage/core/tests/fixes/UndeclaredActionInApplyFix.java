package org.triage.core.tests.fixes;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixFailedException;
import org.triage.core.fix.FixPreview;
import org.triage.core.target.ActionResult;
import org.triage.core.target.TargetAction;

/**
 * A fix that declares and previews one harmless command, then asks for a DNS flush it never declared: the
 * context must refuse it without asking the target.
 */
public final class UndeclaredActionInApplyFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return TestFixes.preview("--declared");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) throws FixFailedException {
        ActionResult result = context.perform(new TargetAction.FlushDns());
        if (!result.succeeded()) {
            throw new FixFailedException(result.summary());
        }
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
