package org.triage.core.target;

import java.util.List;

/**
 * The proxy the machine's services use (WinHTTP on Windows).
 *
 * @param source e.g. "WinHTTP", "environment"
 */
public record ProxySettings(String source, boolean direct, List<String> servers, List<String> bypass,
        String autoConfigUrl) {

    public ProxySettings {
        servers = List.copyOf(servers);
        bypass = List.copyOf(bypass);
    }
}
