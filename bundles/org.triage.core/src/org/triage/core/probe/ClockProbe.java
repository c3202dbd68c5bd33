package org.triage.core.probe;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.session.Facts;
import org.triage.core.target.ClockReading;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;

/**
 * The workstation's clock against a reference (a Microsoft sign-in endpoint's {@code Date} header) and what the
 * Windows Time service says of itself ({@code w32tm /query /status}).
 */
public final class ClockProbe implements Probe {

    public static final String ID = "endpoints.clock";
    /** How far the clock is ahead of the reference, in seconds (negative: behind). */
    public static final String OFFSET_SECONDS = "ClockOffsetSeconds";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String view() {
        return "endpoints";
    }

    @Override
    public Observation run(Target target, IProgressMonitor monitor) {
        ObservationBuilder observation = new ObservationBuilder(this);
        Reading<ClockReading> reading = target.clock(monitor);
        if (!observation.accept(reading)) {
            return observation.build();
        }
        ClockReading clock = reading.value();
        Facts.optional("LocalTime", clock.localTime()).ifPresent(observation::fact);
        Facts.optional("ReferenceTime", clock.referenceTime()).ifPresent(observation::fact);
        Facts.optional("Reference", clock.reference()).ifPresent(observation::fact);
        Duration offset = clock.offset();
        Facts.optional(OFFSET_SECONDS, offset == null ? null : offset.toSeconds()).ifPresent(observation::fact);
        ClockReading.TimeService service = clock.service();
        if (service != null) {
            Facts.optional("Source", service.source()).ifPresent(observation::fact);
            Facts.optional("LastSuccessfulSyncTime", service.lastSuccessfulSync()).ifPresent(observation::fact);
            observation.fact(Facts.bool("NeverSynchronized", service.neverSynchronized()));
            Facts.optional("LeapIndicator", service.leapIndicator()).ifPresent(observation::fact);
            Facts.optional("Stratum", service.stratum()).ifPresent(observation::fact);
            Facts.optional("PhaseOffset", service.phaseOffsetSeconds() == null ? null
                    : service.phaseOffsetSeconds() + "s").ifPresent(observation::fact);
            Facts.optional("LastSyncError", service.lastSyncError()).ifPresent(observation::fact);
        }
        StringBuilder summary = new StringBuilder();
        if (offset == null) {
            summary.append("the clock was not compared with a reference");
        } else {
            summary.append("the clock is ").append(describe(offset)).append(" ").append(clock.reference());
            if (offset.abs().compareTo(ClockReading.TOLERATED_SKEW) > 0) {
                observation.atLeast(ObservationStatus.FAILED);
                summary.append(", more than the ").append(ClockReading.TOLERATED_SKEW.toMinutes())
                        .append(" min Entra ID tolerates");
            }
        }
        if (service != null) {
            summary.append("; time source ").append(service.source() == null ? "not named" : service.source());
            if (service.neverSynchronized()) {
                observation.atLeast(ObservationStatus.WARNING);
                summary.append(", never synchronised");
            }
        }
        return observation.summary(summary.toString()).build();
    }

    /** {@code 23 min 5 s ahead of}, {@code 2 s behind}, {@code in step with}. */
    public static String describe(Duration offset) {
        long seconds = Math.abs(offset.toSeconds());
        if (seconds == 0) {
            return "in step with";
        }
        String amount = (seconds >= 3600 ? seconds / 3600 + " h " : "") + (seconds >= 60 ? (seconds % 3600) / 60
                + " min " : "") + seconds % 60 + " s";
        return amount + (offset.isNegative() ? " behind" : " ahead of");
    }
}
