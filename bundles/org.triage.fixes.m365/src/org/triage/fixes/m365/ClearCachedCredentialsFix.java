package org.triage.fixes.m365;

import java.util.ArrayList;
import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.Microsoft365Credentials;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.Reading;
import org.triage.core.target.TargetAction;

/** Step 1 of the guide: remove the Microsoft 365 entries from Credential Manager, then restart OneDrive. */
public final class ClearCachedCredentialsFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        Reading<List<CachedCredential>> reading = context.target().credentials(context.monitor());
        List<TargetAction> actions = new ArrayList<>();
        List<CachedCredential> stale = reading.optionalValue().orElse(List.of()).stream()
                .filter(Microsoft365Credentials::matches).toList();
        stale.forEach(credential -> actions.add(new TargetAction.RemoveCredential(credential.targetName(),
                credential.type())));
        if (!stale.isEmpty()) {
            actions.add(new TargetAction.RestartOneDrive());
        }
        FixPreview.Precondition cached = new FixPreview.Precondition("Microsoft 365 credentials are cached",
                !stale.isEmpty(), reading.optionalValue().isPresent() ? stale.size() + " found"
                        : "the credentials could not be read: " + reading.message());
        String title;
        if (reading.optionalValue().isEmpty()) {
            // unknown is not zero: nothing is removed, and the plan says why it cannot tell what to remove
            title = "remove the cached Microsoft 365 credentials and restart OneDrive; which ones is not known: "
                    + reading.message();
        } else if (stale.isEmpty()) {
            title = "no cached Microsoft 365 credentials to remove";
        } else {
            title = "remove " + stale.size() + " cached Microsoft 365 credential(s) and restart OneDrive";
        }
        return new FixPreview(title, actions, List.of(cached));
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(CachedCredentialsProbe.ID, DeviceRegistrationProbe.ID);
    }
}
