package org.triage.net;

/** An HTTP proxy that tunnels with CONNECT. */
public record ProxyServer(String host, int port) {

    public ProxyServer {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a proxy needs a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("proxy port out of range: " + port);
        }
    }

    /** {@code host:port}, as WinHTTP lists proxies and as the checks name their path. */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
