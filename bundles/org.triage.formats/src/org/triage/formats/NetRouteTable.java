package org.triage.formats;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Parsed {@code routes.json}, with the route choice Windows makes for a destination.
 *
 * <p>Windows picks the longest matching prefix and, among equal prefixes, the lowest sum of
 * route metric and interface metric. The snapshot has no interface metric, so ties are settled
 * by {@code RouteMetric} alone, then by the order of the routes; a route without a metric loses.
 */
public record NetRouteTable(List<NetRoute> routes, List<ParseProblem> problems, boolean recognised)
        implements FormatResult {

    private static final Comparator<NetRoute> PREFERENCE = Comparator
            .comparingInt((NetRoute r) -> r.ipv4Prefix().map(Ipv4Prefix::length).orElse(-1)).reversed()
            .thenComparingInt(r -> r.routeMetric().orElse(Integer.MAX_VALUE));

    public NetRouteTable {
        routes = List.copyOf(routes);
        problems = List.copyOf(problems);
    }

    public static NetRouteTable of(List<NetRoute> routes) {
        return new NetRouteTable(routes, List.of(), true);
    }

    /** The route that carries traffic to {@code address}; empty when no IPv4 route matches. */
    public Optional<NetRoute> routeFor(Ipv4Address address) {
        return routes.stream()
                .filter(r -> r.ipv4Prefix().map(p -> p.contains(address)).orElse(false))
                .min(PREFERENCE);
    }

    /** As {@link #routeFor(Ipv4Address)}, for dotted-quad text; empty when the text is no address. */
    public Optional<NetRoute> routeFor(String address) {
        return Ipv4Address.tryParse(address).flatMap(this::routeFor);
    }

    /**
     * The route chosen for the whole of {@code prefix}: the best route whose prefix contains all
     * of it. Parts of the range can still go elsewhere through {@link #moreSpecificRoutes}.
     */
    public Optional<NetRoute> routeFor(Ipv4Prefix prefix) {
        return routes.stream()
                .filter(r -> r.ipv4Prefix().map(p -> p.contains(prefix)).orElse(false))
                .min(PREFERENCE);
    }

    /** Routes for strict parts of {@code prefix}, which take that part of its traffic. */
    public List<NetRoute> moreSpecificRoutes(Ipv4Prefix prefix) {
        return routes.stream()
                .filter(r -> r.ipv4Prefix().map(p -> prefix.contains(p) && p.length() > prefix.length()).orElse(false))
                .toList();
    }

    /** Routes through the interface named {@code interfaceAlias} (case-insensitive). */
    public List<NetRoute> routesVia(String interfaceAlias) {
        return routes.stream().filter(r -> r.interfaceAlias().equalsIgnoreCase(interfaceAlias)).toList();
    }
}
