package org.triage.core.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.TokenBrokerEventsProbe;
import org.triage.core.session.Facts;
import org.triage.model.Fact;
import org.triage.model.NumberFact;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.TimeFact;

/**
 * The token broker's failed requests ({@code Microsoft-Windows-AAD/Operational}) as the rules read them, and the same
 * AADSTS codes where dsregcmd's last PRT attempt carries them.
 */
final class BrokerFailures {

    /** One failed request, as the token broker probe recorded it. */
    record Failure(Instant time, int eventId, String code, String errorCode, String innerCode, String operation,
            String app, String correlationId) {

        /** Whether the event names one of the codes, as its code, its error code or its inner error. */
        boolean carries(Collection<String> codes) {
            return codes.stream().anyMatch(wanted -> wanted.equalsIgnoreCase(code)
                    || wanted.equalsIgnoreCase(errorCode) || wanted.equalsIgnoreCase(innerCode));
        }

        /** {@code event 1098 at 2026-12-04T20:01:02Z: AADSTS53003, app ..., correlation id ...}. */
        String describe() {
            return "event " + eventId + " at " + time + ": " + code
                    + (errorCode == null || errorCode.equalsIgnoreCase(code) ? "" : " (" + errorCode + ")")
                    + (app == null ? "" : ", app " + app)
                    + (correlationId == null ? "" : ", correlation id " + correlationId);
        }
    }

    private BrokerFailures() {
    }

    /**
     * The failures that tell of the device's state now. The log keeps seven days: failures older than the Primary
     * Refresh Token that dsregcmd shows (AzureAdPrtUpdateTime) happened before the device last signed in to Entra ID
     * afresh, and are history, not the present. A state that still breaks sign-in keeps failing after it (apps retry
     * their token requests every few minutes, and the PRT is renewed every four hours), so nothing current is lost,
     * and the step that repaired it is verified by the sign-in that follows. Where dsregcmd shows no PRT time, every
     * failure counts.
     */
    static List<Failure> current(Map<String, Observation> latest) {
        Observation broker = latest.get(TokenBrokerEventsProbe.ID);
        if (broker == null) {
            return List.of();
        }
        Optional<Instant> prtIssued = Optional.ofNullable(latest.get(DeviceRegistrationProbe.ID))
                .flatMap(registration -> Facts.textOf(registration, "AzureAdPrtUpdateTime"))
                .flatMap(DsregcmdTime::parse);
        List<Failure> failures = new ArrayList<>();
        for (RecordFact event : Facts.recordsOf(broker, TokenBrokerEventsProbe.EVENTS_FACT)) {
            Failure failure = failure(event.getFields());
            if (failure != null && (prtIssued.isEmpty() || failure.time().isAfter(prtIssued.get()))) {
                failures.add(failure);
            }
        }
        return failures;
    }

    private static Failure failure(List<Fact> fields) {
        Instant time = Facts.find(fields, "TimeCreated").filter(TimeFact.class::isInstance)
                .map(fact -> ((TimeFact) fact).getValue().toInstant()).orElse(null);
        Integer id = Facts.find(fields, "Id").filter(NumberFact.class::isInstance)
                .map(fact -> ((NumberFact) fact).getValue().intValue()).orElse(null);
        String code = Facts.textOf(fields, "Code").orElse(null);
        if (time == null || id == null || code == null) {
            return null;
        }
        return new Failure(time, id, code, Facts.textOf(fields, "ErrorCode").orElse(null),
                Facts.textOf(fields, "InnerCode").orElse(null), Facts.textOf(fields, "Operation").orElse(null),
                Facts.textOf(fields, "App").orElse(null), Facts.textOf(fields, "CorrelationId").orElse(null));
    }

    /** The newest failures first, at most three named, the rest counted. */
    static String describe(List<Failure> failures) {
        List<Failure> newest = failures.stream().sorted((a, b) -> b.time().compareTo(a.time())).toList();
        String named = newest.stream().limit(3).map(Failure::describe).collect(Collectors.joining("; "));
        return newest.size() <= 3 ? named : named + "; and " + (newest.size() - 3) + " more";
    }

    /**
     * Microsoft's own client ids the broker's events name an app by, from Microsoft's list of commonly used first-party
     * application ids (https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/governance/verify-first-party-apps-sign-in).
     */
    private static final Map<String, String> FIRST_PARTY_APPS = Map.of(
            "1fec8e78-bce4-4aaf-ab1b-5451cc387264", "Microsoft Teams",
            "d3590ed6-52b3-4102-aeff-aad2292ab01c", "Microsoft Office",
            "ab9b8c07-8f02-4f72-87fa-80105867a763", "OneDrive SyncEngine",
            "29d9ed98-a469-4536-ade2-f981bc1d605e", "Microsoft Authentication Broker",
            "5e3ce6c0-2b1f-4285-8d4b-75ee78787346", "Microsoft Teams Web Client");

    /** The apps the failures name ("Microsoft Teams (1fec8e78-...)" where the id is Microsoft's), or a plain word. */
    static String apps(List<Failure> failures) {
        List<String> apps = failures.stream().map(Failure::app).filter(app -> app != null && !app.isBlank()).distinct()
                .map(app -> {
                    String name = FIRST_PARTY_APPS.get(app.strip().toLowerCase(Locale.ROOT));
                    return name == null ? app : name + " (" + app + ")";
                }).toList();
        return apps.isEmpty() ? "an app the events do not name" : String.join(", ", apps);
    }

    /**
     * The dsregcmd field of the last PRT attempt that carries one of the AADSTS codes ({@code Server Error
     * Description: AADSTS53003: ...}), as {@code field: value}; empty where none does.
     */
    static Optional<String> inRegistration(Map<String, Observation> latest, Set<String> codes) {
        Observation registration = latest.get(DeviceRegistrationProbe.ID);
        if (registration == null) {
            return Optional.empty();
        }
        for (Fact fact : registration.getFacts()) {
            String value = Facts.asText(fact);
            if (value != null && AadstsCodes.firstCode(value).map(code -> codes.contains(code.toUpperCase(Locale.ROOT)))
                    .orElse(false)) {
                return Optional.of("dsregcmd " + fact.getName() + ": " + value.strip());
            }
        }
        return Optional.empty();
    }

    /** The evidence: the broker's observation where failures count, dsregcmd's where it carries the code. */
    static List<Observation> evidence(Map<String, Observation> latest, boolean broker, boolean registration) {
        List<Observation> evidence = new ArrayList<>();
        if (broker && latest.get(TokenBrokerEventsProbe.ID) != null) {
            evidence.add(latest.get(TokenBrokerEventsProbe.ID));
        }
        if (registration && latest.get(DeviceRegistrationProbe.ID) != null) {
            evidence.add(latest.get(DeviceRegistrationProbe.ID));
        }
        return evidence;
    }
}
