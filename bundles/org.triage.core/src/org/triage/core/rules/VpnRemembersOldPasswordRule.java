package org.triage.core.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.session.Facts;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Severity;
import org.triage.model.Symptom;
import org.triage.model.TimeFact;

/**
 * The guide's Method 3: a VPN profile that remembers a password-based credential ({@code RememberCredential} with
 * {@code MsChapv2}, {@code Eap} (EAP-MSCHAPv2 unless its EAP configuration names a certificate), {@code Pap} or
 * {@code Chap}) still holds the password from before the user's change. A session that began after the change
 * signed in with a valid password, so it raises nothing; a session that began before it runs on the old one (an
 * error), and a profile whose session start is unknown or that is disconnected will dial with the old one next
 * time (a warning).
 */
public final class VpnRemembersOldPasswordRule implements Rule {

    private static final Set<String> PASSWORD_METHODS = Set.of("mschapv2", "eap", "pap", "chap");

    @Override
    public String id() {
        return "vpn-remembers-old-password";
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation vpn = latest.get(VpnConnectionsProbe.ID);
        if (vpn == null || symptom == null || symptom.getPasswordChangedAt() == null) {
            return List.of();
        }
        Instant changed = symptom.getPasswordChangedAt().toInstant();
        List<String> sessionsOnOldPassword = new ArrayList<>();
        List<String> willDialWithOldPassword = new ArrayList<>();
        for (RecordFact profile : Facts.recordsOf(vpn, "connections")) {
            List<String> methods = Facts.textsOf(profile.getFields(), "AuthenticationMethod");
            boolean passwordBased = methods.stream().anyMatch(m -> PASSWORD_METHODS.contains(m.toLowerCase(Locale.ROOT)));
            if (!Facts.boolOf(profile.getFields(), "RememberCredential").orElse(false) || !passwordBased) {
                continue;
            }
            String name = Facts.textOf(profile.getFields(), "Name").orElse("?") + " (" + String.join(", ", methods) + ")";
            boolean connected = Facts.textOf(profile.getFields(), "ConnectionStatus")
                    .filter("Connected"::equalsIgnoreCase).isPresent();
            Optional<Instant> since = Facts.find(profile.getFields(), VpnConnectionsProbe.CONNECTED_SINCE)
                    .filter(TimeFact.class::isInstance).map(fact -> ((TimeFact) fact).getValue()).map(Date::toInstant);
            if (connected && since.isPresent() && since.get().isAfter(changed)) {
                continue;
            }
            if (connected && since.isPresent()) {
                sessionsOnOldPassword.add(name + ", connected since " + since.get());
            } else {
                willDialWithOldPassword.add(name + (connected ? ", connected (since when is not known)" : ", disconnected"));
            }
        }
        if (sessionsOnOldPassword.isEmpty() && willDialWithOldPassword.isEmpty()) {
            return List.of();
        }
        List<String> all = new ArrayList<>(sessionsOnOldPassword);
        all.addAll(willDialWithOldPassword);
        return List.of(new FindingDraft(Causes.VPN_REMEMBERS_OLD_PASSWORD,
                sessionsOnOldPassword.isEmpty() ? Severity.WARNING : Severity.ERROR,
                "The VPN remembers the credential the user signed in with, which predates the password change at "
                        + changed + ": " + String.join("; ", all) + ". The user reconnects and signs in with the new "
                        + "password",
                id(), List.of(vpn)));
    }
}
