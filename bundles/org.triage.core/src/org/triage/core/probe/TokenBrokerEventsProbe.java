package org.triage.core.probe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.session.Facts;
import org.triage.core.symptom.SymptomDescriptor;
import org.triage.core.symptom.SymptomRegistry;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.core.target.TokenBrokerEvent;
import org.triage.model.Fact;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.ObservationStatus;

/**
 * The token broker's failed requests of the last seven days, from the {@code Microsoft-Windows-AAD/Operational}
 * log, grouped by code and app. Each group is one fact {@code failure: CODE | APP} whose value says how often,
 * when last, which events, a correlation id and what the symptom catalogue says the code means.
 */
public final class TokenBrokerEventsProbe implements Probe {

    public static final String ID = "registration.token-broker-events";
    /** The prefix of the facts that each hold one group of failures. */
    public static final String FAILURE_FACT = "failure: ";
    public static final String UNKNOWN_APP = "app not named";
    /**
     * The list fact that holds every failed request as a record (TimeCreated, Id, Code, ErrorCode, InnerCode,
     * Operation, App, CorrelationId; a field the event does not carry is left out), for rules that name events.
     */
    public static final String EVENTS_FACT = "events";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String view() {
        return "registration";
    }

    /** One group of failures: code and app, how many, the newest, the events and a correlation id. */
    public record FailureGroup(String code, String app, int count, Instant last, List<Integer> eventIds,
            String correlationId, String explanation) {

        public String factName() {
            return FAILURE_FACT + code + " | " + app;
        }

        public String factValue() {
            return count + "× last " + last + ", events " + eventIds
                    + (correlationId == null ? "" : ", correlation id " + correlationId)
                    + (explanation == null ? "" : " — " + explanation);
        }
    }

    @Override
    public Observation run(Target target, IProgressMonitor monitor) {
        ObservationBuilder observation = new ObservationBuilder(this);
        Reading<List<TokenBrokerEvent>> reading = target.tokenBrokerEvents(monitor);
        if (!observation.accept(reading)) {
            return observation.build();
        }
        List<FailureGroup> groups = group(reading.value(), SymptomRegistry.read());
        observation.fact(Facts.number("TokenBrokerFailures", reading.value().size()));
        groups.forEach(group -> observation.fact(Facts.text(group.factName(), group.factValue())));
        observation.fact(Facts.list(EVENTS_FACT, reading.value().stream().map(TokenBrokerEventsProbe::record).toList()));
        if (!groups.isEmpty()) {
            observation.atLeast(ObservationStatus.WARNING);
        }
        return observation.summary(groups.isEmpty() ? "no failed token requests in the AAD Operational log"
                : reading.value().size() + " failed token request" + (reading.value().size() == 1 ? "" : "s") + " in "
                        + groups.size() + " group" + (groups.size() == 1 ? "" : "s") + ", most frequent "
                        + groups.get(0).code() + " (" + groups.get(0).app() + ")")
                .build();
    }

    private static RecordFact record(TokenBrokerEvent event) {
        List<Fact> fields = new ArrayList<>();
        fields.add(Facts.time("TimeCreated", event.time()));
        fields.add(Facts.number("Id", event.eventId()));
        fields.add(Facts.text("Code", event.code()));
        Facts.optional("ErrorCode", event.errorCode()).ifPresent(fields::add);
        Facts.optional("InnerCode", event.innerCode()).ifPresent(fields::add);
        Facts.optional("Operation", event.operation()).ifPresent(fields::add);
        Facts.optional("App", event.app()).ifPresent(fields::add);
        Facts.optional("CorrelationId", event.correlationId()).ifPresent(fields::add);
        return Facts.record("event " + event.eventId(), fields);
    }

    /** The failures grouped by code and app, the most frequent first; each explained where the catalogue knows its code. */
    public static List<FailureGroup> group(List<TokenBrokerEvent> events, SymptomRegistry catalogue) {
        Map<String, List<TokenBrokerEvent>> byKey = new LinkedHashMap<>();
        for (TokenBrokerEvent event : events) {
            String app = event.app() == null ? UNKNOWN_APP : event.app();
            byKey.computeIfAbsent(event.code() + " | " + app, key -> new ArrayList<>()).add(event);
        }
        List<FailureGroup> groups = new ArrayList<>();
        for (List<TokenBrokerEvent> same : byKey.values()) {
            TokenBrokerEvent first = same.get(0);
            Instant last = same.stream().map(TokenBrokerEvent::time).max(Instant::compareTo).orElse(first.time());
            List<Integer> ids = same.stream().map(TokenBrokerEvent::eventId).distinct().sorted().toList();
            String correlation = same.stream().map(TokenBrokerEvent::correlationId).filter(id -> id != null).findFirst()
                    .orElse(null);
            groups.add(new FailureGroup(first.code(), first.app() == null ? UNKNOWN_APP : first.app(), same.size(), last,
                    ids, correlation, explain(first, catalogue).orElse(null)));
        }
        groups.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : b.last().compareTo(a.last()));
        return groups;
    }

    /** The catalogue's meaning of the code, else of the broker's error code (0xCAA5001C), else of the inner error. */
    private static Optional<String> explain(TokenBrokerEvent event, SymptomRegistry catalogue) {
        for (String code : new String[] { event.code(), event.errorCode(), event.innerCode() }) {
            Optional<SymptomDescriptor> known = catalogue.byCode(code);
            if (known.isPresent()) {
                return Optional.of(known.get().code() + ": " + known.get().meaning() + " Points to "
                        + String.join(", ", known.get().causes()) + ".");
            }
        }
        return Optional.empty();
    }
}
