package org.triage.platform.linux;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.triage.core.target.Ipv4Prefix;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.Route;
import org.triage.core.target.VpnConnection;
import org.triage.platform.linux.IpJson.Link;

/**
 * Turns what iproute2, resolv.conf, systemd-resolved, NetworkManager and wg print into the core's adapters
 * and VPN connections, the way {@code ipconfig /all} and {@code Get-VpnConnection} describe them on Windows.
 */
public final class LinuxNetwork {

    /** The two halves of the IPv4 space: a tunnel that carries both carries all internet traffic. */
    private static final List<Ipv4Prefix> ALL_TRAFFIC = List.of(Ipv4Prefix.parse("0.0.0.0/1"),
            Ipv4Prefix.parse("128.0.0.0/1"));

    private LinuxNetwork() {
    }

    /** The adapters, and what could not be placed (name servers without a route, an unread stub resolver). */
    public record Adapters(List<NetworkAdapter> adapters, List<String> problems) {
    }

    /**
     * A NetworkManager VPN or WireGuard profile with its settings.
     *
     * @param ipInterface the interface that carries its traffic while active (tun0, wg0), where known
     */
    public record ManagedVpn(Nmcli.Connection connection, Map<String, String> settings, String ipInterface) {
    }

    /**
     * The adapters with their DNS servers: systemd-resolved's per-link servers where resolv.conf hands queries
     * to its stub, otherwise resolv.conf's servers, each on the adapter that routes to it.
     *
     * @param resolvConf /etc/resolv.conf, or null where it could not be read
     * @param resolved   {@code resolvectl status}, or null where systemd-resolved does not answer
     * @param vpnNames   the NetworkManager VPN profile carried by each interface
     */
    public static Adapters adapters(List<Link> links, List<Route> routes, ResolvConf resolvConf,
            ResolvectlStatus resolved, Map<String, String> vpnNames) {
        List<String> problems = new ArrayList<>();
        Set<String> tunnels = tunnels(links, vpnNames);
        Map<String, List<String>> servers = new LinkedHashMap<>();
        Map<String, String> suffixes = new LinkedHashMap<>();
        if (resolved != null && (resolvConf == null || resolvConf.usesResolvedStub())) {
            resolved.links().forEach((name, dns) -> {
                servers.put(name, dns.servers());
                if (dns.searchDomain() != null) {
                    suffixes.put(name, dns.searchDomain());
                }
            });
        } else if (resolvConf != null) {
            if (resolvConf.usesResolvedStub()) {
                problems.add("/etc/resolv.conf sends queries to systemd-resolved (" + ResolvConf.RESOLVED_STUB
                        + "), but resolvectl did not say which servers it uses");
            }
            for (String server : resolvConf.nameservers()) {
                if (server.equals(ResolvConf.RESOLVED_STUB)) {
                    continue;
                }
                Optional<String> device = Ipv4Prefix.tryParse(server)
                        .flatMap(address -> Ipv4Prefix.selectRoute(routes, address, r -> tunnels.contains(
                                r.interfaceAlias())))
                        .map(choice -> choice.route().interfaceAlias());
                if (device.isEmpty()) {
                    problems.add("the name server " + server + " of /etc/resolv.conf is reached by no route");
                    continue;
                }
                servers.computeIfAbsent(device.get(), name -> new ArrayList<>()).add(server);
                if (!resolvConf.search().isEmpty()) {
                    suffixes.putIfAbsent(device.get(), resolvConf.search().get(0));
                }
            }
        }
        List<NetworkAdapter> adapters = new ArrayList<>();
        for (Link link : links) {
            if (link.loopback()) {
                continue;
            }
            List<String> gateways = routes.stream()
                    .filter(route -> route.destinationPrefix().equals("0.0.0.0/0")
                            && link.name().equals(route.interfaceAlias()) && route.nextHop() != null)
                    .map(Route::nextHop).distinct().toList();
            adapters.add(new NetworkAdapter(link.name(), link.kind(), describe(link, vpnNames.get(link.name())),
                    link.ipv4(), gateways, servers.getOrDefault(link.name(), List.of()), suffixes.get(link.name()),
                    link.connected(), tunnels.contains(link.name())));
        }
        return new Adapters(adapters, problems);
    }

    private static String describe(Link link, String vpnName) {
        StringBuilder description = new StringBuilder(link.kind() == null ? "interface" : link.kind() + " interface");
        description.append(", MTU ").append(link.mtu()).append(", state ").append(link.operState());
        if (link.flags().contains("NO-CARRIER")) {
            description.append(", no carrier");
            if (link.tunnel()) {
                description.append(" (no VPN client holds the tunnel)");
            }
        }
        if (!link.prefixes().isEmpty()) {
            description.append(", ").append(String.join(" ", link.prefixes()));
        }
        if (vpnName != null) {
            description.append("; NetworkManager VPN '").append(vpnName).append('\'');
        }
        return description.toString();
    }

    /** Interfaces that carry a tunnel: by their kind, or because a NetworkManager VPN runs over them. */
    public static Set<String> tunnels(List<Link> links, Map<String, String> vpnNames) {
        Set<String> tunnels = new LinkedHashSet<>();
        links.stream().filter(Link::tunnel).forEach(link -> tunnels.add(link.name()));
        tunnels.addAll(vpnNames.keySet());
        return tunnels;
    }

    /**
     * The VPN connections: every NetworkManager VPN and WireGuard profile, and every tunnel interface that
     * no profile accounts for (a VPN client started by hand or by wg-quick). Split tunnelling is read from
     * the routes where the tunnel is up (does it carry all traffic?), else from the profile's
     * {@code ipv4.never-default}.
     */
    public static List<VpnConnection> vpnConnections(List<Link> links, List<Route> routes, List<ManagedVpn> managed,
            WireGuard wireGuard) {
        List<VpnConnection> connections = new ArrayList<>();
        Set<String> accounted = new LinkedHashSet<>();
        for (ManagedVpn vpn : managed) {
            Nmcli.Connection profile = vpn.connection();
            boolean isWireGuard = "wireguard".equals(profile.type());
            String ipInterface = vpn.ipInterface() != null ? vpn.ipInterface() : isWireGuard && !profile.device().isEmpty()
                    ? profile.device() : null;
            if (ipInterface != null) {
                accounted.add(ipInterface);
            }
            Map<String, String> data = Nmcli.vpnData(vpn.settings().get("vpn.data"));
            String server = isWireGuard ? endpoints(wireGuard, ipInterface)
                    : firstOf(data, "remote", "gateway", "host", "server");
            Boolean split = profile.active() && ipInterface != null ? !carriesAll(ipInterface, routes, links, wireGuard)
                    : neverDefault(vpn.settings().get("ipv4.never-default"));
            String status = profile.active() ? "Connected" : "activating".equals(profile.state()) ? "Connecting"
                    : "Disconnected";
            String permissions = vpn.settings().getOrDefault("connection.permissions", "");
            connections.add(new VpnConnection(profile.name(), server, isWireGuard ? "WireGuard"
                    : Nmcli.plugin(vpn.settings().get("vpn.service-type")), split, status, null,
                    permissions.isBlank() || permissions.equals("--")));
        }
        for (Link link : links) {
            if (!link.tunnel() || accounted.contains(link.name())) {
                continue;
            }
            connections.add(new VpnConnection(link.name(), endpoints(wireGuard, link.name()),
                    "wireguard".equals(link.kind()) ? "WireGuard" : link.kind(),
                    !carriesAll(link.name(), routes, links, wireGuard),
                    link.connected() ? "Connected" : "Disconnected", null, true));
        }
        return connections;
    }

    /**
     * Whether the tunnel takes all traffic: by the routes of the main table, or, for WireGuard, by its peers'
     * allowed IPs (wg-quick routes a full tunnel by policy rules, not by the main table).
     */
    private static boolean carriesAll(String device, List<Route> routes, List<Link> links, WireGuard wireGuard) {
        return fullTunnel(device, routes, links) || (wireGuard.knows(device) && wireGuard.fullTunnel(device));
    }

    /** Whether the routes send all internet traffic (both halves of the IPv4 space) into {@code device}. */
    public static boolean fullTunnel(String device, List<Route> routes, List<Link> links) {
        Set<String> tunnels = tunnels(links, Map.of());
        return ALL_TRAFFIC.stream().allMatch(half -> Ipv4Prefix.selectRoute(routes, half,
                route -> tunnels.contains(route.interfaceAlias()))
                .filter(choice -> device.equals(choice.route().interfaceAlias())).isPresent());
    }

    private static Boolean neverDefault(String value) {
        if ("yes".equalsIgnoreCase(value)) {
            return true;
        }
        return "no".equalsIgnoreCase(value) ? false : null;
    }

    private static String endpoints(WireGuard wireGuard, String device) {
        List<String> endpoints = device == null ? List.of() : wireGuard.endpoints().getOrDefault(device, List.of());
        return endpoints.isEmpty() ? null : String.join(", ", endpoints);
    }

    private static String firstOf(Map<String, String> data, String... keys) {
        for (String key : keys) {
            if (data.containsKey(key) && !data.get(key).isBlank()) {
                return data.get(key);
            }
        }
        return null;
    }
}
