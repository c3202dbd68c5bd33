package org.triage.core.rules;

import java.util.List;
import java.util.Map;

import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.session.Facts;
import org.triage.model.BooleanFact;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Severity;
import org.triage.model.Symptom;
import org.triage.model.TimeFact;

/** Microsoft 365 credentials last written before the password change still hold the old password. */
public final class CredentialsOlderThanPasswordRule implements Rule {

    @Override
    public String id() {
        return "credentials-older-than-password";
    }

    @Override
    public List<String> reads() {
        return List.of(CachedCredentialsProbe.ID);
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation credentials = latest.get(CachedCredentialsProbe.ID);
        if (credentials == null || symptom == null || symptom.getPasswordChangedAt() == null) {
            return List.of();
        }
        List<String> stale = Facts.recordsOf(credentials, "entries").stream()
                .filter(CredentialsOlderThanPasswordRule::isMicrosoft365)
                .filter(entry -> Facts.find(entry.getFields(), "LastWritten").filter(TimeFact.class::isInstance)
                        .map(fact -> ((TimeFact) fact).getValue().before(symptom.getPasswordChangedAt()))
                        .orElse(false))
                .map(entry -> Facts.textOf(entry.getFields(), "TargetName").orElse("?")).toList();
        if (stale.isEmpty()) {
            return List.of();
        }
        return List.of(new FindingDraft(Causes.STALE_CACHED_CREDENTIALS, Severity.WARNING,
                stale.size() + " Microsoft 365 credentials were written before the password change: "
                        + String.join(", ", stale),
                id(), List.of(credentials)));
    }

    private static boolean isMicrosoft365(RecordFact entry) {
        return Facts.find(entry.getFields(), "Microsoft365").filter(BooleanFact.class::isInstance)
                .map(fact -> ((BooleanFact) fact).isValue()).orElse(false);
    }
}
