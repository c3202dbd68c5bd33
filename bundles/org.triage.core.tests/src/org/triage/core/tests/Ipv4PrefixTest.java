package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.core.target.Ipv4Prefix;
import org.triage.core.target.Ipv4Prefix.RouteChoice;
import org.triage.core.target.Route;

/** Route selection as Windows makes it, which decides whether Entra ID traffic goes into a VPN tunnel. */
class Ipv4PrefixTest {

    private static final Ipv4Prefix ENTRA = Ipv4Prefix.parse("20.190.128.0/18");
    private static final Predicate<Route> VPN = route -> "Contoso VPN".equals(route.interfaceAlias());

    private static Route route(String prefix, String alias, Integer routeMetric, Integer interfaceMetric) {
        return new Route(prefix, "0.0.0.0", alias, 1, routeMetric, interfaceMetric);
    }

    private static Route select(Ipv4Prefix destination, Route... routes) {
        return Ipv4Prefix.selectRoute(List.of(routes), destination, VPN).map(RouteChoice::route)
                .orElseThrow(() -> new AssertionError("no route chosen"));
    }

    @Test
    void theLongestCoveringPrefixWinsWhateverTheMetrics() {
        Route tunnelDefault = route("0.0.0.0/0", "Contoso VPN", 1, 1);
        Route wide = route("20.0.0.0/8", "Contoso VPN", 1, 1);
        Route exact = route("20.190.128.0/18", "Wi-Fi", 500, 500);
        assertEquals(exact, select(ENTRA, tunnelDefault, wide, exact));
        assertEquals(wide, select(ENTRA, tunnelDefault, wide));
        assertEquals(tunnelDefault, select(Ipv4Prefix.parse("8.8.8.8"), tunnelDefault, wide, exact));
    }

    @Test
    void aRouteThatCoversOnlyPartOfTheDestinationIsNotChosen() {
        Route outside = route("0.0.0.0/0", "Wi-Fi", 25, null);
        Route part = route("20.190.128.0/24", "Contoso VPN", 1, null);
        assertEquals(outside, select(ENTRA, outside, part));
    }

    @Test
    void equalPrefixesAreDecidedByRouteAndInterfaceMetricWhenBothAreKnown() {
        Route tunnel = route("0.0.0.0/0", "Contoso VPN", 1, 100);
        Route wifi = route("0.0.0.0/0", "Wi-Fi", 0, 50);
        RouteChoice choice = Ipv4Prefix.selectRoute(List.of(tunnel, wifi), ENTRA, VPN).orElseThrow();
        assertEquals(wifi, choice.route(), "a known lower total metric beats the tunnel");
        assertTrue(choice.reason().contains("metric (50)"), choice.reason());

        Route cheaperTunnel = route("0.0.0.0/0", "Contoso VPN", 1, 5);
        assertEquals(cheaperTunnel, select(ENTRA, wifi, cheaperTunnel));
    }

    @Test
    void withUnknownInterfaceMetricsTheTunnelWins() {
        Route wifi = route("0.0.0.0/0", "Wi-Fi", 0, null);
        Route tunnel = route("0.0.0.0/0", "Contoso VPN", 35, null);
        RouteChoice choice = Ipv4Prefix.selectRoute(List.of(wifi, tunnel), ENTRA, VPN).orElseThrow();
        assertEquals(tunnel, choice.route());
        assertTrue(choice.reason().contains("VPN"), choice.reason());
    }

    @Test
    void oneUnknownInterfaceMetricIsEnoughForTheTunnelToWin() {
        Route wifi = route("0.0.0.0/0", "Wi-Fi", 0, 25);
        Route tunnel = route("0.0.0.0/0", "Contoso VPN", 35, null);
        assertEquals(tunnel, select(ENTRA, wifi, tunnel));
    }

    @Test
    void withUnknownInterfaceMetricsAndNoTunnelTheLowestRouteMetricWins() {
        Route ethernet = route("0.0.0.0/0", "Ethernet", 25, null);
        Route wifi = route("0.0.0.0/0", "Wi-Fi", 35, null);
        Route unknown = route("0.0.0.0/0", "Mystery", null, null);
        assertEquals(ethernet, select(ENTRA, wifi, unknown, ethernet));
    }

    @Test
    void nothingIsChosenWithoutACoveringRoute() {
        assertEquals(Optional.empty(), Ipv4Prefix.selectRoute(List.of(route("10.0.0.0/8", "Contoso VPN", 1, 1)),
                ENTRA, VPN));
        assertEquals(Optional.empty(), Ipv4Prefix.selectRoute(List.of(), ENTRA, VPN));
    }

    @Test
    void unparsableRoutesAreSkipped() {
        Route wifi = route("0.0.0.0/0", "Wi-Fi", 25, null);
        assertEquals(wifi, select(ENTRA, route("fe80::/64", "Contoso VPN", 1, null),
                route("garbage", "Contoso VPN", 1, null), route(null, "Contoso VPN", 1, null), wifi));
        assertEquals(List.of(), Ipv4Prefix.routesInside(List.of(route("20.190.300.0/24", "X", 1, null)), ENTRA));
    }

    @Test
    void routesInsideFindsTheMoreSpecificRoutesOnly() {
        Route tunnelDefault = route("0.0.0.0/0", "Contoso VPN", 1, null);
        Route same = route("20.190.128.0/18", "Wi-Fi", 1, null);
        Route inside = route("20.190.128.0/24", "Wi-Fi", 1, null);
        Route host = route("20.190.191.255/32", "Wi-Fi", 1, null);
        Route beside = route("20.190.192.0/24", "Wi-Fi", 1, null);
        assertEquals(List.of(inside, host),
                Ipv4Prefix.routesInside(List.of(tunnelDefault, same, inside, host, beside), ENTRA));
    }

    @Test
    void parsingClearsHostBitsAndReadsBareAddressesAsHosts() {
        assertEquals(ENTRA, Ipv4Prefix.parse(" 20.190.130.5/18 "));
        assertEquals(Ipv4Prefix.ENTRA_ID.get(0), ENTRA);
        assertEquals("40.126.0.0/18", Ipv4Prefix.ENTRA_ID.get(1).toString());
        assertEquals(32, Ipv4Prefix.parse("192.168.1.23").length());
        assertEquals("0.0.0.0/0", Ipv4Prefix.parse("255.1.2.3/0").toString());
        assertTrue(ENTRA.contains(Ipv4Prefix.address("20.190.191.255")));
        assertFalse(ENTRA.contains(Ipv4Prefix.address("20.190.192.0")));
        assertTrue(ENTRA.contains(Ipv4Prefix.parse("20.190.151.67")));
        assertFalse(ENTRA.contains(Ipv4Prefix.parse("20.0.0.0/8")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1.2.3", "1.2.3.4.5", "256.1.1.1/8", "1.2.3.4/33", "1.2.3.4/-1", "1.2.3.4/",
            "a.b.c.d/8", "::/0", "1.2.3.4/8/9", "1..3.4/8", "20.190.128.0/18x", "01.2.3.4/8", "+1.2.3.4", "1.2.3.4/+8",
            "1.2.3.1000"})
    void malformedTextIsRefused(String text) {
        assertEquals(Optional.empty(), Ipv4Prefix.tryParse(text));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Prefix.parse(text));
    }

    @Test
    void tryParseOfNothingIsEmpty() {
        assertEquals(Optional.empty(), Ipv4Prefix.tryParse(null));
    }
}
