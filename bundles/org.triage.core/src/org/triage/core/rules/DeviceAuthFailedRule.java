package org.triage.core.rules;

import java.util.Locale;
import java.util.List;
import java.util.Map;

import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.session.Facts;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/**
 * {@code DeviceAuthStatus : FAILED}: Entra ID no longer accepts the device, which an admin disabled or deleted. It
 * is fixed in the tenant first; re-registering the workstation before that repairs nothing.
 */
public final class DeviceAuthFailedRule implements Rule {

    @Override
    public String id() {
        return "device-auth-failed";
    }

    @Override
    public List<String> reads() {
        return List.of(DeviceRegistrationProbe.ID);
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation registration = latest.get(DeviceRegistrationProbe.ID);
        if (registration == null) {
            return List.of();
        }
        String status = Facts.textOf(registration, "DeviceAuthStatus").orElse("").trim();
        if (!status.toUpperCase(Locale.ROOT).startsWith("FAILED")) {
            return List.of();
        }
        String device = Facts.textOf(registration, "DeviceId").map(id -> " " + id).orElse("");
        return List.of(new FindingDraft(Causes.DEVICE_DISABLED_IN_ENTRA, Severity.ERROR,
                "Entra ID does not accept the device" + device + ": DeviceAuthStatus " + status
                        + ". An Entra ID admin enables the device object again (or, where it was deleted, the device"
                        + " is registered anew); nothing on the workstation repairs it before that",
                id(), List.of(registration)));
    }
}
