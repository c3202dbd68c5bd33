package org.triage.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.session.Facts;
import org.triage.model.Observation;
import org.triage.model.RawEvidence;
import org.triage.model.RecordFact;
import org.triage.model.Severity;
import org.triage.model.Symptom;
import org.triage.model.TimeFact;

/**
 * Is the token lifetime shorter than the VPN session? Access tokens last 60 to 90 minutes and Windows renews the
 * Primary Refresh Token every four hours, so a VPN session longer than that must carry the renewal. When a
 * connected VPN has been up for longer than the renewal interval and the PRT has not been renewed since it
 * connected, the renewal is not getting through this session: the VPN delays or blocks the token refresh.
 * <p>
 * It needs to know when the session began; a target that cannot tell gets no finding from this rule rather
 * than a guess.
 */
public final class VpnSessionOutlastsTokenRule implements Rule {

    /** How often the CloudAP plugin renews the PRT while the user is signed in. */
    public static final Duration PRT_RENEWAL_INTERVAL = Duration.ofHours(4);

    @Override
    public String id() {
        return "vpn-session-outlasts-token";
    }

    @Override
    public List<String> reads() {
        return List.of(DeviceRegistrationProbe.ID, VpnConnectionsProbe.ID);
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation registration = latest.get(DeviceRegistrationProbe.ID);
        Observation vpn = latest.get(VpnConnectionsProbe.ID);
        if (registration == null || vpn == null) {
            return List.of();
        }
        Optional<Instant> renewed = Facts.textOf(registration, "AzureAdPrtUpdateTime").flatMap(DsregcmdTime::parse);
        Optional<Instant> asOf = asOf(registration);
        if (renewed.isEmpty() || asOf.isEmpty()) {
            return List.of();
        }
        List<FindingDraft> findings = new ArrayList<>();
        for (RecordFact connection : Facts.recordsOf(vpn, "connections")) {
            boolean connected = Facts.textOf(connection.getFields(), "ConnectionStatus")
                    .filter("Connected"::equalsIgnoreCase).isPresent();
            Optional<Instant> since = Facts.find(connection.getFields(), VpnConnectionsProbe.CONNECTED_SINCE)
                    .filter(TimeFact.class::isInstance).map(fact -> ((TimeFact) fact).getValue())
                    .map(Date::toInstant);
            if (!connected || since.isEmpty()) {
                continue;
            }
            Duration session = Duration.between(since.get(), asOf.get());
            if (session.compareTo(PRT_RENEWAL_INTERVAL) <= 0 || !renewed.get().isBefore(since.get())) {
                continue;
            }
            String name = Facts.textOf(connection.getFields(), "Name").orElse("?");
            findings.add(new FindingDraft(Causes.VPN_SESSION_OUTLASTS_TOKEN, Severity.WARNING,
                    "VPN " + name + " has been connected for " + describe(session) + " (since " + since.get()
                            + "), longer than the " + describe(PRT_RENEWAL_INTERVAL) + " after which Windows renews "
                            + "the Primary Refresh Token (access tokens last 60 to 90 minutes), and the PRT has not "
                            + "been renewed since it connected: last renewed " + describe(Duration.between(
                                    renewed.get(), asOf.get()))
                            + " before this reading, at " + renewed.get(),
                    id(), List.of(vpn, registration)));
        }
        return findings;
    }

    /** When dsregcmd was run: its evidence's capture time (a snapshot's collection time), else the probe's. */
    private static Optional<Instant> asOf(Observation registration) {
        Optional<Instant> captured = registration.getEvidence().stream().map(RawEvidence::getCapturedAt)
                .filter(time -> time != null).map(Date::toInstant).findFirst();
        if (captured.isPresent()) {
            return captured;
        }
        Date finished = registration.getFinishedAt() != null ? registration.getFinishedAt()
                : registration.getStartedAt();
        return Optional.ofNullable(finished).map(Date::toInstant);
    }

    static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
