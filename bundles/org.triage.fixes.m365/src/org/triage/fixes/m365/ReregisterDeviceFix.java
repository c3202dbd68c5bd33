package org.triage.fixes.m365;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.target.TargetAction;

/** Step 4 of the guide: disconnect and reconnect the work account, re-registering the device in Entra ID. */
public final class ReregisterDeviceFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return new FixPreview("disconnect and reconnect the work account to register the device again",
                List.of(new TargetAction.ReregisterDevice()), List.of());
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(DeviceRegistrationProbe.ID);
    }
}
