package org.triage.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.triage.core.probe.RoutesProbe;
import org.triage.core.probe.VpnClientsProbe;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.session.Facts;
import org.triage.core.target.Ipv4Prefix;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/**
 * Entra ID traffic that goes into a VPN tunnel: token refresh takes the tunnel, where it is slowed or blocked.
 * <p>
 * The route table decides (the longest prefix, then route plus interface metric), whichever VPN it is: a Windows
 * profile {@code Get-VpnConnection} lists, or a client such as GlobalProtect that it never lists. A profile that
 * says {@code SplitTunneling: True} is believed over a route chosen without interface metrics. Where there is no
 * route table, a connected tunnel adapter that holds a default gateway in {@code ipconfig /all} is reported too,
 * with its weaker evidence named as such. A split tunnel raises nothing: one whose routes keep the Entra ID
 * ranges outside, and one that carries them by routes of their own while the default route stays outside (its
 * profile says it splits, or there is no profile to say otherwise).
 */
public final class FullTunnelRule implements Rule {

    @Override
    public String id() {
        return "full-tunnel";
    }

    @Override
    public List<String> reads() {
        return List.of(VpnConnectionsProbe.ID, RoutesProbe.ID);
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation vpn = latest.get(VpnConnectionsProbe.ID);
        Observation routes = latest.get(RoutesProbe.ID);
        Observation clients = latest.get(VpnClientsProbe.ID);
        if (routes != null && Facts.find(routes, "entraIdRoutes").isPresent()) {
            return fromRoutes(vpn, routes, clients);
        }
        return clients == null ? List.of() : fromAdapters(clients);
    }

    private List<FindingDraft> fromRoutes(Observation vpn, Observation routes, Observation clients) {
        List<RecordFact> profiles = vpn == null ? List.of() : Facts.recordsOf(vpn, "connections");
        List<RecordFact> tunnelled = Facts.recordsOf(routes, "entraIdRoutes").stream()
                .filter(r -> Facts.boolOf(r.getFields(), "ThroughTunnel").orElse(false))
                .filter(r -> !splitProfileBelieved(r, profiles)).toList();
        if (tunnelled.isEmpty()) {
            return List.of();
        }
        List<String> through = tunnelled.stream().map(r -> Facts.textOf(r.getFields(), "InterfaceAlias").orElse("?"))
                .distinct().map(alias -> describeTunnel(alias, profiles, clients)).toList();
        boolean defaultRoute = tunnelled.stream().anyMatch(r -> Facts.textOf(r.getFields(), "DestinationPrefix")
                .flatMap(Ipv4Prefix::tryParse).map(p -> p.length() <= 1).orElse(false));
        List<String> aliases = tunnelled.stream().map(r -> Facts.textOf(r.getFields(), "InterfaceAlias").orElse(""))
                .toList();
        boolean unsplitProfile = profiles.stream().anyMatch(p -> Facts.textOf(p.getFields(), "Name")
                .filter(name -> aliases.stream().anyMatch(name::equalsIgnoreCase)).isPresent()
                && !Facts.boolOf(p.getFields(), "SplitTunneling").orElse(false));
        if (!defaultRoute && !unsplitProfile) {
            // a split tunnel that carries the Entra ID ranges by their own routes is still a split tunnel
            return List.of();
        }
        boolean profileTunnel = profiles.stream().anyMatch(p -> Facts.textOf(p.getFields(), "Name")
                .filter(name -> aliases.stream().anyMatch(name::equalsIgnoreCase)).isPresent());
        boolean clientTunnel = clients != null && Facts.recordsOf(clients, "clients").stream()
                .anyMatch(c -> Facts.textOf(c.getFields(), "Adapter")
                        .filter(name -> aliases.stream().anyMatch(name::equalsIgnoreCase)).isPresent());
        List<Observation> evidence = Stream.of(profileTunnel ? vpn : null, routes, clientTunnel ? clients : null)
                .filter(Objects::nonNull).toList();
        return List.of(new FindingDraft(Causes.FULL_TUNNEL_VPN, Severity.WARNING,
                "Entra ID traffic goes into the VPN " + String.join(", ", through)
                        + (defaultRoute ? ", which takes the default route (a full tunnel): " : ": ")
                        + String.join("; ", tunnelled.stream().map(FullTunnelRule::describe).toList()),
                id(), evidence));
    }

    /**
     * A profile that says it splits the tunnel is believed where the route into it was chosen only because interface
     * metrics were unknown.
     */
    private static boolean splitProfileBelieved(RecordFact range, List<RecordFact> profiles) {
        String alias = Facts.textOf(range.getFields(), "InterfaceAlias").orElse("");
        boolean guessed = Facts.textOf(range.getFields(), "Decision").map(d -> d.startsWith("interface metrics unknown"))
                .orElse(false);
        return guessed && profiles.stream().anyMatch(p -> Facts.textOf(p.getFields(), "Name")
                .filter(alias::equalsIgnoreCase).isPresent()
                && Facts.boolOf(p.getFields(), "SplitTunneling").orElse(false));
    }

    /** ipconfig alone: a connected VPN adapter holding a default gateway, with no route table to confirm it. */
    private List<FindingDraft> fromAdapters(Observation clients) {
        List<String> holding = new ArrayList<>();
        for (RecordFact client : Facts.recordsOf(clients, "clients")) {
            if (Facts.boolOf(client.getFields(), "HoldsDefaultGateway").orElse(false)) {
                holding.add(Facts.textOf(client.getFields(), "Product").orElse("?") + " (adapter "
                        + Facts.textOf(client.getFields(), "Adapter").orElse("?") + ", default gateway "
                        + String.join(", ", Facts.textsOf(client.getFields(), "DefaultGateway")) + ")");
            }
        }
        if (holding.isEmpty()) {
            return List.of();
        }
        return List.of(new FindingDraft(Causes.FULL_TUNNEL_VPN, Severity.WARNING,
                "Weaker evidence, from the adapters alone: the connected VPN " + String.join(", ", holding)
                        + " holds a default gateway, so Entra ID traffic most likely goes into the tunnel; there is no"
                        + " route table to confirm it (collect routes.json, Get-NetRoute, to be sure)",
                id(), List.of(clients)));
    }

    private static String describeTunnel(String alias, List<RecordFact> profiles, Observation clients) {
        if (profiles.stream().anyMatch(p -> Facts.textOf(p.getFields(), "Name").filter(alias::equalsIgnoreCase)
                .isPresent())) {
            return alias;
        }
        Optional<String> product = clients == null ? Optional.empty() : Facts.recordsOf(clients, "clients").stream()
                .filter(c -> Facts.textOf(c.getFields(), "Adapter").filter(alias::equalsIgnoreCase).isPresent())
                .findFirst().flatMap(c -> Facts.textOf(c.getFields(), "Product"));
        return product.map(p -> p + " (" + alias + ")").orElse(alias);
    }

    private static String describe(RecordFact range) {
        return Facts.textOf(range.getFields(), "Range").orElse("?") + " via "
                + Facts.textOf(range.getFields(), "DestinationPrefix").orElse("?") + " on "
                + Facts.textOf(range.getFields(), "InterfaceAlias").orElse("?");
    }
}
