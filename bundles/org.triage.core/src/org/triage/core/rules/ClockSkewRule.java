package org.triage.core.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.triage.core.probe.ClockProbe;
import org.triage.core.probe.EndpointsProbe;
import org.triage.core.session.Facts;
import org.triage.core.target.ClockReading;
import org.triage.model.NumberFact;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/**
 * Entra ID's tokens carry their validity in time, and Kerberos refuses a clock more than five minutes off (MS-KILE
 * 1.5: "the recommended acceptable clock skew is five minutes"; the identity libraries' default clock skew is 300
 * seconds). A workstation whose clock differs from Microsoft's by more than that cannot get or use a token. The
 * offset is measured against the {@code Date} header of a sign-in endpoint: by the target's own clock reading, and
 * by each live endpoint test that got an answer. The largest offset decides.
 */
public final class ClockSkewRule implements Rule {

    @Override
    public String id() {
        return "clock-skew";
    }

    @Override
    public List<String> reads() {
        return List.of(ClockProbe.ID);
    }

    private record Offset(long seconds, String against, Observation observation) {
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        List<Offset> offsets = new ArrayList<>();
        Observation clock = latest.get(ClockProbe.ID);
        if (clock != null) {
            seconds(clock.getFacts(), ClockProbe.OFFSET_SECONDS).ifPresent(seconds -> offsets.add(new Offset(seconds,
                    Facts.textOf(clock, "Reference").orElse("the reference"), clock)));
        }
        Observation endpoints = latest.get(EndpointsProbe.ID);
        if (endpoints != null) {
            for (RecordFact check : Facts.recordsOf(endpoints, "checks")) {
                seconds(check.getFields(), ClockProbe.OFFSET_SECONDS).ifPresent(seconds -> offsets.add(new Offset(
                        seconds, "https://" + Facts.textOf(check.getFields(), "ComputerName").orElse("?")
                                + "/ (Date header)", endpoints)));
            }
        }
        Optional<Offset> largest = offsets.stream().max((a, b) -> Long.compare(Math.abs(a.seconds()),
                Math.abs(b.seconds())));
        if (largest.isEmpty() || Math.abs(largest.get().seconds()) <= ClockReading.TOLERATED_SKEW.toSeconds()) {
            return List.of();
        }
        Offset skew = largest.get();
        List<Observation> evidence = offsets.stream().filter(o -> Math.abs(o.seconds())
                > ClockReading.TOLERATED_SKEW.toSeconds()).map(Offset::observation).distinct().toList();
        String service = clock == null ? "" : Facts.textOf(clock, "Source").map(source -> "; the Windows Time service's"
                + " source is " + source + (Facts.boolOf(clock.getFacts(), "NeverSynchronized").orElse(false)
                        ? " and it has never synchronised" : "")).orElse("");
        return List.of(new FindingDraft(Causes.CLOCK_SKEW, Severity.ERROR, "the clock is "
                + ClockProbe.describe(Duration.ofSeconds(skew.seconds())) + " " + skew.against() + ", more than the "
                + ClockReading.TOLERATED_SKEW.toMinutes() + " minutes Entra ID and Kerberos tolerate" + service, id(),
                evidence));
    }

    private static Optional<Long> seconds(List<? extends org.triage.model.Fact> facts, String name) {
        return Facts.find(facts, name).filter(NumberFact.class::isInstance).map(fact -> ((NumberFact) fact).getValue())
                .filter(value -> value != null).map(value -> value.longValue());
    }
}
