package org.triage.formats;

import java.util.List;
import java.util.Optional;

/**
 * Parsed {@code winhttp-proxy.json}: the machine's WinHTTP proxy from the registry, and the user's WinINET settings.
 *
 * @param winHttp           the decoded {@code WinHttpSettings}; empty where the value does not exist, which WinHTTP
 *                          reads as direct access
 * @param proxyEnable       the user's {@code ProxyEnable}
 * @param proxyServer       the user's {@code ProxyServer}
 * @param proxyOverride     the user's {@code ProxyOverride} (the bypass list)
 * @param autoConfigUrl     the user's {@code AutoConfigURL} (a PAC file)
 * @param autoDetect        the user's automatic detection (WPAD): {@code AutoDetect}, else the flag in
 *                          {@code DefaultConnectionSettings}
 * @param defaultConnection the decoded {@code DefaultConnectionSettings}, where there is one
 */
public record ProxyRegistry(Optional<ConnectionSettingsBlob> winHttp, Optional<Boolean> proxyEnable,
        Optional<String> proxyServer, Optional<String> proxyOverride, Optional<String> autoConfigUrl,
        Optional<Boolean> autoDetect, Optional<ConnectionSettingsBlob> defaultConnection, List<ParseProblem> problems,
        boolean recognised) implements FormatResult {

    public ProxyRegistry {
        problems = List.copyOf(problems);
    }

    /** Whether WinHTTP goes direct: no value, or a value without a proxy server in use. */
    public boolean winHttpDirect() {
        return winHttp.map(settings -> !settings.manualProxy()).orElse(true);
    }
}
