package org.triage.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of Cisco Secure Client's (AnyConnect's) {@code vpncli.exe stats} ({@code vpn stats} on macOS and
 * Linux, same layout):
 * <pre>
 *   &gt;&gt; state: Connected
 * VPN&gt;
 *
 * [ Connection Information ]
 *
 *     Connection State:            Connected
 *     Tunnel Mode (IPv4):          Split Exclude
 *     ...
 * [ Address Information ]
 *
 *     Server Address:              203.0.113.10
 * ...
 * [ Secured Routes (IPv4) ]
 *
 *     Network                                Subnet             Host(s)
 *     10.0.0.0                               8
 * </pre>
 * The banner, copyright, {@code >>} notices and {@code VPN>} prompt before the first section are the CLI's own
 * chatter; only the last {@code >> state:} is kept, for output whose sections are missing. Inside a section every
 * line is {@code label: value}; inside a route section, a header and then one network and prefix length a line. Any
 * other line is kept and reported with its number. Never throws.
 */
public final class AnyConnectStatsFormat {

    public static final String CONNECTION_INFORMATION = "Connection Information";
    public static final String ADDRESS_INFORMATION = "Address Information";
    private static final Pattern SECTION = Pattern.compile("^\\[\\s*(.+?)\\s*\\]$");
    private static final Pattern STATE_NOTICE = Pattern.compile("^>>\\s*state:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROUTE = Pattern.compile("^(\\S+)\\s+(\\d{1,3})(?:\\s+.*)?$");
    private static final String NOT_AVAILABLE = "Not Available";

    private AnyConnectStatsFormat() {
    }

    public static AnyConnectStats parse(byte[] bytes) {
        return parse(TextLines.linesOf(bytes));
    }

    public static AnyConnectStats parse(String text) {
        return parse(TextLines.linesOf(text));
    }

    public static AnyConnectStats parse(List<String> lines) {
        List<ParseProblem> problems = new ArrayList<>();
        List<UnparsedLine> unparsed = new ArrayList<>();
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        Map<String, List<String>> routes = new LinkedHashMap<>();
        if (TextLines.allBlank(lines)) {
            problems.add(new ParseProblem(1, "input is empty"));
            return result(fields, routes, Optional.empty(), unparsed, problems, false);
        }
        String section = null;
        Optional<String> lastNotice = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            int number = i + 1;
            if (text.isEmpty()) {
                continue;
            }
            Matcher header = SECTION.matcher(text);
            if (header.matches()) {
                section = header.group(1);
                if (isRouteSection(section)) {
                    routes.putIfAbsent(section, new ArrayList<>());
                } else {
                    fields.putIfAbsent(section, new LinkedHashMap<>());
                }
                continue;
            }
            if (TextLines.looksBinary(text)) {
                unparsed.add(new UnparsedLine(number, lines.get(i)));
                problems.add(new ParseProblem(number, "control characters in the text; binary data?"));
                continue;
            }
            if (section == null) {
                Matcher notice = STATE_NOTICE.matcher(text);
                if (notice.matches()) {
                    lastNotice = Optional.of(notice.group(1).strip());
                }
                continue; // banner, copyright, notices, prompt
            }
            if (routes.containsKey(section)) {
                Matcher route = ROUTE.matcher(text);
                if (route.matches()) {
                    routes.get(section).add(route.group(1) + "/" + route.group(2));
                } else if (!text.toLowerCase(Locale.ROOT).startsWith("network")) {
                    unparsed.add(new UnparsedLine(number, lines.get(i)));
                    problems.add(new ParseProblem(number, "not a network and prefix length in [ " + section
                            + " ], kept as is: " + TextLines.excerpt(text)));
                }
                continue;
            }
            int colon = TextLines.labelSeparator(text);
            if (colon > 0) {
                fields.get(section).putIfAbsent(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
            } else {
                unparsed.add(new UnparsedLine(number, lines.get(i)));
                problems.add(new ParseProblem(number, "not a 'label: value' line in [ " + section + " ], kept as is: "
                        + TextLines.excerpt(text)));
            }
        }
        boolean recognised = fields.containsKey(CONNECTION_INFORMATION);
        if (!recognised) {
            problems.add(0, new ParseProblem(TextLines.firstNonBlankLine(lines),
                    "not vpncli stats output: no '[ " + CONNECTION_INFORMATION + " ]' section"));
        } else if (!fields.get(CONNECTION_INFORMATION).containsKey("Connection State")) {
            problems.add(new ParseProblem(lines.size(), "no 'Connection State' line; output cut short?"));
        }
        return result(fields, routes, lastNotice, unparsed, problems, recognised);
    }

    private static AnyConnectStats result(Map<String, Map<String, String>> fields, Map<String, List<String>> routes,
            Optional<String> lastNotice, List<UnparsedLine> unparsed, List<ParseProblem> problems, boolean recognised) {
        Optional<String> state = value(fields, CONNECTION_INFORMATION, "Connection State");
        return new AnyConnectStats(state.isPresent() ? state : lastNotice.filter(s -> !s.equalsIgnoreCase("Unknown")),
                value(fields, CONNECTION_INFORMATION, "Tunnel Mode (IPv4)"),
                value(fields, CONNECTION_INFORMATION, "Tunnel Mode (IPv6)"),
                value(fields, ADDRESS_INFORMATION, "Server Address"),
                value(fields, ADDRESS_INFORMATION, "Client Address (IPv4)"),
                routes.getOrDefault("Secured Routes (IPv4)", List.of()),
                routes.getOrDefault("Secured Routes (IPv6)", List.of()),
                routes.getOrDefault("Non-Secured Routes (IPv4)", List.of()),
                fields, unparsed, problems, recognised);
    }

    private static Optional<String> value(Map<String, Map<String, String>> fields, String section, String label) {
        return Optional.ofNullable(fields.getOrDefault(section, Map.of()).get(label))
                .filter(v -> !v.isEmpty() && !v.equalsIgnoreCase(NOT_AVAILABLE));
    }

    private static boolean isRouteSection(String section) {
        return section.toLowerCase(Locale.ROOT).contains("routes (ipv");
    }
}
