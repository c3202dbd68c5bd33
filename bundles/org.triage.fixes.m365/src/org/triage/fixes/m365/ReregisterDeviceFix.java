package org.triage.fixes.m365;

import java.util.List;
import java.util.Locale;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.target.TargetAction;

/**
 * Step 4 of the guide: disconnect and reconnect the work account, re-registering the device in Entra ID. While
 * Entra ID refuses the device ({@code DeviceAuthStatus : FAILED}, disabled or deleted there) this is not offered as
 * a repair: the admin's step in the tenant comes first, and this one depends on it.
 */
public final class ReregisterDeviceFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        String status = context.target().registration(context.monitor()).optionalValue()
                .flatMap(r -> r.field("DeviceAuthStatus")).map(String::strip).orElse("");
        boolean refused = status.toUpperCase(Locale.ROOT).startsWith("FAILED");
        List<FixPreview.Precondition> preconditions = List.of(new FixPreview.Precondition(
                "Entra ID accepts the device object (an admin enabled it, or confirmed it was deleted)", !refused,
                refused ? "DeviceAuthStatus is '" + status + "': the device object is disabled or deleted in Entra ID. "
                        + "dsregcmd /leave does not repair that; an Entra ID admin enables it first (fix "
                        + "m365.entra-enable-device). Where the admin finds it deleted, the user reconnects the work "
                        + "account (Settings > Accounts > Access work or school) after that"
                        : "DeviceAuthStatus " + (status.isEmpty() ? "not shown" : status)));
        return new FixPreview("disconnect and reconnect the work account to register the device again",
                List.of(new TargetAction.ReregisterDevice()), preconditions);
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(DeviceRegistrationProbe.ID);
    }
}
