package org.triage.formats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.triage.core.target.Ipv4Prefix;

/**
 * One route from {@code Get-NetRoute | Select DestinationPrefix,NextHop,InterfaceAlias,InterfaceIndex,RouteMetric}.
 *
 * @param otherProperties any further properties, as JSON text, in the order written
 */
public record NetRoute(String destinationPrefix, String nextHop, String interfaceAlias,
        Optional<Integer> interfaceIndex, Optional<Integer> routeMetric, Map<String, String> otherProperties) {

    public NetRoute {
        destinationPrefix = destinationPrefix == null ? "" : destinationPrefix.strip();
        nextHop = nextHop == null ? "" : nextHop.strip();
        interfaceAlias = interfaceAlias == null ? "" : interfaceAlias.strip();
        interfaceIndex = interfaceIndex == null ? Optional.empty() : interfaceIndex;
        routeMetric = routeMetric == null ? Optional.empty() : routeMetric;
        otherProperties = Collections.unmodifiableMap(new LinkedHashMap<>(otherProperties));
    }

    public static NetRoute of(String destinationPrefix, String nextHop, String interfaceAlias, int interfaceIndex,
            int routeMetric) {
        return new NetRoute(destinationPrefix, nextHop, interfaceAlias, Optional.of(interfaceIndex),
                Optional.of(routeMetric), Map.of());
    }

    /** The destination as an IPv4 prefix; empty for IPv6 or unreadable prefixes. */
    public Optional<Ipv4Prefix> ipv4Prefix() {
        return Ipv4Prefix.tryParse(destinationPrefix).filter(p -> destinationPrefix.contains("/"));
    }

    /** Whether the route sends traffic to a gateway rather than on-link ({@code 0.0.0.0}). */
    public boolean hasGateway() {
        return !nextHop.isEmpty() && !nextHop.equals("0.0.0.0") && !nextHop.equals("::");
    }
}
