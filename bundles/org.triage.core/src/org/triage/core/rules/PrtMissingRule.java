package org.triage.core.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.session.Facts;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/**
 * A joined device without a PRT, or with one older than the password change: Microsoft 365 apps have
 * no fresh token to single-sign-on with.
 */
public final class PrtMissingRule implements Rule {

    @Override
    public String id() {
        return "prt-missing";
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
        boolean joined = Facts.textOf(registration, "AzureAdJoined").filter("YES"::equalsIgnoreCase).isPresent();
        if (!joined) {
            return List.of();
        }
        String prt = Facts.textOf(registration, "AzureAdPrt").orElse("");
        if ("NO".equalsIgnoreCase(prt.trim())) {
            return List.of(new FindingDraft(Causes.PRT_MISSING_OR_STALE, Severity.WARNING,
                    "The device is Entra joined but holds no Primary Refresh Token (AzureAdPrt : NO)", id(),
                    List.of(registration)));
        }
        Optional<Instant> updated = Facts.textOf(registration, "AzureAdPrtUpdateTime").flatMap(DsregcmdTime::parse);
        Instant passwordChanged = symptom == null || symptom.getPasswordChangedAt() == null ? null
                : symptom.getPasswordChangedAt().toInstant();
        if (updated.isPresent() && passwordChanged != null && updated.get().isBefore(passwordChanged)) {
            return List.of(new FindingDraft(Causes.PRT_MISSING_OR_STALE, Severity.WARNING,
                    "The Primary Refresh Token was last renewed at " + updated.get()
                            + ", before the password change at " + passwordChanged,
                    id(), List.of(registration)));
        }
        return List.of();
    }
}
