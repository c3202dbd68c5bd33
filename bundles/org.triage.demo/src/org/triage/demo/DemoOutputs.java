package org.triage.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.triage.core.target.CachedCredential;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Route;
import org.triage.formats.CmdkeyFormat;
import org.triage.formats.CmdkeyList;
import org.triage.formats.DsregField;
import org.triage.formats.DsregSection;
import org.triage.formats.DsregStatus;
import org.triage.formats.DsregcmdFormat;
import org.triage.formats.IpconfigAll;
import org.triage.formats.IpconfigField;
import org.triage.formats.IpconfigFormat;
import org.triage.formats.IpconfigHost;
import org.triage.formats.NetRoute;
import org.triage.formats.NetRouteTable;
import org.triage.formats.NetRoutesFormat;
import org.triage.formats.NetworkAdapter;
import org.triage.formats.RasDialEvent;
import org.triage.formats.RasDialEventsFormat;
import org.triage.formats.StoredCredential;
import org.triage.formats.VpnConnection;
import org.triage.formats.VpnConnectionList;
import org.triage.formats.VpnConnectionsFormat;
import org.triage.formats.VpnTunnelType;
import org.triage.formats.WinHttpProxy;
import org.triage.formats.WinHttpProxyFormat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** What the Windows tools would print for the demo workstation's state, rendered by the same formats the parsers read. */
final class DemoOutputs {

    private DemoOutputs() {
    }

    static String cmdkeyList(List<CachedCredential> credentials) {
        List<StoredCredential> stored = credentials.stream().map(c -> StoredCredential.of(c.target(), c.type(),
                c.user(), switch (c.persistence() == null ? "" : c.persistence()) {
                    case "Local machine" -> "Local machine persistence";
                    case "Session" -> "Saved for this logon only";
                    default -> null;
                })).toList();
        return CmdkeyFormat.render(CmdkeyList.of(stored));
    }

    static String dsregcmdStatus(DeviceRegistration registration) {
        List<DsregSection> sections = new ArrayList<>();
        registration.sections().forEach((title, fields) -> {
            List<DsregField> list = new ArrayList<>();
            fields.forEach((name, value) -> list.add(DsregField.of(name, value)));
            sections.add(new DsregSection(title, list, 0));
        });
        return DsregcmdFormat.render(DsregStatus.of(sections));
    }

    static String ipconfigAll(DemoScenario scenario, List<DemoScenario.Adapter> adapters) {
        String suffix = scenario.hostname.toLowerCase().startsWith("fabrikam") ? "fabrikam.com" : "contoso.com";
        IpconfigHost host = new IpconfigHost(List.of(IpconfigField.of("Host Name", scenario.hostname),
                IpconfigField.of("Primary Dns Suffix", suffix), IpconfigField.of("Node Type", "Hybrid"),
                IpconfigField.of("IP Routing Enabled", "No"), IpconfigField.of("WINS Proxy Enabled", "No"),
                IpconfigField.of("DNS Suffix Search List", suffix)));
        List<NetworkAdapter> rendered = new ArrayList<>();
        for (DemoScenario.Adapter adapter : adapters) {
            List<IpconfigField> entries = new ArrayList<>();
            if (!adapter.connected) {
                entries.add(IpconfigField.of("Media State", "Media disconnected"));
            }
            entries.add(IpconfigField.of("Connection-specific DNS Suffix", adapter.dnsSuffix == null ? "" : adapter.dnsSuffix));
            entries.add(IpconfigField.of("Description", adapter.description));
            if (adapter.physicalAddress != null) {
                entries.add(IpconfigField.of("Physical Address", adapter.physicalAddress));
            }
            entries.add(IpconfigField.of("DHCP Enabled", adapter.dhcp ? "Yes" : "No"));
            entries.add(IpconfigField.of("Autoconfiguration Enabled", "Yes"));
            if (adapter.connected) {
                for (String address : adapter.ipv4Addresses) {
                    entries.add(IpconfigField.of("IPv4 Address", address + "(Preferred)"));
                    entries.add(IpconfigField.of("Subnet Mask", adapter.subnetMask));
                }
                entries.add(IpconfigField.of("Default Gateway", adapter.gateways.toArray(String[]::new)));
                if (!adapter.dnsServers.isEmpty()) {
                    entries.add(IpconfigField.of("DNS Servers", adapter.dnsServers.toArray(String[]::new)));
                }
                entries.add(IpconfigField.of("NetBIOS over Tcpip", "Enabled"));
            }
            String type = "PPP".equalsIgnoreCase(adapter.kind) ? "PPP" : adapter.kind;
            rendered.add(NetworkAdapter.of(type, adapter.name, entries));
        }
        return IpconfigFormat.render(IpconfigAll.of(host, rendered));
    }

    /** The RasClient event each connected VPN's dial started with, in the words Windows writes it in. */
    static String vpnDialEventsJson(String user, Map<String, Instant> sessions, List<DemoScenario.Vpn> connections) {
        List<RasDialEvent> events = new ArrayList<>();
        for (DemoScenario.Vpn vpn : connections) {
            Instant since = sessions.get(vpn.name);
            if (since != null) {
                String correlation = UUID.nameUUIDFromBytes((vpn.name + since).getBytes(StandardCharsets.UTF_8))
                        .toString().toUpperCase(Locale.ROOT);
                events.add(new RasDialEvent(since, RasDialEventsFormat.DIAL_STARTED, "CoId={" + correlation + "}: The user "
                        + user + " has started dialing a VPN connection using a "
                        + (vpn.allUserConnection ? "all-user" : "per-user") + " connection profile named " + vpn.name
                        + ". The connection settings are: \r\nDial-in User = \r\nVpnStrategy = " + vpn.tunnelType
                        + "\r\nDataEncryption = Require\r\nPrerequisiteEntry = \r\nAutoLogon = No"));
            }
        }
        events.sort(Comparator.comparing(RasDialEvent::timeCreated).reversed());
        return RasDialEventsFormat.render(events);
    }

    static String vpnConnectionsJson(List<DemoScenario.Vpn> connections) {
        List<VpnConnection> rendered = connections.stream().map(vpn -> {
            VpnTunnelType type = VpnTunnelType.fromName(vpn.tunnelType);
            return new VpnConnection(vpn.name, vpn.serverAddress, Optional.of(vpn.allUserConnection),
                    "{" + java.util.UUID.nameUUIDFromBytes(vpn.name.getBytes()).toString().toUpperCase() + "}", type,
                    type.powerShellName(), vpn.authenticationMethod, "Required", "", Optional.of(false), vpn.connectionStatus,
                    Optional.ofNullable(vpn.rememberCredential), Optional.of(vpn.splitTunneling), "",
                    Optional.of((long) (vpn.idleDisconnectSeconds == null ? 0 : vpn.idleDisconnectSeconds)),
                    List.of(), Map.of(), List.of());
        }).toList();
        return VpnConnectionsFormat.render(VpnConnectionList.of(rendered));
    }

    static String routesJson(List<Route> routes) {
        return NetRoutesFormat.render(NetRouteTable.of(routes.stream().map(r -> NetRoute.of(r.destinationPrefix(),
                r.nextHop(), r.interfaceAlias(), r.interfaceIndex() == null ? 0 : r.interfaceIndex(),
                r.routeMetric() == null ? 0 : r.routeMetric())).toList()));
    }

    static String winhttpProxy(ProxySettings proxy) {
        return WinHttpProxyFormat.render(proxy.direct() ? WinHttpProxy.directAccess()
                : WinHttpProxy.proxy(String.join(";", proxy.servers()), String.join(";", proxy.bypass())));
    }

    /** As {@code Test-NetConnection -Port 443 | ConvertTo-Json} would describe each check. */
    static String endpointTestsJson(List<EndpointCheck> checks) {
        JsonArray array = new JsonArray();
        for (EndpointCheck check : checks) {
            JsonObject json = new JsonObject();
            json.addProperty("ComputerName", check.endpoint().host());
            json.addProperty("RemotePort", check.endpoint().port());
            json.addProperty("RemoteAddress", check.addresses().isEmpty() ? null : check.addresses().get(0));
            json.addProperty("NameResolutionSucceeded", check.nameResolved());
            json.addProperty("TcpTestSucceeded", check.tcpConnected());
            json.addProperty("DurationMs", check.elapsedMillis());
            array.add(json);
        }
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(array);
    }
}
