package org.triage.platform.linux.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triage.core.probe.RoutesProbe;
import org.triage.core.rules.Causes;
import org.triage.core.session.Facts;
import org.triage.core.target.Endpoint;
import org.triage.core.target.Evidence;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.Reading;
import org.triage.core.target.Route;
import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.core.target.Targets;
import org.triage.core.target.VpnConnection;
import org.triage.model.Observation;
import org.triage.platform.linux.LinuxHost;
import org.triage.platform.linux.LinuxTarget;

/**
 * The Linux target on a real network namespace of this machine, made by the test: a veth office network and
 * a tun VPN device with the Entra ID ranges routed into it (see {@link TestNamespace}). Needs root and
 * iproute2, and fails saying so where they are missing.
 */
class NamespaceTest {

    private TestNamespace namespace;
    private LinuxTarget target;

    @BeforeEach
    void createNamespace() {
        namespace = TestNamespace.officeWithTunnel();
        target = new LinuxTarget(LinuxHost.inNamespace(namespace.name, TestNamespace.RUNNER),
                LinuxTarget.Configuration.ofThisProcess(), new NullProgressMonitor());
    }

    @AfterEach
    void removeNamespace() {
        if (namespace != null) {
            namespace.close();
        }
    }

    private static <T> T value(Reading<T> reading) {
        assertEquals(Reading.Kind.VALUE, reading.kind(), reading.message());
        return reading.value();
    }

    private static NetworkAdapter adapter(List<NetworkAdapter> adapters, String name) {
        return adapters.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no adapter " + name + " in " + adapters));
    }

    private static Route route(List<Route> routes, String prefix) {
        return routes.stream().filter(r -> r.destinationPrefix().equals(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no route for " + prefix + " in " + routes));
    }

    private static List<String> entraInterfaces(Observation routes) {
        return Facts.recordsOf(routes, "entraIdRoutes").stream()
                .map(range -> Facts.textOf(range.getFields(), "InterfaceAlias").orElse("?")
                        + (Facts.boolOf(range.getFields(), "ThroughTunnel").orElse(false) ? " (tunnel)" : ""))
                .toList();
    }

    @Test
    void readsTheRoutesAdaptersDnsAndVpnOfTheNamespace() throws Exception {
        namespace.connectTunnelClient();

        Reading<List<Route>> routes = target.routes(new NullProgressMonitor());
        Evidence table = routes.evidence().get(0);
        assertEquals("LC_ALL=C.UTF-8 ip netns exec " + namespace.name + " ip -j -4 route show table main", table.source());
        assertEquals(0, table.exitCode());
        List<NetworkAdapter> adapters = value(target.adapters(new NullProgressMonitor()));
        NetworkAdapter lan = adapter(adapters, "lan0");
        NetworkAdapter tun = adapter(adapters, "tun0");
        Route entra = route(value(routes), "20.190.128.0/18");
        assertEquals("tun0", entra.interfaceAlias());
        assertEquals(50, entra.routeMetric());
        Route byDefault = route(value(routes), "0.0.0.0/0");
        assertEquals("192.0.2.1", byDefault.nextHop());
        assertEquals("lan0", byDefault.interfaceAlias());
        assertEquals(100, byDefault.routeMetric());

        assertEquals("veth", lan.kind());
        assertTrue(lan.connected());
        assertFalse(lan.tunnel());
        assertEquals(List.of("192.0.2.10"), lan.ipv4Addresses());
        assertEquals(List.of("192.0.2.1"), lan.gateways());
        assertEquals("tun", tun.kind());
        assertTrue(tun.tunnel());
        assertTrue(tun.connected(), tun.description());
        assertEquals(List.of("198.51.100.2"), tun.ipv4Addresses());
        assertEquals(List.of("198.51.100.53"), tun.dnsServers(), "the namespace's resolv.conf server, reached via tun0");
        assertEquals("corp.contoso.com", tun.dnsSuffix());
        assertFalse(adapters.stream().anyMatch(a -> a.name().equals("lo")));

        assertEquals(List.of(new VpnConnection("tun0", null, "tun", true, "Connected", null, true)),
                value(target.vpnConnections(new NullProgressMonitor())), "the default route stays on lan0: split");

        VpnDiagnosis diagnosis = VpnDiagnosis.of(target);
        Observation routesObservation = diagnosis.observation(RoutesProbe.ID);
        assertEquals(List.of("tun0 (tunnel)", "tun0 (tunnel)"), entraInterfaces(routesObservation));
        assertEquals(true, Facts.boolOf(routesObservation.getFacts(), "entraIdThroughTunnel").orElseThrow());
        assertFalse(diagnosis.causes().contains(Causes.FULL_TUNNEL_VPN), "a split tunnel is not a full tunnel");
    }

    @Test
    void aDefaultRouteIntoTheTunnelIsAFullTunnel() throws Exception {
        namespace.connectTunnelClient();
        namespace.ip("route", "add", "default", "dev", "tun0", "metric", "10");

        List<VpnConnection> vpns = value(target.vpnConnections(new NullProgressMonitor()));
        assertEquals(false, vpns.get(0).splitTunneling());
        VpnDiagnosis diagnosis = VpnDiagnosis.of(target);
        assertTrue(diagnosis.causes().contains(Causes.FULL_TUNNEL_VPN), diagnosis.causes().toString());
    }

    @Test
    void aTunnelWhoseClientIsGoneCarriesNothing() {
        List<NetworkAdapter> adapters = value(target.adapters(new NullProgressMonitor()));
        NetworkAdapter tun = adapter(adapters, "tun0");
        assertTrue(tun.tunnel());
        assertFalse(tun.connected());
        assertTrue(tun.description().contains("no carrier"), tun.description());
        assertEquals("Disconnected", value(target.vpnConnections(new NullProgressMonitor())).get(0).connectionStatus());

        Observation routes = VpnDiagnosis.of(target).observation(RoutesProbe.ID);
        assertEquals(List.of("tun0", "tun0"), entraInterfaces(routes),
                "the routes still name tun0, but no connected tunnel carries them");
    }

    @Test
    void policyRulesThatBypassTheMainTableAreReported() throws Exception {
        namespace.connectTunnelClient();
        namespace.ip("route", "add", "40.126.0.0/18", "via", "192.0.2.1", "dev", "lan0", "table", "100");
        namespace.ip("rule", "add", "to", "40.126.0.0/18", "lookup", "100", "priority", "100");

        Reading<List<Route>> routes = target.routes(new NullProgressMonitor());
        assertEquals(1, routes.problems().size(), routes.problems().toString());
        String problem = routes.problems().get(0);
        assertTrue(problem.startsWith("policy routing: the kernel sends 40.126.0.0/18 (e.g. 40.126.0.1) through lan0, "
                + "not through tun0"), problem);
        assertTrue(problem.contains("100: dst 40.126.0.0/18 lookup 100"), problem);
    }

    @Test
    void endpointTestsAreNotRunFromInsideTheNamespace() {
        Reading<?> endpoints = target.endpoints(Endpoint.AUTHENTICATION, new NullProgressMonitor());
        assertEquals(Reading.Kind.UNSUPPORTED, endpoints.kind());
        assertTrue(endpoints.message().contains(namespace.name), endpoints.message());
    }

    @Test
    void theLocalTargetOpensANamespaceByName() throws Exception {
        try (Target opened = Targets.open("local:netns=" + namespace.name)) {
            assertEquals("local", opened.info().kind());
            assertEquals("netns:" + namespace.name, opened.info().location());
            assertTrue(opened.notes().get(0).contains(namespace.name), opened.notes().toString());
            assertEquals("tun0", route(value(opened.routes(new NullProgressMonitor())), "20.190.128.0/18")
                    .interfaceAlias());
        }
        TargetException missing = assertThrows(TargetException.class,
                () -> Targets.open("local:netns=" + namespace.name + "-missing"));
        assertTrue(missing.getMessage().startsWith("cannot enter network namespace " + namespace.name + "-missing"),
                missing.getMessage());
    }
}
