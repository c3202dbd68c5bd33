package org.triage.fixes.m365;

import java.util.List;
import java.util.Optional;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.TargetAction;

/**
 * A device disabled (or deleted) in Entra ID is fixed in the tenant: an Entra ID administrator enables the device
 * object again. The step names the device id, the admin center path and the Microsoft Graph call; re-registering
 * the workstation only follows where the device turns out to be deleted.
 */
public final class EnableDeviceInEntraFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        Optional<DeviceRegistration> registration = context.target().registration(context.monitor()).optionalValue();
        Optional<String> deviceId = registration.flatMap(r -> r.field("DeviceId")).map(String::strip)
                .filter(id -> id.matches("[0-9a-fA-F-]{36}"));
        if (deviceId.isEmpty()) {
            return new FixPreview("an Entra ID administrator enables the device object again", List.of(),
                    List.of(new FixPreview.Precondition("dsregcmd /status shows the device's DeviceId", false,
                            "without it the admin cannot tell which device object to enable")));
        }
        String hostname = context.target().info() == null ? null : context.target().info().hostname();
        return new FixPreview("an Entra ID administrator enables the device object " + deviceId.get() + " again",
                List.of(new TargetAction.EnableDeviceInEntra(deviceId.get(), hostname)), List.of());
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(DeviceRegistrationProbe.ID);
    }
}
