package org.triage.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.triage.formats.Ipv4Address;
import org.triage.formats.Ipv4Prefix;
import org.triage.formats.NetRoute;
import org.triage.formats.NetRouteTable;
import org.triage.formats.NetRoutesFormat;

class NetRoutesFormatTest {

    private static final String SPLIT = "routes/split-tunnel-vpn.json";
    private static final String SINGLE = "routes/single-route.json";

    @TestFactory
    Stream<DynamicTest> splitTunnelRouteTable() {
        return variants(SPLIT, table -> {
            assertTrue(table.recognised());
            assertEquals(List.of(), table.problems());
            assertEquals(18, table.routes().size());
            NetRoute first = table.routes().get(0);
            assertEquals("255.255.255.255/32", first.destinationPrefix());
            assertEquals("0.0.0.0", first.nextHop());
            assertEquals("Contoso VPN", first.interfaceAlias());
            assertEquals(Optional.of(27), first.interfaceIndex());
            assertEquals(Optional.of(256), first.routeMetric());
            assertEquals(Optional.of(Ipv4Prefix.parse("255.255.255.255/32")), first.ipv4Prefix());
            assertEquals(6, table.routesVia("contoso vpn").size());
        });
    }

    @Test
    void longestPrefixDecidesWhichInterfaceCarriesTheTraffic() {
        NetRouteTable table = NetRoutesFormat.parse(Fixtures.bytes(SPLIT));

        NetRoute entra1 = table.routeFor("20.190.130.5").orElseThrow();
        assertEquals("20.190.128.0/18", entra1.destinationPrefix());
        assertEquals("Ethernet", entra1.interfaceAlias());
        assertTrue(entra1.hasGateway());

        assertEquals("Contoso VPN", table.routeFor("40.126.5.6").orElseThrow().interfaceAlias());
        assertEquals("10.0.0.0/8", table.routeFor("10.1.2.3").orElseThrow().destinationPrefix());
        assertEquals("10.255.1.23/32", table.routeFor("10.255.1.23").orElseThrow().destinationPrefix());
        assertEquals("Ethernet", table.routeFor("192.168.1.50").orElseThrow().interfaceAlias());
        assertEquals("Loopback Pseudo-Interface 1", table.routeFor(Ipv4Address.parse("127.0.0.1")).orElseThrow().interfaceAlias());

        // Two default routes: the lower RouteMetric (Ethernet, 0) wins over the VPN's 1.
        NetRoute internet = table.routeFor("8.8.8.8").orElseThrow();
        assertEquals("0.0.0.0/0", internet.destinationPrefix());
        assertEquals("Ethernet", internet.interfaceAlias());
        assertEquals("192.168.1.1", internet.nextHop());

        assertEquals("Ethernet", table.routeFor(Ipv4Prefix.ENTRA_ID_1).orElseThrow().interfaceAlias());
        assertEquals("Contoso VPN", table.routeFor(Ipv4Prefix.ENTRA_ID_2).orElseThrow().interfaceAlias());
        assertEquals(List.of(), table.moreSpecificRoutes(Ipv4Prefix.ENTRA_ID_1));
        assertEquals(List.of("10.255.1.23/32"), table.moreSpecificRoutes(Ipv4Prefix.parse("10.0.0.0/8")).stream()
                .map(NetRoute::destinationPrefix).toList());
        assertEquals(Optional.empty(), table.routeFor("not an address"));
    }

    @Test
    void metricSettlesEqualPrefixesAndMissingMetricsLose() {
        NetRouteTable table = NetRouteTable.of(List.of(
                NetRoute.of("0.0.0.0/0", "0.0.0.0", "Contoso VPN", 27, 1),
                new NetRoute("0.0.0.0/0", "10.0.0.1", "Other", Optional.empty(), Optional.empty(), Map.of()),
                NetRoute.of("0.0.0.0/1", "0.0.0.0", "Contoso VPN", 27, 5),
                NetRoute.of("128.0.0.0/1", "0.0.0.0", "Contoso VPN", 27, 5),
                NetRoute.of("0.0.0.0/0", "192.168.1.1", "Wi-Fi", 18, 25)));
        // Full-tunnel VPN: the two /1 halves beat every /0 route, whatever their metrics.
        assertEquals("128.0.0.0/1", table.routeFor("200.1.1.1").orElseThrow().destinationPrefix());
        assertEquals("0.0.0.0/1", table.routeFor(Ipv4Prefix.ENTRA_ID_1).orElseThrow().destinationPrefix());
        NetRouteTable withoutHalves = NetRouteTable.of(List.of(table.routes().get(1), table.routes().get(4), table.routes().get(0)));
        assertEquals("Contoso VPN", withoutHalves.routeFor("8.8.8.8").orElseThrow().interfaceAlias());
    }

    @TestFactory
    Stream<DynamicTest> oneRouteIsWrittenAsAnObject() {
        return variants(SINGLE, table -> {
            assertTrue(table.recognised());
            assertEquals(1, table.routes().size());
            assertEquals("Wi-Fi", table.routeFor("20.190.128.1").orElseThrow().interfaceAlias());
        });
    }

    @TestFactory
    Stream<DynamicTest> renderingReproducesConvertToJsonExactly() {
        return Stream.of(SPLIT, SINGLE).map(fixture -> DynamicTest.dynamicTest(fixture, () -> {
            String master = Fixtures.text(fixture);
            NetRouteTable parsed = NetRoutesFormat.parse(master);
            String rendered = NetRoutesFormat.render(parsed);
            assertEquals(Fixtures.lines(master), Fixtures.lines(rendered));
            assertEquals(parsed.routes(), NetRoutesFormat.parse(rendered).routes());
        }));
    }

    @Test
    void ipv6AndBrokenPrefixesAreKeptAsTheyAre() {
        String json = "[{\"DestinationPrefix\":\"::/0\",\"NextHop\":\"fe80::1\",\"InterfaceAlias\":\"Wi-Fi\",\"RouteMetric\":0},\n"
                + "{\"DestinationPrefix\":\"300.1.1.0/24\",\"NextHop\":\"0.0.0.0\",\"InterfaceAlias\":\"X\",\"RouteMetric\":\"7\","
                + "\"AddressFamily\":2}]";
        NetRouteTable table = NetRoutesFormat.parse(json);
        assertTrue(table.recognised());
        assertEquals(2, table.routes().size());
        assertEquals(Optional.empty(), table.routes().get(0).ipv4Prefix());
        assertEquals(Optional.of(7), table.routes().get(1).routeMetric());
        assertEquals("2", table.routes().get(1).otherProperties().get("AddressFamily"));
        assertEquals(1, table.problems().size());
        assertEquals(2, table.problems().get(0).line());
        assertEquals(Optional.empty(), table.routeFor("1.2.3.4"));
    }

    @Test
    void otherJsonIsNotARouteTable() {
        NetRouteTable vpn = NetRoutesFormat.parse(Fixtures.bytes("vpn/single-profile.json"));
        assertFalse(vpn.recognised());
        assertTrue(vpn.problems().get(0).message().startsWith("not Get-NetRoute"));
        assertFalse(NetRoutesFormat.parse("").recognised());
    }

    private static Stream<DynamicTest> variants(String fixture, Consumer<NetRouteTable> check) {
        return Fixtures.windowsVariants(fixture).stream()
                .map(v -> DynamicTest.dynamicTest(v.toString(), () -> check.accept(NetRoutesFormat.parse(v.bytes()))));
    }
}
