package org.triage.formats.readings;

import java.util.List;

import org.triage.core.target.Reading;
import org.triage.core.target.TokenBrokerEvent;
import org.triage.formats.AadOperationalEvent;
import org.triage.formats.AadOperationalEventList;
import org.triage.formats.AadOperationalEventsFormat;

/** The token broker's failed requests, from the {@code Microsoft-Windows-AAD/Operational} events a target collected. */
public final class TokenBrokerReadings {

    private TokenBrokerReadings() {
    }

    public static Reading<List<TokenBrokerEvent>> tokenBrokerEvents(RawOutput raw) {
        return WindowsReadings.read(raw, SnapshotFile.AAD_OPERATIONAL_EVENTS, AadOperationalEventsFormat::parse,
                TokenBrokerReadings::failures,
                AadOperationalEventsFormat.LOG_NAME + " events");
    }

    /** The failed requests among the events, each with the code that says most about it. */
    public static List<TokenBrokerEvent> failures(AadOperationalEventList list) {
        return list.failures().stream().map(TokenBrokerReadings::event).toList();
    }

    private static TokenBrokerEvent event(AadOperationalEvent event) {
        return new TokenBrokerEvent(event.timeCreated(), event.id(), event.failureCode().orElseThrow(),
                event.errorCode().orElse(null), event.innerErrorCode().orElse(null), event.operation().orElse(null),
                event.app().orElse(null), event.correlationId().orElse(null), event.message());
    }
}
