package org.triage.core.rules;

import java.util.Locale;
import java.util.List;
import java.util.Map;

import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.session.Facts;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/** {@code DeviceAuthStatus : FAILED}: Entra ID no longer accepts the device (disabled or deleted). */
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
        return List.of(new FindingDraft(Causes.DEVICE_REGISTRATION_BROKEN, Severity.ERROR,
                "Entra ID does not accept the device: DeviceAuthStatus " + status, id(), List.of(registration)));
    }
}
