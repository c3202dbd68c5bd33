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
import org.triage.formats.AnyConnectStats;
import org.triage.formats.AnyConnectStatsFormat;
import org.triage.formats.ParseProblem;

/** {@code vpncli.exe stats} over the posted outputs in fixtures/anyconnect (sources in its README). */
class AnyConnectStatsFormatTest {

    private static final String DISCONNECTED = "anyconnect/disconnected-4.9.txt";
    private static final String SPLIT_EXCLUDE = "anyconnect/connected-split-exclude-4.9.txt";
    private static final String TUNNEL_ALL = "anyconnect/tunnel-all-with-routes.sample.txt";
    private static final String SPLIT_INCLUDE = "anyconnect/split-include-with-routes.sample.txt";

    @TestFactory
    Stream<DynamicTest> disconnectedClientHasNoTunnelMode() {
        return variants(DISCONNECTED, stats -> {
            assertTrue(stats.recognised());
            assertEquals(Optional.of("Disconnected"), stats.connectionState());
            assertFalse(stats.connected());
            assertEquals(Optional.empty(), stats.tunnelModeIpv4(), "Not Available is no value");
            assertEquals(Optional.empty(), stats.tunnelModeIpv6());
            assertEquals(Optional.empty(), stats.serverAddress());
            assertEquals(List.of(), stats.securedRoutesIpv4());
            assertEquals(List.of(), stats.problems());
            assertEquals("Disconnected (disabled)",
                    stats.fields().get("Connection Information").get("Management Connection State"));
        });
    }

    @TestFactory
    Stream<DynamicTest> connectedSplitExcludeKeepsTheClientsWords() {
        return variants(SPLIT_EXCLUDE, stats -> {
            assertTrue(stats.recognised());
            assertTrue(stats.connected());
            assertEquals(Optional.of("Split Exclude"), stats.tunnelModeIpv4());
            assertEquals(Optional.of("Drop All Traffic"), stats.tunnelModeIpv6());
            assertFalse(stats.tunnelsAllIpv4());
            assertEquals(Optional.of("84.21.34.333"), stats.serverAddress(), "kept as posted, even if not an address");
            assertEquals(Optional.of("10.238.240.197"), stats.clientAddressIpv4());
            assertEquals("DTLSv1.2", stats.fields().get("Transport Information").get("Protocol"));
            assertEquals(List.of(), stats.problems());
        });
    }

    @TestFactory
    Stream<DynamicTest> tunnelAllWithItsSecuredRoutes() {
        return variants(TUNNEL_ALL, stats -> {
            assertTrue(stats.connected());
            assertEquals(Optional.of("Tunnel All Traffic"), stats.tunnelModeIpv4());
            assertTrue(stats.tunnelsAllIpv4());
            assertEquals(Optional.of("203.0.113.10"), stats.serverAddress());
            assertEquals(List.of("0.0.0.0/0"), stats.securedRoutesIpv4());
            assertEquals(List.of(), stats.securedRoutesIpv6());
            assertEquals(List.of(), stats.problems());
        });
    }

    @TestFactory
    Stream<DynamicTest> splitIncludeListsTheNetworksItTunnels() {
        return variants(SPLIT_INCLUDE, stats -> {
            assertEquals(Optional.of("Split Include"), stats.tunnelModeIpv4());
            assertFalse(stats.tunnelsAllIpv4());
            assertEquals(List.of("10.0.0.0/8", "172.16.0.0/12", "130.20.10.10/32"), stats.securedRoutesIpv4());
            assertEquals(List.of(), stats.problems());
        });
    }

    @Test
    void aLineThatIsNotARouteIsKeptAndReportedWithItsNumber() {
        String text = Fixtures.text(TUNNEL_ALL).replace("    0.0.0.0                                0\n",
                "    0.0.0.0                                0\n    (truncated)\n");
        AnyConnectStats stats = AnyConnectStatsFormat.parse(text);
        assertTrue(stats.recognised());
        assertEquals(List.of("0.0.0.0/0"), stats.securedRoutesIpv4());
        List<String> lines = Fixtures.lines(text);
        int number = lines.indexOf("    (truncated)") + 1;
        assertEquals(List.of(new ParseProblem(number,
                "not a network and prefix length in [ Secured Routes (IPv4) ], kept as is: (truncated)")),
                stats.problems());
        assertEquals(number, stats.unparsedLines().get(0).line());
    }

    @Test
    void outputCutShortBeforeTheStateSaysSo() {
        AnyConnectStats stats = AnyConnectStatsFormat.parse("VPN>\r\n\r\n[ Connection Information ]\r\n\r\n");
        assertTrue(stats.recognised());
        assertEquals(Optional.empty(), stats.connectionState());
        assertTrue(stats.firstProblem().orElseThrow().message().contains("no 'Connection State' line"),
                stats.problems().toString());
    }

    @Test
    void otherTextEmptyInputAndBinaryAreNotRecognisedAndNeverThrow() {
        for (String text : List.of("", "\r\n  \r\n", "Current WinHTTP proxy settings:\r\n\r\n    Direct access\r\n",
                "\u0000\u0001\u0002PK\u0003\u0004")) {
            AnyConnectStats stats = AnyConnectStatsFormat.parse(text);
            assertFalse(stats.recognised(), text);
            assertFalse(stats.problems().isEmpty(), text);
        }
        AnyConnectStats banner = AnyConnectStatsFormat.parse("Cisco Secure Client (version 5.1.0.0) release.\r\n\r\n"
                + "  >> state: Unknown\r\nVPN>\r\n");
        assertFalse(banner.recognised());
        assertEquals(Optional.empty(), banner.connectionState(), "Unknown is no state");
        assertEquals("not vpncli stats output: no '[ Connection Information ]' section",
                banner.firstProblem().orElseThrow().message());
        assertEquals(Map.of(), banner.fields());
    }

    private static Stream<DynamicTest> variants(String fixture, Consumer<AnyConnectStats> check) {
        return Fixtures.windowsVariants(fixture).stream().map(v -> DynamicTest.dynamicTest(v.toString(),
                () -> check.accept(AnyConnectStatsFormat.parse(v.bytes()))));
    }
}
