package org.triage.export.report;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

import org.triage.model.RawEvidence;

/**
 * What a report says about the export it is part of.
 *
 * @param redactions    how many values of each kind were redacted
 * @param evidenceFiles the file of each piece of raw evidence inside the export
 */
public record ReportContext(Instant exportedAt, String productVersion, boolean pseudonymized,
        Map<String, Integer> redactions, Map<RawEvidence, String> evidenceFiles) {

    public int redactionTotal() {
        return redactions.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "3 values (jwt 1, password 2)", or "nothing". */
    public String redactionSummary() {
        int total = redactionTotal();
        if (total == 0) {
            return "nothing needed redacting";
        }
        return total + (total == 1 ? " value" : " values") + " ("
                + redactions.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "))
                + ")";
    }

    /** ISO-8601 in UTC, the form every report uses; empty for no time. */
    static String time(Date date) {
        return date == null ? "" : date.toInstant().toString();
    }
}
