package org.triage.formats;

import java.util.Comparator;
import java.util.List;

/** Parsed {@code Microsoft-Windows-AAD/Operational} events, newest first. */
public record AadOperationalEventList(List<AadOperationalEvent> events, List<ParseProblem> problems, boolean recognised)
        implements FormatResult {

    public AadOperationalEventList {
        events = events.stream().sorted(Comparator.comparing(AadOperationalEvent::timeCreated).reversed()).toList();
        problems = List.copyOf(problems);
    }

    /** The events that report a failed token request. */
    public List<AadOperationalEvent> failures() {
        return events.stream().filter(AadOperationalEvent::failure).toList();
    }
}
