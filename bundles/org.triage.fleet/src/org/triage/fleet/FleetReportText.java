package org.triage.fleet;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The fleet report for people: the causes, each broken down by the grouping facts, and the top combinations. */
public final class FleetReportText {

    /** Values shown per cause and dimension; the rest are summed up as "others". */
    private static final int SHOWN = 5;

    private FleetReportText() {
    }

    public static String write(FleetReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Fleet report (").append(report.database()).append(")");
        if (report.since() != null) {
            text.append(", newest snapshots collected since ").append(report.since());
        }
        text.append('\n');
        text.append(report.devices()).append(" device(s)");
        if (report.unreadable() > 0) {
            text.append("; ").append(report.unreadable())
                    .append(" file(s) recorded as unreadable ('triage fleet unreadable' lists them)");
        }
        text.append("\n\n");
        if (report.causes().isEmpty()) {
            text.append("No cause found on any device.\n");
            return text.toString();
        }
        text.append("Devices affected by each cause\n");
        for (FleetReport.CauseCount cause : report.causes()) {
            text.append(String.format(Locale.ROOT, "  %-28s %6d  %s%n", cause.causeId(), cause.devices(),
                    percent(cause.devices(), report.devices())));
        }
        for (FleetReport.CauseCount cause : report.causes()) {
            text.append('\n').append(cause.causeId()).append(" (").append(cause.devices()).append(" device(s))\n");
            for (Dimension dimension : Dimension.values()) {
                List<FleetReport.CellCount> cells = report.breakdown(dimension, cause.causeId());
                if (cells.isEmpty()) {
                    continue;
                }
                text.append(String.format(Locale.ROOT, "  %-20s ", dimension.label()));
                List<String> parts = cells.stream().limit(SHOWN)
                        .map(cell -> value(cell.value()) + " " + cell.devices() + " ("
                                + percent(cell.devices(), cause.devices()) + ")")
                        .collect(Collectors.toList());
                int others = cells.stream().skip(SHOWN).mapToInt(FleetReport.CellCount::devices).sum();
                if (others > 0) {
                    parts.add("others " + others);
                }
                text.append(String.join(", ", parts)).append('\n');
            }
        }
        text.append("\nTop combinations\n");
        for (FleetReport.Combination combination : report.topCombinations()) {
            text.append(String.format(Locale.ROOT, "  %6d  %-28s %s%n", combination.devices(), combination.causeId(),
                    describe(combination.facts())));
        }
        return text.toString();
    }

    static String describe(Map<Dimension, String> facts) {
        return facts.entrySet().stream().map(entry -> entry.getKey().key() + "=" + value(entry.getValue()))
                .collect(Collectors.joining(" "));
    }

    static String value(String value) {
        return value == null ? "(unknown)" : value;
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }
}
