package org.triage.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the output of {@code netsh winhttp show proxy}:
 * <pre>
 * Current WinHTTP proxy settings:
 *
 *     Direct access (no proxy server).
 * </pre>
 * or {@code Proxy Server(s) :  proxy:8080} and {@code Bypass List     :  <local>;*.contoso.com}.
 * Further {@code name : value} lines that newer builds print (such as an auto-config URL) are kept
 * in {@link WinHttpProxy#settings()}.
 */
public final class WinHttpProxyFormat {

    public static final String HEADER = "Current WinHTTP proxy settings:";
    public static final String DIRECT_ACCESS = "Direct access (no proxy server).";
    public static final String PROXY_SERVERS = "Proxy Server(s)";
    public static final String BYPASS_LIST = "Bypass List";
    private static final int NAME_WIDTH = 16;

    private WinHttpProxyFormat() {
    }

    public static WinHttpProxy parse(byte[] bytes) {
        return parse(TextLines.linesOf(bytes));
    }

    public static WinHttpProxy parse(String text) {
        return parse(TextLines.linesOf(text));
    }

    public static WinHttpProxy parse(List<String> lines) {
        List<ParseProblem> problems = new ArrayList<>();
        List<UnparsedLine> unparsed = new ArrayList<>();
        if (TextLines.allBlank(lines)) {
            problems.add(new ParseProblem(1, "input is empty"));
            return new WinHttpProxy(false, List.of(), List.of(), Optional.empty(), Map.of(), List.of(), problems, false);
        }
        boolean sawHeader = false;
        boolean direct = false;
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            int number = i + 1;
            if (text.isEmpty()) {
                continue;
            }
            int colon = text.indexOf(':');
            if (text.equalsIgnoreCase(HEADER)) {
                sawHeader = true;
            } else if (text.toLowerCase(Locale.ROOT).startsWith("direct access")) {
                direct = true;
            } else if (colon > 0 && !text.substring(0, colon).contains("//") && (!text.endsWith(":") || text.endsWith(" :"))) {
                settings.put(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
            } else {
                unparsed.add(new UnparsedLine(number, lines.get(i)));
                problems.add(new ParseProblem(number, TextLines.looksBinary(text)
                        ? "control characters in the text; binary data?"
                        : "not a netsh winhttp show proxy line, kept as is: " + TextLines.excerpt(text)));
            }
        }
        List<String> servers = splitList(find(settings, PROXY_SERVERS));
        List<String> bypass = splitList(find(settings, BYPASS_LIST));
        Optional<String> autoConfig = settings.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").contains("autoconfig"))
                .map(Map.Entry::getValue).filter(v -> !v.isEmpty() && !v.equals("(none)")).findFirst();
        boolean recognised = sawHeader || direct || !servers.isEmpty() || find(settings, PROXY_SERVERS) != null;
        if (!recognised) {
            problems.add(0, new ParseProblem(TextLines.firstNonBlankLine(lines),
                    "not netsh winhttp show proxy output: no '" + HEADER + "' line, no direct access line "
                            + "and no 'Proxy Server(s)' line"));
        } else if (!direct && servers.isEmpty() && autoConfig.isEmpty()) {
            problems.add(new ParseProblem(lines.size(), "neither direct access nor a proxy server is listed; output cut short?"));
        }
        return new WinHttpProxy(direct && servers.isEmpty(), servers, bypass, autoConfig, settings, unparsed, problems,
                recognised);
    }

    private static String find(Map<String, String> settings, String name) {
        return settings.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Entries of a {@code ;}-separated list; none for blank text or {@code (none)}. */
    static List<String> splitList(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("(none)")) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Writes {@code proxy} as netsh prints it: an empty line, the header, an empty line, then
     * the direct-access line or the settings, names padded to 16 columns and two spaces after
     * the colon. Lines end with CRLF.
     */
    public static String render(WinHttpProxy proxy) {
        StringBuilder out = new StringBuilder("\r\n").append(HEADER).append("\r\n\r\n");
        if (proxy.direct() || (proxy.proxyServers().isEmpty() && proxy.settings().isEmpty())) {
            out.append("    ").append(DIRECT_ACCESS).append("\r\n");
        } else {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put(PROXY_SERVERS, String.join(";", proxy.proxyServers()));
            settings.put(BYPASS_LIST, proxy.bypassList().isEmpty() ? "(none)" : String.join(";", proxy.bypassList()));
            proxy.settings().forEach((k, v) -> {
                if (!k.equalsIgnoreCase(PROXY_SERVERS) && !k.equalsIgnoreCase(BYPASS_LIST)) {
                    settings.put(k, v);
                }
            });
            settings.forEach((k, v) -> out.append("    ").append(padRight(k)).append(":  ").append(v).append("\r\n"));
        }
        out.append("\r\n");
        return out.toString();
    }

    private static String padRight(String name) {
        return name.length() >= NAME_WIDTH ? name + " " : name + " ".repeat(NAME_WIDTH - name.length());
    }
}
