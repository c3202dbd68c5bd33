package org.triage.formats;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Parsed RasClient dial events, newest first. */
public record RasDialEventList(List<RasDialEvent> events, List<ParseProblem> problems, boolean recognised)
        implements FormatResult {

    public RasDialEventList {
        events = events.stream().sorted(Comparator.comparing(RasDialEvent::timeCreated).reversed()).toList();
        problems = List.copyOf(problems);
    }

    /**
     * When the newest dial of {@code profile} started: the start of its current session where it is connected.
     * Messages are matched by the profile names they contain, whatever the machine's language; a message that
     * contains several of {@code profiles} belongs to the longest name, so "Contoso VPN (backup)" is not taken
     * for "Contoso VPN".
     */
    public Optional<Instant> lastDialOf(String profile, Collection<String> profiles) {
        return events.stream().filter(event -> profile.equals(profileOf(event, profiles))).findFirst()
                .map(RasDialEvent::timeCreated);
    }

    private static String profileOf(RasDialEvent event, Collection<String> profiles) {
        String message = event.message().toLowerCase(Locale.ROOT);
        return profiles.stream().filter(name -> !name.isBlank() && message.contains(name.toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }
}
