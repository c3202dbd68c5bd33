package org.triage.platform.linux.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.probe.RoutesProbe;
import org.triage.core.rules.Causes;
import org.triage.core.session.Facts;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.Reading;
import org.triage.core.target.Route;
import org.triage.core.target.VpnConnection;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.RecordFact;
import org.triage.net.ProbeTimeouts;
import org.triage.net.StaticHostResolver;
import org.triage.platform.linux.CommandResult;
import org.triage.platform.linux.LinuxTarget;

/** The Linux target on machines recorded in {@code resources/recorded}: what it reads and what the rules conclude. */
class RecordedMachinesTest {

    private static final LinuxTarget.Configuration QUIET = new LinuxTarget.Configuration(Map.of(), new Properties(),
            StaticHostResolver.of(Map.of()), ProbeTimeouts.uniform(Duration.ofSeconds(1)));

    private static LinuxTarget target(RecordedHost host) {
        return new LinuxTarget(host, QUIET, new NullProgressMonitor());
    }

    private static NetworkAdapter adapter(List<NetworkAdapter> adapters, String name) {
        return adapters.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no adapter " + name + " in " + adapters));
    }

    private static VpnConnection vpn(List<VpnConnection> connections, String name) {
        return connections.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no VPN connection " + name + " in " + connections));
    }

    @Test
    void openVpnRedirectingTheGatewayIsAFullTunnelWithEntraIdInside() {
        RecordedHost host = new RecordedHost("openvpn-full-tunnel");
        LinuxTarget target = target(host);

        Reading<List<Route>> routes = target.routes(new NullProgressMonitor());
        assertEquals(Reading.Kind.VALUE, routes.kind(), routes.message());
        assertEquals(List.of(), routes.problems());
        assertEquals(List.of("0.0.0.0/1", "0.0.0.0/0", "10.8.0.0/24", "128.0.0.0/1", "172.17.0.0/16", "192.168.1.0/24",
                "192.168.1.1/32", "203.0.113.10/32", "198.18.0.0/15"),
                routes.value().stream().map(Route::destinationPrefix).toList());
        assertEquals(new Route("0.0.0.0/1", "10.8.0.5", "tun0", 5, 50, 0), routes.value().get(0));
        assertEquals(new Route("0.0.0.0/0", "192.168.1.1", "enp0s31f6", 2, 100, 0), routes.value().get(1));
        assertEquals(new Route("198.18.0.0/15", null, "(blackhole)", null, 0, 0), routes.value().get(8));
        assertEquals(host.text("ip-route.json"), routes.evidence().get(0).content());
        assertEquals("ip -j -4 route show table main", routes.evidence().get(0).source());
        assertEquals(0, routes.evidence().get(0).exitCode());

        List<NetworkAdapter> adapters = target.adapters(new NullProgressMonitor()).value();
        assertEquals(List.of("enp0s31f6", "wlp0s20f3", "docker0", "tun0"),
                adapters.stream().map(NetworkAdapter::name).toList(), "the loopback is left out, as ipconfig does");
        NetworkAdapter lan = adapter(adapters, "enp0s31f6");
        assertEquals(List.of("192.168.1.23"), lan.ipv4Addresses());
        assertEquals(List.of("192.168.1.1"), lan.gateways());
        assertEquals(List.of("192.168.1.1"), lan.dnsServers());
        assertEquals("fritz.box", lan.dnsSuffix());
        assertTrue(lan.connected());
        assertFalse(lan.tunnel());
        NetworkAdapter tunnel = adapter(adapters, "tun0");
        assertTrue(tunnel.tunnel() && tunnel.connected());
        assertEquals("tun", tunnel.kind());
        assertEquals(List.of("10.8.0.1", "10.8.0.2", "fd00:8::1"), tunnel.dnsServers(),
                "systemd-resolved's servers, the continuation line included");
        assertEquals("corp.contoso.com", tunnel.dnsSuffix(), "~. routes only; the search domain is the next");
        assertTrue(tunnel.description().contains("NetworkManager VPN 'Contoso VPN'"), tunnel.description());
        assertFalse(adapter(adapters, "wlp0s20f3").connected(), "no carrier");
        assertEquals("bridge", adapter(adapters, "docker0").kind());

        List<VpnConnection> vpns = target.vpnConnections(new NullProgressMonitor()).value();
        assertEquals(List.of("Contoso VPN", "Fabrikam WG"), vpns.stream().map(VpnConnection::name).toList(),
                "tun0 belongs to the Contoso profile and is not listed twice");
        assertEquals(new VpnConnection("Contoso VPN", "vpn.contoso.com:1194", "openvpn", false, "Connected", null, true),
                vpn(vpns, "Contoso VPN"));
        assertEquals(new VpnConnection("Fabrikam WG", null, "WireGuard", true, "Disconnected", null, false),
                vpn(vpns, "Fabrikam WG"), "never-default yes; a profile of one user");

        VpnDiagnosis diagnosis = VpnDiagnosis.of(target);
        Observation routesObservation = diagnosis.observation(RoutesProbe.ID);
        assertEquals(true, Facts.boolOf(routesObservation.getFacts(), "entraIdThroughTunnel").orElseThrow());
        for (RecordFact range : Facts.recordsOf(routesObservation, "entraIdRoutes")) {
            assertEquals("tun0", Facts.textOf(range.getFields(), "InterfaceAlias").orElseThrow());
            assertEquals("0.0.0.0/1", Facts.textOf(range.getFields(), "DestinationPrefix").orElseThrow());
        }
        assertEquals(List.of(Causes.FULL_TUNNEL_VPN), diagnosis.causes());
        assertEquals(List.of(), host.unrecorded(), "the target ran commands the recording does not have");
    }

    @Test
    void aWgQuickFullTunnelIsFoundThroughItsPolicyRulesAndAllowedIps() {
        RecordedHost host = new RecordedHost("wg-quick");
        LinuxTarget target = target(host);

        Reading<List<Route>> routes = target.routes(new NullProgressMonitor());
        assertEquals(2, routes.problems().size(), routes.problems().toString());
        String problem = routes.problems().get(0);
        assertTrue(problem.startsWith("policy routing: the kernel sends 20.190.128.0/18 (e.g. 20.190.128.1) through wg0, "
                + "not through eth0"), problem);
        assertTrue(problem.contains("32765: not fwmark 0xca6c lookup 51820"), problem);
        assertTrue(routes.evidence().stream().anyMatch(e -> e.source().equals("ip -j -4 route get 40.126.0.1")));

        List<VpnConnection> vpns = target.vpnConnections(new NullProgressMonitor()).value();
        assertEquals(List.of(new VpnConnection("wg0", "198.51.100.7:51820", "WireGuard", false, "Connected", null, true)),
                vpns, "AllowedIPs 0.0.0.0/0: a full tunnel, though the main table routes everything to eth0");
        assertFalse(vpns.toString().contains("jK4lS3cN9oPq2rTu6vWx8yZ0aB1cD2eF3gH4iJ5kL6m="),
                "public keys are not part of a VPN connection");

        List<NetworkAdapter> adapters = target.adapters(new NullProgressMonitor()).value();
        NetworkAdapter wg0 = adapter(adapters, "wg0");
        assertTrue(wg0.tunnel() && wg0.connected());
        assertEquals("wireguard", wg0.kind());
        NetworkAdapter eth0 = adapter(adapters, "eth0");
        assertEquals(List.of("10.66.0.1"), eth0.dnsServers(), "resolv.conf's server, on the interface the main table "
                + "routes it to");
        assertEquals("corp.fabrikam.com", eth0.dnsSuffix());

        VpnDiagnosis diagnosis = VpnDiagnosis.of(target);
        assertEquals(ObservationStatus.WARNING, diagnosis.observation(RoutesProbe.ID).getStatus(),
                "the policy routing problem shows");
        assertTrue(Facts.textsOf(diagnosis.observation(RoutesProbe.ID), "problems").get(0).contains("wg0"));
        assertEquals(List.of(), host.unrecorded());
        assertFalse(host.asked().contains("resolvectl status"), "resolv.conf does not use the stub: resolved is not asked");
    }

    @Test
    void outputThatIsNotJsonIsAFailedReadingWithTheEvidence() {
        LinuxTarget target = target(new RecordedHost("wg-quick") {
            @Override
            public CommandResult run(IProgressMonitor monitor, String... command) {
                if (String.join(" ", command).equals("ip -j -4 route show table main")) {
                    // what an iproute2 older than 4.14 prints: it has no -j
                    return new CommandResult(List.of(command), String.join(" ", command), Instant.now(), Duration.ZERO, 0,
                            "default via 192.168.50.1 dev eth0 proto dhcp metric 100\n", "", null);
                }
                return super.run(monitor, command);
            }
        });
        Reading<List<Route>> routes = target.routes(new NullProgressMonitor());
        assertEquals(Reading.Kind.FAILED, routes.kind());
        assertTrue(routes.message().startsWith("cannot read the routes: ip route did not print valid JSON"),
                routes.message());
        assertEquals("default via 192.168.50.1 dev eth0 proto dhcp metric 100\n", routes.evidence().get(0).content());
    }

    @Test
    void whatOnlyWindowsHasIsUnsupportedWithTheReason() {
        LinuxTarget target = target(new RecordedHost("wg-quick"));
        assertEquals(Reading.Kind.UNSUPPORTED, target.credentials(new NullProgressMonitor()).kind());
        assertTrue(target.credentials(new NullProgressMonitor()).message().contains("Credential Manager"));
        assertEquals(Reading.Kind.UNSUPPORTED, target.registration(new NullProgressMonitor()).kind());
        assertTrue(target.registration(new NullProgressMonitor()).message().contains("dsregcmd"));
    }
}
