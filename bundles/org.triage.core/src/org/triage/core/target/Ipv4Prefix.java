package org.triage.core.target;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** An IPv4 network such as {@code 20.190.128.0/18}, and the route selection Windows and Linux make. */
public record Ipv4Prefix(int network, int length) {

    /** The Entra ID authentication ranges of Microsoft's published endpoints (the "Optimize"/"Allow" ID ranges). */
    public static final List<Ipv4Prefix> ENTRA_ID = List.of(parse("20.190.128.0/18"), parse("40.126.0.0/18"));

    public Ipv4Prefix {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length out of range: " + length);
        }
        network = network & mask(length);
    }

    /** Parses {@code a.b.c.d/n}, or a bare address as /32. */
    public static Ipv4Prefix parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String digits = slash < 0 ? "32" : trimmed.substring(slash + 1).trim();
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not an IPv4 prefix: " + text);
        }
        int length = Integer.parseInt(digits);
        return new Ipv4Prefix(address(slash < 0 ? trimmed : trimmed.substring(0, slash)), length);
    }

    public static Optional<Ipv4Prefix> tryParse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static int address(String dotted) {
        String[] parts = dotted.trim().split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + dotted);
        }
        int value = 0;
        for (String part : parts) {
            // digits only and no leading zero: Windows reads 010 as octal, so such text is refused, not guessed
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (part.length() > 1 && part.charAt(0) == '0')) {
                throw new IllegalArgumentException("not an IPv4 address: " + dotted);
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + dotted);
            }
            value = (value << 8) | octet;
        }
        return value;
    }

    private static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    public boolean contains(int address) {
        return (address & mask(length)) == network;
    }

    public boolean contains(Ipv4Prefix other) {
        return other.length >= length && contains(other.network);
    }

    /** The route chosen for a destination, and why that one. */
    public record RouteChoice(Route route, String reason) {
    }

    /**
     * The route that carries traffic to the whole of {@code destination}: the longest prefix that covers
     * it; among equals the lowest route metric plus interface metric, as Windows chooses. Where interface
     * metrics are unknown (the snapshot format does not carry them), a tunnel's route wins: a connected
     * VPN that routes the prefix takes precedence, which is what "use default gateway on remote network"
     * does. More specific routes inside the destination are reported by {@link #routesInside}.
     */
    public static Optional<RouteChoice> selectRoute(List<Route> routes, Ipv4Prefix destination,
            Predicate<Route> isTunnel) {
        List<Route> covering = routes.stream()
                .filter(route -> tryParse(route.destinationPrefix()).filter(p -> p.contains(destination)).isPresent())
                .toList();
        if (covering.isEmpty()) {
            return Optional.empty();
        }
        int longest = covering.stream().mapToInt(route -> parse(route.destinationPrefix()).length()).max().getAsInt();
        List<Route> candidates = covering.stream()
                .filter(route -> parse(route.destinationPrefix()).length() == longest).toList();
        if (candidates.size() == 1) {
            return Optional.of(new RouteChoice(candidates.get(0), "the only route for /" + longest));
        }
        if (candidates.stream().allMatch(route -> route.effectiveMetric() != null)) {
            Route best = candidates.stream().min(Comparator.comparingInt(Route::effectiveMetric)).get();
            return Optional.of(new RouteChoice(best, "lowest route + interface metric (" + best.effectiveMetric()
                    + ") among " + candidates.size() + " routes for /" + longest));
        }
        Optional<Route> tunnel = candidates.stream().filter(isTunnel)
                .min(Comparator.comparingInt(route -> route.routeMetric() == null ? Integer.MAX_VALUE : route.routeMetric()));
        if (tunnel.isPresent()) {
            return Optional.of(new RouteChoice(tunnel.get(), "interface metrics unknown; the connected VPN's route "
                    + "takes precedence over " + (candidates.size() - 1) + " other route(s) for /" + longest));
        }
        Route best = candidates.stream().min(Comparator.comparingInt(
                route -> route.routeMetric() == null ? Integer.MAX_VALUE : route.routeMetric())).get();
        return Optional.of(new RouteChoice(best, "lowest route metric among " + candidates.size() + " routes for /"
                + longest));
    }

    /** Routes more specific than {@code destination} that fall inside it. */
    public static List<Route> routesInside(List<Route> routes, Ipv4Prefix destination) {
        return routes.stream().filter(route -> tryParse(route.destinationPrefix())
                .filter(p -> p.length() > destination.length() && destination.contains(p)).isPresent()).toList();
    }

    @Override
    public String toString() {
        return ((network >>> 24) & 255) + "." + ((network >>> 16) & 255) + "." + ((network >>> 8) & 255) + "."
                + (network & 255) + "/" + length;
    }
}
