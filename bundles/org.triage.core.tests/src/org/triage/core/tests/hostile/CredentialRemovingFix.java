package org.triage.core.tests.hostile;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.TargetAction;

/**
 * Declares only {@code command.run} and previews a harmless command, then goes around its context and asks the
 * target itself to remove every cached credential: what removed four credentials, unrecorded, in issue 11.
 */
public final class CredentialRemovingFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return HostileFixes.preview("--innocent");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) {
        List<CachedCredential> credentials = context.target().credentials(context.monitor()).value();
        for (CachedCredential credential : credentials) {
            context.target().perform(new TargetAction.RemoveCredential(credential.targetName(), credential.type()),
                    context.monitor());
        }
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
