package org.triage.core.probe;

import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.session.Facts;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;

/** The device's join state, PRT and last sign-in attempt, as {@code dsregcmd /status} shows them. */
public final class DeviceRegistrationProbe implements Probe {

    public static final String ID = "registration.dsregcmd";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String view() {
        return "registration";
    }

    @Override
    public Observation run(Target target, IProgressMonitor monitor) {
        ObservationBuilder observation = new ObservationBuilder(this);
        Reading<DeviceRegistration> reading = target.registration(monitor);
        if (!observation.accept(reading)) {
            return observation.build();
        }
        Map<String, String> fields = reading.value().fields();
        fields.forEach((name, value) -> observation.fact(Facts.text(name, value)));
        if (fields.getOrDefault("DeviceAuthStatus", "").toUpperCase(Locale.ROOT).startsWith("FAILED")) {
            observation.atLeast(ObservationStatus.FAILED);
        }
        boolean joined = "YES".equalsIgnoreCase(fields.get("AzureAdJoined"))
                || "YES".equalsIgnoreCase(fields.get("WorkplaceJoined"));
        if (joined && "NO".equalsIgnoreCase(fields.get("AzureAdPrt"))) {
            observation.atLeast(ObservationStatus.WARNING);
        }
        String attempt = fields.get("Attempt Status");
        if (attempt != null && !attempt.isBlank() && !attempt.trim().equalsIgnoreCase("0x0")) {
            observation.atLeast(ObservationStatus.WARNING);
        }
        return observation.summary(describe(fields)).build();
    }

    /** The join state; "unknown" where the output has no Device State section to tell it. */
    public static String joinState(Map<String, String> fields) {
        if (!fields.containsKey("AzureAdJoined") && !fields.containsKey("DomainJoined")) {
            return "YES".equalsIgnoreCase(fields.get("WorkplaceJoined"))
                    ? "Entra registered; join state unknown (no Device State section)"
                    : "Join state unknown (no Device State section)";
        }
        boolean entra = "YES".equalsIgnoreCase(fields.get("AzureAdJoined"));
        boolean domain = "YES".equalsIgnoreCase(fields.get("DomainJoined"));
        boolean workplace = "YES".equalsIgnoreCase(fields.get("WorkplaceJoined"));
        if (entra && domain) {
            return "Hybrid Entra joined";
        }
        if (entra) {
            return "Entra joined";
        }
        if (workplace) {
            return "Entra registered";
        }
        return domain ? "Domain joined only" : "Not joined";
    }

    private static String describe(Map<String, String> fields) {
        StringBuilder summary = new StringBuilder(joinState(fields));
        summary.append("; PRT ").append(fields.getOrDefault("AzureAdPrt", "unknown"));
        if (fields.containsKey("DeviceAuthStatus")) {
            summary.append("; DeviceAuthStatus ").append(fields.get("DeviceAuthStatus"));
        }
        String error = fields.get("Server Error Description");
        if (error == null) {
            error = fields.get("Server Error Code");
        }
        if (error != null) {
            summary.append("; last attempt: ").append(error);
        }
        return summary.toString();
    }
}
