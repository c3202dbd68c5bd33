package org.triage.formats.readings;

import java.util.ArrayList;
import java.util.List;

import org.triage.core.target.ClockReading;
import org.triage.core.target.Evidence;
import org.triage.core.target.Reading;
import org.triage.core.target.TlsSettings;
import org.triage.formats.ClockJson;
import org.triage.formats.ClockJsonFormat;
import org.triage.formats.TlsSettingsFormat;
import org.triage.formats.TlsSettingsJson;
import org.triage.formats.W32tmStatus;
import org.triage.formats.W32tmStatusFormat;

/** The TLS settings and the clock, from the outputs a target collected ({@code tls-settings.json}, {@code clock.json}, {@code w32tm-status.txt}). */
public final class TlsClockReadings {

    private TlsClockReadings() {
    }

    /** {@code tls-settings.json}; a cipher suite list that could not be read is a problem, and stays unknown. */
    public static Reading<TlsSettings> tlsSettings(RawOutput raw) {
        Reading<TlsSettingsJson> read = WindowsReadings.read(raw, SnapshotFile.TLS_SETTINGS, TlsSettingsFormat::parse,
                json -> json, "tls-settings.json");
        if (read.kind() != Reading.Kind.VALUE) {
            return new Reading<>(read.kind(), null, read.message(), read.evidence(), read.problems());
        }
        List<String> problems = new ArrayList<>(read.problems());
        read.value().cipherSuitesError().ifPresent(error -> problems.add(raw.name()
                + ": Get-TlsCipherSuite failed, so the enabled cipher suites are not known: " + error));
        return Reading.of(read.value().settings(), read.evidence(), problems);
    }

    /**
     * The clock against the reference ({@code clock.json}) and the time service ({@code w32tm /query /status}); either
     * output may be missing ({@code null}) or unreadable, and what the other tells still stands. Both missing is
     * unsupported; both unreadable is a failed reading.
     */
    public static Reading<ClockReading> clock(RawOutput clockJson, RawOutput w32tmStatus) {
        if (clockJson == null && w32tmStatus == null) {
            return Reading.unsupported("neither the clock against a reference nor w32tm /query /status was collected");
        }
        List<Evidence> evidence = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        ClockJson clock = null;
        if (clockJson != null) {
            Reading<ClockJson> read = WindowsReadings.read(clockJson, SnapshotFile.CLOCK_JSON, ClockJsonFormat::parse,
                    json -> json, "clock.json");
            evidence.addAll(read.evidence());
            problems.addAll(read.problems());
            if (read.kind() == Reading.Kind.VALUE) {
                clock = read.value();
                ClockJson known = clock;
                clock.referenceError().ifPresent(error -> problems.add(clockJson.name() + ": no Date header from "
                        + known.reference() + ": " + error));
            } else {
                failures.add(read.message());
            }
        } else {
            problems.add("the clock was not compared with a reference (no " + SnapshotFile.CLOCK_JSON.fileName() + ")");
        }
        ClockReading.TimeService service = null;
        if (w32tmStatus != null) {
            Reading<W32tmStatus> read = WindowsReadings.read(w32tmStatus, SnapshotFile.W32TM_STATUS,
                    W32tmStatusFormat::parse, status -> status, "w32tm /query /status output",
                    W32tmStatusFormat.VOCABULARY);
            evidence.addAll(read.evidence());
            problems.addAll(read.problems());
            if (read.kind() == Reading.Kind.VALUE) {
                W32tmStatus status = read.value();
                service = new ClockReading.TimeService(status.source().orElse(null),
                        status.lastSuccessfulSync().orElse(null), status.neverSynchronized(),
                        status.leapIndicator().orElse(null), status.stratum().orElse(null),
                        status.phaseOffsetSeconds().orElse(null),
                        status.serviceError().or(status::lastSyncError).orElse(null));
            } else {
                failures.add(read.message());
            }
        }
        if (clock == null && service == null) {
            return Reading.failed(String.join("; ", failures), evidence);
        }
        failures.forEach(problems::add);
        return Reading.of(new ClockReading(clock == null ? null : clock.localTime(),
                clock == null ? null : clock.referenceDate().orElse(null),
                clock == null ? null : clock.reference() + " (Date header)", service), evidence, problems);
    }
}
