package org.triage.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code w32tm /query /status} (and {@code /verbose}), whose labels and some values are in the display language.
 * The status has a fixed order, which the Windows Time service's own status structure dictates (W32TIME_STATUS_INFO):
 * Leap Indicator, Stratum, Precision, Root Delay, Root Dispersion, ReferenceId, Last Successful Sync Time, Source,
 * Poll Interval, then with {@code /verbose} Phase Offset, ClockRate, State Machine, Time Source Flags, Server Role,
 * Last Sync Error and Time since Last Good Sync Time. Lines are read by that order; where the labels are ones it knows
 * (English, German) they confirm it, and otherwise a problem says that the lines were read by their order. A single
 * line instead of the status (the service is stopped) is the service's error.
 */
public final class W32tmStatusFormat {

    /** The labels of the first lines, in the languages the reader knows; they also pick the console code page. */
    public static final Set<String> VOCABULARY = Set.of("Leap Indicator", "Stratum", "Precision", "Root Delay",
            "Root Dispersion", "ReferenceId", "Last Successful Sync Time", "Source", "Poll Interval", "Phase Offset",
            "Last Sync Error", "Sprungindikator", "Präzision", "Stammverzögerung", "Stammabweichung", "Referenz-ID",
            "Letzte erfolgr. Synchronisierungszeit", "Quelle", "Abrufintervall");

    private static final List<List<String>> LABELS = List.of(List.of("Leap Indicator", "Sprungindikator"),
            List.of("Stratum"), List.of("Precision", "Präzision"), List.of("Root Delay", "Stammverzögerung"),
            List.of("Root Dispersion", "Stammabweichung"), List.of("ReferenceId", "Referenz-ID"),
            List.of("Last Successful Sync Time", "Letzte erfolgr. Synchronisierungszeit",
                    "Letzte erfolgreiche Synchronisierungszeit"),
            List.of("Source", "Quelle"), List.of("Poll Interval", "Abrufintervall"));
    private static final int LEAP = 0;
    private static final int STRATUM = 1;
    private static final int REFERENCE_ID = 5;
    private static final int LAST_SYNC = 6;
    private static final int SOURCE = 7;
    private static final int POLL = 8;
    private static final int PHASE_OFFSET = 9;
    private static final int LAST_SYNC_ERROR = 14;

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(-?\\d+)");
    private static final Pattern HEX = Pattern.compile("^0x([0-9A-Fa-f]{1,8})");
    private static final Pattern SECONDS = Pattern.compile("^(-?\\d+(?:[.,]\\d+)?)s$");

    private W32tmStatusFormat() {
    }

    public static W32tmStatus parse(byte[] bytes) {
        return parse(String.join("\n", TextLines.linesOf(bytes, VOCABULARY)));
    }

    private record Line(int number, String label, String value) {
    }

    public static W32tmStatus parse(String text) {
        List<String> lines = TextLines.linesOf(text == null ? "" : text);
        List<ParseProblem> problems = new ArrayList<>();
        List<Line> fields = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = TextLines.labelSeparator(line);
            if (colon < 0 || TextLines.looksBinary(line)) {
                others.add(i);
                continue;
            }
            fields.add(new Line(i + 1, line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        if (fields.size() < POLL + 1) {
            List<String> said = lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (said.size() == 1 && said.get(0).length() < 300 && !TextLines.looksBinary(said.get(0))
                    && said.get(0).matches("(?s).*\\(0x[0-9A-Fa-f]{8}\\)\\.?$")) {
                return new W32tmStatus(Optional.of(said.get(0)), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), problems, true);
            }
            problems.add(new ParseProblem(TextLines.firstNonBlankLine(lines), "not w32tm /query /status output: "
                    + (said.isEmpty() ? "it is empty" : "expected at least " + (POLL + 1) + " 'label: value' lines, found "
                            + fields.size())));
            return unrecognised(problems);
        }
        boolean known = true;
        for (int i = 0; i < LABELS.size(); i++) {
            String label = fields.get(i).label().toLowerCase(Locale.ROOT);
            known &= LABELS.get(i).stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).equals(label));
        }
        Optional<Integer> leap = number(fields.get(LEAP).value());
        Optional<Integer> stratum = number(fields.get(STRATUM).value());
        Matcher hex = HEX.matcher(fields.get(REFERENCE_ID).value());
        Optional<Long> reference = hex.find() ? Optional.of(Long.parseLong(hex.group(1), 16)) : Optional.empty();
        if (leap.isEmpty() || stratum.isEmpty() || reference.isEmpty()
                || !fields.get(POLL).value().matches("\\d+ \\(\\d+s\\)")) {
            problems.add(new ParseProblem(fields.get(0).number(), "not w32tm /query /status output: the lines are not "
                    + "in its order (leap indicator, stratum, ..., reference id, ..., poll interval)"));
            return unrecognised(problems);
        }
        if (!known) {
            problems.add(new ParseProblem(fields.get(0).number(), "the labels are in a language the reader does not "
                    + "know; the lines were read by their order"));
        }
        for (int i : others) {
            problems.add(new ParseProblem(i + 1, "not a 'label: value' line, kept as it is: "
                    + TextLines.excerpt(lines.get(i))));
        }
        Optional<Double> phase = Optional.empty();
        Optional<String> lastSyncError = Optional.empty();
        if (fields.size() > PHASE_OFFSET) {
            Matcher seconds = SECONDS.matcher(fields.get(PHASE_OFFSET).value());
            if (seconds.matches()) {
                phase = Optional.of(Double.parseDouble(seconds.group(1).replace(',', '.')));
            }
        }
        if (fields.size() > LAST_SYNC_ERROR && number(fields.get(LAST_SYNC_ERROR).value()).isPresent()) {
            lastSyncError = Optional.of(fields.get(LAST_SYNC_ERROR).value());
        }
        return new W32tmStatus(Optional.empty(), leap, stratum, reference, Optional.of(fields.get(LAST_SYNC).value()),
                Optional.of(fields.get(SOURCE).value()).filter(s -> !s.isEmpty()), phase, lastSyncError, problems, true);
    }

    private static Optional<Integer> number(String value) {
        Matcher m = LEADING_NUMBER.matcher(value);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static W32tmStatus unrecognised(List<ParseProblem> problems) {
        return new W32tmStatus(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), problems, false);
    }

    /** A status as Windows prints it in English, for the demo workstation. */
    public static String render(boolean synchronized_, String source, String lastSync, long referenceIp,
            double phaseOffsetSeconds) {
        String reference = synchronized_ ? String.format(Locale.ROOT, "0x%08X (source IP:  %d.%d.%d.%d)", referenceIp,
                (referenceIp >> 24) & 0xFF, (referenceIp >> 16) & 0xFF, (referenceIp >> 8) & 0xFF, referenceIp & 0xFF)
                : "0x00000000 (unspecified)";
        return "Leap Indicator: " + (synchronized_ ? "0(no warning)" : "3(not synchronized)") + "\r\n"
                + "Stratum: " + (synchronized_ ? "4 (secondary reference - syncd by (S)NTP)" : "0 (unspecified)") + "\r\n"
                + "Precision: -23 (119.209ns per tick)\r\n"
                + "Root Delay: " + (synchronized_ ? "0.0154902s" : "0.0000000s") + "\r\n"
                + "Root Dispersion: " + (synchronized_ ? "7.7773722s" : "0.0000000s") + "\r\n"
                + "ReferenceId: " + reference + "\r\n"
                + "Last Successful Sync Time: " + lastSync + "\r\n"
                + "Source: " + source + "\r\n"
                + "Poll Interval: 10 (1024s)\r\n"
                + "\r\n"
                + String.format(Locale.ROOT, "Phase Offset: %.7fs", phaseOffsetSeconds) + "\r\n"
                + "ClockRate: 0.0156250s\r\n"
                + "State Machine: " + (synchronized_ ? "1 (Hold)" : "0 (Unset)") + "\r\n"
                + "Time Source Flags: 0 (None)\r\n"
                + "Server Role: 0 (None)\r\n"
                + "Last Sync Error: " + (synchronized_ ? "0 (The command completed successfully.)"
                        : "1 (The computer did not resync because no time data was available.)") + "\r\n";
    }
}
