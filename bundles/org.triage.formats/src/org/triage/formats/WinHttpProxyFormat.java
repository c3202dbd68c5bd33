package org.triage.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
 *
 * <p>netsh prints all of it in the display language of Windows ({@code Aktuelle WinHTTP-Proxyeinstellungen:},
 * {@code 直接アクセス (プロキシ サーバーなし)。}). The reader goes by structure: the title is the line naming
 * WinHTTP and ending with a colon; an unlabelled line after it is the direct-access line; the labelled
 * lines are the proxy servers and then the bypass list, recognised by their labels where the reader knows
 * them ({@link #VOCABULARY}) and otherwise by their order, which is reported as a problem. A bypass list
 * of one word in parentheses ({@code (none)}, {@code (keine)}, {@code (なし)}) is empty.
 */
public final class WinHttpProxyFormat {

    public static final String HEADER = "Current WinHTTP proxy settings:";
    public static final String DIRECT_ACCESS = "Direct access (no proxy server).";
    public static final String PROXY_SERVERS = "Proxy Server(s)";
    public static final String BYPASS_LIST = "Bypass List";
    private static final int NAME_WIDTH = 16;
    private static final Pattern NONE = Pattern.compile("^\\(\\s*[\\p{L}\\p{M} ]+\\s*\\)$");

    private static final Set<String> SERVER_LABELS = lower(PROXY_SERVERS, "Proxyserver", "Proxyserver(s)",
            "Serveur(s) proxy", "Serveurs proxy", "Servidor(es) proxy", "Servidores proxy", "Server proxy",
            "Serwery proxy", "Serwer(y) proxy", "Прокси-сервер(ы)", "Прокси-серверы", "プロキシ サーバー", "代理服务器",
            "프록시 서버");
    private static final Set<String> BYPASS_LABELS = lower(BYPASS_LIST, "Umgehungsliste", "Liste de contournement",
            "Lista de omisión", "Lista di bypass", "Elenco bypass", "Lista de Desvio", "Lista de desvios",
            "Lijst met uitzonderingen", "Lista obejść", "Lista pomijania", "Список обхода", "バイパス一覧", "绕过列表",
            "무시 목록");

    /** Every word the reader knows, for telling apart the console code pages a file may be in. */
    public static final Set<String> VOCABULARY = vocabulary();

    private WinHttpProxyFormat() {
    }

    public static WinHttpProxy parse(byte[] bytes) {
        return parse(TextLines.linesOf(bytes, VOCABULARY));
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
        Map<String, Integer> settingLines = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            int number = i + 1;
            if (text.isEmpty()) {
                continue;
            }
            int colon = TextLines.labelSeparator(text);
            if (!sawHeader && isHeader(text)) {
                sawHeader = true;
            } else if (text.toLowerCase(Locale.ROOT).startsWith("direct access")
                    || sawHeader && colon < 0 && settings.isEmpty() && !direct && !TextLines.looksBinary(text)) {
                direct = true;
            } else if (colon > 0 && !text.substring(0, colon).contains("//")) {
                String name = text.substring(0, colon).strip();
                settings.put(name, text.substring(colon + 1).strip());
                settingLines.putIfAbsent(name, number);
            } else {
                unparsed.add(new UnparsedLine(number, lines.get(i)));
                problems.add(new ParseProblem(number, TextLines.looksBinary(text)
                        ? "control characters in the text; binary data?"
                        : "not a netsh winhttp show proxy line, kept as is: " + TextLines.excerpt(text)));
            }
        }
        String serverName = named(settings, SERVER_LABELS);
        String bypassName = named(settings, BYPASS_LABELS);
        List<String> unknown = settings.keySet().stream().filter(n -> !n.equals(serverName) && !n.equals(bypassName)
                && !isAutoConfig(n)).toList();
        if (sawHeader && !direct && serverName == null && !unknown.isEmpty()) {
            String byPlace = unknown.get(0);
            String bypassByPlace = bypassName == null && unknown.size() > 1 ? unknown.get(1) : null;
            problems.add(new ParseProblem(settingLines.get(byPlace), "labels in a language this reader does not know ('"
                    + byPlace + "'" + (bypassByPlace == null ? "" : ", '" + bypassByPlace + "'")
                    + "): read by their order as proxy servers and bypass list; expected '" + PROXY_SERVERS + "' and '"
                    + BYPASS_LIST + "'"));
            return result(lines, problems, unparsed, sawHeader, direct, settings, byPlace,
                    bypassName != null ? bypassName : bypassByPlace);
        }
        return result(lines, problems, unparsed, sawHeader, direct, settings, serverName, bypassName);
    }

    private static WinHttpProxy result(List<String> lines, List<ParseProblem> problems, List<UnparsedLine> unparsed,
            boolean sawHeader, boolean direct, Map<String, String> settings, String serverName, String bypassName) {
        List<String> servers = splitList(serverName == null ? null : settings.get(serverName));
        List<String> bypass = splitList(bypassName == null ? null : settings.get(bypassName));
        Optional<String> autoConfig = settings.entrySet().stream().filter(e -> isAutoConfig(e.getKey()))
                .map(Map.Entry::getValue).filter(v -> !v.isEmpty() && !NONE.matcher(v).matches()).findFirst();
        boolean recognised = sawHeader || direct || serverName != null && SERVER_LABELS.contains(key(serverName));
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
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

    /** {@code Current WinHTTP proxy settings:}, {@code Paramètres de proxy WinHTTP actuels :}, {@code 現在の WinHTTP プロキシ設定:}. */
    private static boolean isHeader(String text) {
        if (!text.contains("WinHTTP") || !(text.endsWith(":") || text.endsWith("\uFF1A"))) {
            return false;
        }
        String body = text.substring(0, text.length() - 1);
        return body.indexOf(':') < 0 && body.indexOf('\uFF1A') < 0;
    }

    private static boolean isAutoConfig(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").contains("autoconfig");
    }

    private static String named(Map<String, String> settings, Set<String> labels) {
        return settings.keySet().stream().filter(name -> labels.contains(key(name))).findFirst().orElse(null);
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Set<String> lower(String... labels) {
        return Arrays.stream(labels).map(WinHttpProxyFormat::key).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>(SERVER_LABELS);
        words.addAll(BYPASS_LABELS);
        words.addAll(List.of("Aktuelle WinHTTP-Proxyeinstellungen", "Paramètres de proxy WinHTTP actuels",
                "Configuración actual del proxy WinHTTP", "Impostazioni proxy WinHTTP correnti",
                "Configurações atuais de proxy WinHTTP", "Huidige WinHTTP-proxyinstellingen",
                "Bieżące ustawienia serwera proxy WinHTTP", "Текущие параметры прокси-сервера WinHTTP",
                "現在の WinHTTP プロキシ設定", "当前的 WinHTTP 代理服务器设置", "현재 WinHTTP 프록시 설정",
                "直接アクセス (プロキシ サーバーなし)", "直接访问(没有代理服务器)", "Direkter Zugriff (kein Proxyserver)",
                "Accès direct (pas de serveur proxy)", "Acceso directo (sin servidor proxy)",
                "Прямой доступ (без прокси-сервера)", "직접 액세스(프록시 서버 없음)"));
        return Set.copyOf(words);
    }

    /** Entries of a {@code ;}-separated list; none for blank text or {@code (none)}. */
    static List<String> splitList(String value) {
        if (value == null || value.isBlank() || NONE.matcher(value.strip()).matches()) {
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
