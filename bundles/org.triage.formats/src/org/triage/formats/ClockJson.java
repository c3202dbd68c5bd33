package org.triage.formats;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * {@code clock.json} as read: the workstation's clock around the moment it read the reference's {@code Date} header.
 *
 * @param localOffset   the workstation's UTC offset then (its time zone), where given
 * @param utcBefore     the clock (UTC) just before the request
 * @param utcAfter      the clock (UTC) when the answer had come
 * @param referenceDate the {@code Date} header of the answer; empty where there was none
 * @param referenceError why no Date header was read, where none was
 */
public record ClockJson(Optional<ZoneOffset> localOffset, Instant utcBefore, Instant utcAfter, String reference,
        Optional<Instant> referenceDate, Optional<String> referenceError, List<ParseProblem> problems,
        boolean recognised) implements FormatResult {

    public ClockJson {
        problems = List.copyOf(problems);
    }

    /** The clock when the answer was sent: midway between the request and the answer. */
    public Instant localTime() {
        return utcBefore.plus(Duration.between(utcBefore, utcAfter).dividedBy(2));
    }
}
