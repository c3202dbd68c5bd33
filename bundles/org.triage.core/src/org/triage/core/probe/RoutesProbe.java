package org.triage.core.probe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.session.Facts;
import org.triage.core.target.Ipv4Prefix;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.Reading;
import org.triage.core.target.Route;
import org.triage.core.target.Target;
import org.triage.core.target.VpnClient;
import org.triage.core.target.VpnConnection;
import org.triage.model.Fact;
import org.triage.model.Observation;

/**
 * The IPv4 routes, and for each Entra ID range the route that carries it and whether that route goes
 * into a VPN tunnel.
 */
public final class RoutesProbe implements Probe {

    public static final String ID = "vpn.routes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String view() {
        return "vpn";
    }

    @Override
    public Observation run(Target target, IProgressMonitor monitor) {
        ObservationBuilder observation = new ObservationBuilder(this);
        Reading<List<Route>> reading = target.routes(monitor);
        if (!observation.accept(reading)) {
            return observation.build();
        }
        Set<String> tunnels = tunnelInterfaces(target, monitor, observation);
        List<Route> routes = reading.value();
        List<Fact> routeFacts = routes.stream().map(RoutesProbe::routeFact).toList();
        List<Fact> ranges = new ArrayList<>();
        List<String> tunnelled = new ArrayList<>();
        for (Ipv4Prefix range : Ipv4Prefix.ENTRA_ID) {
            Optional<Ipv4Prefix.RouteChoice> choice = Ipv4Prefix.selectRoute(routes, range, r -> isTunnel(r, tunnels));
            Optional<Route> route = choice.map(Ipv4Prefix.RouteChoice::route);
            List<Fact> fields = new ArrayList<>();
            fields.add(Facts.text("Range", range.toString()));
            boolean throughTunnel = route.map(r -> isTunnel(r, tunnels)).orElse(false);
            choice.ifPresent(c -> fields.add(Facts.text("Decision", c.reason())));
            route.ifPresent(r -> {
                Facts.optional("DestinationPrefix", r.destinationPrefix()).ifPresent(fields::add);
                Facts.optional("NextHop", r.nextHop()).ifPresent(fields::add);
                Facts.optional("InterfaceAlias", r.interfaceAlias()).ifPresent(fields::add);
                Facts.optional("RouteMetric", r.routeMetric()).ifPresent(fields::add);
            });
            fields.add(Facts.bool("ThroughTunnel", throughTunnel));
            List<String> splitting = Ipv4Prefix.routesInside(routes, range).stream()
                    .map(r -> r.destinationPrefix() + " via " + r.interfaceAlias()).toList();
            if (!splitting.isEmpty()) {
                fields.add(Facts.texts("MoreSpecificRoutes", splitting));
            }
            if (throughTunnel) {
                tunnelled.add(range + " via " + route.get().interfaceAlias());
            }
            ranges.add(Facts.record("", fields));
        }
        return observation.fact(Facts.list("routes", routeFacts))
                .fact(Facts.texts("tunnelInterfaces", List.copyOf(tunnels)))
                .fact(Facts.list("entraIdRoutes", ranges))
                .fact(Facts.bool("entraIdThroughTunnel", !tunnelled.isEmpty()))
                .summary(routes.size() + " routes; " + (tunnelled.isEmpty() ? "Entra ID ranges go outside any tunnel"
                        : "Entra ID ranges go into the tunnel: " + String.join(", ", tunnelled)))
                .build();
    }

    /** Interfaces that are tunnels: connected VPN adapters, and the names of connected VPN profiles. */
    private static Set<String> tunnelInterfaces(Target target, IProgressMonitor monitor, ObservationBuilder observation) {
        Set<String> tunnels = new LinkedHashSet<>();
        Reading<List<NetworkAdapter>> adapters = target.adapters(monitor);
        adapters.optionalValue().ifPresent(list -> list.stream()
                .filter(a -> (a.tunnel() || VpnClient.of(a).isPresent()) && a.connected())
                .forEach(a -> tunnels.add(a.name())));
        Reading<List<VpnConnection>> vpns = target.vpnConnections(monitor);
        vpns.optionalValue().ifPresent(list -> list.stream().filter(VpnConnection::connected)
                .forEach(v -> tunnels.add(v.name())));
        return tunnels;
    }

    private static boolean isTunnel(Route route, Set<String> tunnels) {
        String alias = route.interfaceAlias() == null ? "" : route.interfaceAlias().toLowerCase(Locale.ROOT);
        return tunnels.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(alias));
    }

    private static Fact routeFact(Route route) {
        List<Fact> fields = new ArrayList<>();
        Facts.optional("DestinationPrefix", route.destinationPrefix()).ifPresent(fields::add);
        Facts.optional("NextHop", route.nextHop()).ifPresent(fields::add);
        Facts.optional("InterfaceAlias", route.interfaceAlias()).ifPresent(fields::add);
        Facts.optional("InterfaceIndex", route.interfaceIndex()).ifPresent(fields::add);
        Facts.optional("RouteMetric", route.routeMetric()).ifPresent(fields::add);
        Facts.optional("InterfaceMetric", route.interfaceMetric()).ifPresent(fields::add);
        return Facts.record("", fields);
    }
}
