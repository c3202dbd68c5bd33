package org.triage.core.target;

import java.util.List;

/**
 * The result of testing one endpoint. Null booleans mean "not tested" (e.g. no TCP test after DNS failed).
 *
 * @param via "direct" or the proxy used
 */
public record EndpointCheck(Endpoint endpoint, Boolean nameResolved, List<String> addresses, Boolean tcpConnected,
        Boolean tlsValid, String tlsDetail, Integer httpStatus, String via, Long elapsedMillis, String error) {

    public EndpointCheck {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** Whether a TCP connection was made; an intercepted TLS handshake still counts as reachable. */
    public boolean reachable() {
        return Boolean.TRUE.equals(tcpConnected);
    }
}
