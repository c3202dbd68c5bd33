package org.triage.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.triage.core.target.Ipv4Prefix;
import org.triage.core.target.Ipv4Prefix.RouteChoice;
import org.triage.core.target.Route;
import org.triage.formats.NetRoute;
import org.triage.formats.NetRouteTable;
import org.triage.formats.NetRoutesFormat;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.WindowsReadings;

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
            assertEquals(6, table.routes().stream().filter(r -> r.interfaceAlias().equals("Contoso VPN")).count());
        });
    }

    /** The route choice the product makes, on routes read from the verbatim file as every target reads them. */
    private static Route chosen(NetRouteTable table, String destination) {
        List<Route> routes = WindowsReadings.routes(new RawOutput("Get-NetRoute", SPLIT, 0, Instant.EPOCH,
                NetRoutesFormat.render(table).getBytes(StandardCharsets.UTF_8))).value();
        return Ipv4Prefix.selectRoute(routes, Ipv4Prefix.parse(destination),
                route -> "Contoso VPN".equals(route.interfaceAlias())).map(RouteChoice::route).orElse(null);
    }

    @Test
    void longestPrefixDecidesWhichInterfaceCarriesTheTraffic() {
        NetRouteTable table = NetRoutesFormat.parse(Fixtures.bytes(SPLIT));

        Route entra1 = chosen(table, "20.190.130.5");
        assertEquals("20.190.128.0/18", entra1.destinationPrefix());
        assertEquals("Ethernet", entra1.interfaceAlias());
        assertEquals("192.168.1.1", entra1.nextHop());

        assertEquals("Contoso VPN", chosen(table, "40.126.5.6").interfaceAlias());
        assertEquals("10.0.0.0/8", chosen(table, "10.1.2.3").destinationPrefix());
        assertEquals("10.255.1.23/32", chosen(table, "10.255.1.23").destinationPrefix());
        assertEquals("Ethernet", chosen(table, "192.168.1.50").interfaceAlias());
        assertEquals("Loopback Pseudo-Interface 1", chosen(table, "127.0.0.1").interfaceAlias());
        assertEquals("Ethernet", chosen(table, "20.190.128.0/18").interfaceAlias());
        assertEquals("Contoso VPN", chosen(table, "40.126.0.0/18").interfaceAlias());

        // Two default routes and no interface metrics in the file: the connected VPN's route is taken.
        Route internet = chosen(table, "8.8.8.8");
        assertEquals("0.0.0.0/0", internet.destinationPrefix());
        assertEquals("Contoso VPN", internet.interfaceAlias());
    }

    @Test
    void theTwoHalvesOfAFullTunnelBeatEveryDefaultRoute() {
        NetRouteTable table = NetRouteTable.of(List.of(
                NetRoute.of("0.0.0.0/0", "0.0.0.0", "Contoso VPN", 27, 1),
                new NetRoute("0.0.0.0/0", "10.0.0.1", "Other", Optional.empty(), Optional.empty(), Map.of()),
                NetRoute.of("0.0.0.0/1", "0.0.0.0", "Contoso VPN", 27, 5),
                NetRoute.of("128.0.0.0/1", "0.0.0.0", "Contoso VPN", 27, 5),
                NetRoute.of("0.0.0.0/0", "192.168.1.1", "Wi-Fi", 18, 25)));
        assertEquals("128.0.0.0/1", chosen(table, "200.1.1.1").destinationPrefix());
        assertEquals("0.0.0.0/1", chosen(table, "20.190.128.0/18").destinationPrefix());
    }

    @TestFactory
    Stream<DynamicTest> oneRouteIsWrittenAsAnObject() {
        return variants(SINGLE, table -> {
            assertTrue(table.recognised());
            assertEquals(1, table.routes().size());
            assertEquals("Wi-Fi", table.routes().get(0).interfaceAlias());
            assertTrue(table.routes().get(0).ipv4Prefix().orElseThrow().contains(Ipv4Prefix.parse("20.190.128.1")));
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
