package org.triage.formats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parsed {@code netsh winhttp show proxy}.
 *
 * @param direct        whether WinHTTP goes direct ({@code Direct access (no proxy server).})
 * @param proxyServers  the entries of {@code Proxy Server(s)}, split at {@code ;}, e.g.
 *                      {@code proxy:8080} or {@code http=proxy:80}
 * @param bypassList    the entries of {@code Bypass List}, split at {@code ;}; empty for {@code (none)}
 * @param autoConfigUrl a PAC address, where the output names one
 * @param settings      every {@code name : value} line, trimmed, in printed order
 */
public record WinHttpProxy(boolean direct, List<String> proxyServers, List<String> bypassList,
        Optional<String> autoConfigUrl, Map<String, String> settings, List<UnparsedLine> unparsedLines,
        List<ParseProblem> problems, boolean recognised) implements FormatResult {

    public WinHttpProxy {
        proxyServers = List.copyOf(proxyServers);
        bypassList = List.copyOf(bypassList);
        autoConfigUrl = autoConfigUrl == null ? Optional.empty() : autoConfigUrl;
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        unparsedLines = List.copyOf(unparsedLines);
        problems = List.copyOf(problems);
    }

    public static WinHttpProxy directAccess() {
        return new WinHttpProxy(true, List.of(), List.of(), Optional.empty(), Map.of(), List.of(), List.of(), true);
    }

    /**
     * What {@code netsh winhttp set proxy servers bypass} leaves, for demo data.
     *
     * @param servers {@code proxy:8080} or {@code http=proxy:80;https=proxy:443}
     * @param bypass  {@code <local>;*.contoso.com}, or null or blank for none
     */
    public static WinHttpProxy proxy(String servers, String bypass) {
        List<String> serverList = WinHttpProxyFormat.splitList(servers);
        List<String> bypassList = WinHttpProxyFormat.splitList(bypass);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(WinHttpProxyFormat.PROXY_SERVERS, String.join(";", serverList));
        settings.put(WinHttpProxyFormat.BYPASS_LIST, bypassList.isEmpty() ? "(none)" : String.join(";", bypassList));
        return new WinHttpProxy(false, serverList, bypassList, Optional.empty(), settings, List.of(), List.of(), true);
    }
}
