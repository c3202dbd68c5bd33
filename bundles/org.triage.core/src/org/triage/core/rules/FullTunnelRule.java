package org.triage.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * <p>
 * A client that states its own tunnel mode (Cisco Secure Client's {@code vpncli.exe stats}, recorded by the
 * {@code vpn.clients} probe as {@code TunnelMode}) gives the strongest evidence: {@code Tunnel All Traffic} is a full
 * tunnel, named as the client's own word, whatever else there is. {@code Split Include} and {@code Split Exclude}
 * are split tunnels, and outweigh a default gateway on the client's adapter.
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
        List<RecordFact> tunnellingAll = ownTunnelMode(clients, "tunnel all");
        if (!tunnellingAll.isEmpty()) {
            return fromClientsOwnMode(tunnellingAll, routes, clients);
        }
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
        List<String> saysSplit = ownTunnelMode(clients, "split").stream()
                .filter(c -> Facts.textOf(c.getFields(), "Adapter")
                        .filter(name -> aliases.stream().anyMatch(name::equalsIgnoreCase)).isPresent())
                .map(c -> Facts.textOf(c.getFields(), "Product").orElse("?") + " itself reports Tunnel Mode (IPv4): "
                        + Facts.textOf(c.getFields(), "TunnelMode").orElse("?"))
                .toList();
        return List.of(new FindingDraft(Causes.FULL_TUNNEL_VPN, Severity.WARNING,
                "Entra ID traffic goes into the VPN " + String.join(", ", through)
                        + (defaultRoute ? ", which takes the default route (a full tunnel): " : ": ")
                        + String.join("; ", tunnelled.stream().map(FullTunnelRule::describe).toList())
                        + (saysSplit.isEmpty() ? "" : " (" + String.join(", ", saysSplit)
                                + ", but the route table decides)"),
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

    /** The connected clients whose own tunnel mode starts with {@code mode} ({@code tunnel all}, {@code split}). */
    private static List<RecordFact> ownTunnelMode(Observation clients, String mode) {
        if (clients == null) {
            return List.of();
        }
        return Facts.recordsOf(clients, "clients").stream()
                .filter(c -> Facts.textOf(c.getFields(), "TunnelMode")
                        .filter(m -> m.toLowerCase(Locale.ROOT).startsWith(mode)).isPresent())
                .filter(c -> Facts.textOf(c.getFields(), "ClientState").map(s -> s.equalsIgnoreCase("Connected"))
                        .orElseGet(() -> Facts.boolOf(c.getFields(), "Connected").orElse(false)))
                .toList();
    }

    /** The client's own {@code Tunnel All Traffic}: the strongest evidence there is, named as such. */
    private List<FindingDraft> fromClientsOwnMode(List<RecordFact> tunnellingAll, Observation routes,
            Observation clients) {
        List<String> saying = tunnellingAll.stream().map(c -> Facts.textOf(c.getFields(), "Product").orElse("?")
                + " reports Tunnel Mode (IPv4): " + Facts.textOf(c.getFields(), "TunnelMode").orElse("?")
                + Facts.textOf(c.getFields(), "Server").map(server -> " (server " + server + ")").orElse(""))
                .toList();
        List<RecordFact> ranges = routes == null ? List.of() : Facts.recordsOf(routes, "entraIdRoutes");
        List<RecordFact> tunnelled = ranges.stream()
                .filter(r -> Facts.boolOf(r.getFields(), "ThroughTunnel").orElse(false)).toList();
        String routeWords = ranges.isEmpty() ? ""
                : tunnelled.isEmpty() ? "; the route table does not show it (collected at another moment?)"
                        : "; the route table agrees: " + String.join("; ",
                                tunnelled.stream().map(FullTunnelRule::describe).toList());
        List<Observation> evidence = Stream.of(clients, ranges.isEmpty() ? null : routes).filter(Objects::nonNull)
                .toList();
        return List.of(new FindingDraft(Causes.FULL_TUNNEL_VPN, Severity.WARNING,
                "The client's own tunnel mode, the strongest evidence: " + String.join(", ", saying)
                        + ", a full tunnel, so Entra ID traffic goes into the VPN" + routeWords,
                id(), evidence));
    }

    /** A Split Include client whose own secured routes cover an Entra ID range. */
    private static List<String> ownSecuredEntraRoutes(RecordFact client) {
        if (!Facts.textOf(client.getFields(), "TunnelMode").map(m -> m.equalsIgnoreCase("Split Include"))
                .orElse(false)) {
            return List.of();
        }
        return Facts.textsOf(client.getFields(), "SecuredRoutes").stream()
                .filter(route -> Ipv4Prefix.tryParse(route)
                        .filter(prefix -> Ipv4Prefix.ENTRA_ID.stream()
                                .anyMatch(range -> prefix.contains(range) || range.contains(prefix))).isPresent())
                .toList();
    }

    /**
     * ipconfig alone: a connected VPN adapter holding a default gateway, with no route table to confirm it; unless the
     * client itself says it splits the tunnel, which outweighs the gateway.
     */
    private List<FindingDraft> fromAdapters(Observation clients) {
        List<String> holding = new ArrayList<>();
        List<RecordFact> splitting = ownTunnelMode(clients, "split");
        for (RecordFact client : splitting) {
            List<String> entra = ownSecuredEntraRoutes(client);
            if (!entra.isEmpty()) {
                return List.of(new FindingDraft(Causes.FULL_TUNNEL_VPN, Severity.WARNING,
                        Facts.textOf(client.getFields(), "Product").orElse("?")
                                + " reports Tunnel Mode (IPv4): Split Include, but its own secured routes "
                                + String.join(", ", entra) + " take the Entra ID ranges into the tunnel",
                        id(), List.of(clients)));
            }
        }
        for (RecordFact client : Facts.recordsOf(clients, "clients")) {
            if (splitting.contains(client)) {
                continue;
            }
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
