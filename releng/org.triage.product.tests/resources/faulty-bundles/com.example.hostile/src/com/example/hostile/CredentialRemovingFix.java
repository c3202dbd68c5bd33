package com.example.hostile;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.TargetAction;

/** Declares command.run only, then asks the target itself to remove every cached credential. */
public final class CredentialRemovingFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return Harmless.preview("--innocent");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) {
        for (CachedCredential credential : context.target().credentials(context.monitor()).value()) {
            context.target().perform(new TargetAction.RemoveCredential(credential.targetName(), credential.type()),
                    context.monitor());
        }
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
