package org.triage.snapshot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.findings;
import static org.triage.tests.harness.SessionQueries.latest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triage.core.probe.VpnClientsProbe;
import org.triage.core.rules.Causes;
import org.triage.core.session.Facts;
import org.triage.model.Finding;
import org.triage.model.RecordFact;
import org.triage.model.Session;
import org.triage.model.Severity;

/**
 * The VPN clients enterprises run, recognised in real {@code ipconfig /all} outputs (resources/vpn-clients, sources in
 * its README) written into snapshots as Windows writes them; and the full tunnel found from the routes alone and from
 * ipconfig alone, split tunnels raising nothing.
 */
class VpnClientSnapshotTest {

    private static final Path FIXTURES = Path.of("resources", "vpn-clients");

    static Stream<Arguments> clients() {
        return Stream.of(
                Arguments.of("globalprotect-full-tunnel.txt", "GLOBALPROTECT", "Ethernet 2", true),
                Arguments.of("globalprotect-split-tunnel.txt", "GLOBALPROTECT", "Ethernet 3", true),
                Arguments.of("zscaler-disconnected.txt", "ZSCALER", "Ethernet 4", false),
                Arguments.of("checkpoint-disconnected.txt", "CHECK_POINT", "Local Area Connection* 11", false),
                Arguments.of("openvpn-tap-connected.txt", "OPENVPN", "Local Area Connection 3", true),
                Arguments.of("wireguard-connected.txt", "WIREGUARD", "Home-EdgeRouter", true),
                Arguments.of("forticlient-connected.txt", "FORTICLIENT", "Ethernet 2", true),
                Arguments.of("anyconnect-connected.txt", "CISCO_SECURE_CLIENT", "Ethernet 3", true),
                Arguments.of("pulse-secure-connected.txt", "IVANTI_SECURE", "Local Area Connection* 12", true),
                Arguments.of("windows-ikev2-full-tunnel.txt", "WINDOWS_RAS", "Contoso VPN", true));
    }

    @ParameterizedTest
    @MethodSource("clients")
    void eachClientIsRecognisedWithItsStateInEveryEncoding(String fixture, String client, String adapter,
            boolean connected, @TempDir Path temp) throws Exception {
        for (boolean utf16 : List.of(true, false)) {
            Path snapshot = snapshot(temp.resolve(utf16 ? "utf16" : "utf8"), fixture, null, utf16);
            Session session = SnapshotFixtures.diagnose(snapshot);

            List<RecordFact> clients = Facts.recordsOf(latest(session, VpnClientsProbe.ID), "clients");
            assertEquals(1, clients.size(), fixture + ": " + latest(session, VpnClientsProbe.ID).getSummary());
            RecordFact found = clients.get(0);
            assertEquals(client, Facts.textOf(found.getFields(), "Client").orElseThrow(), fixture);
            assertEquals(adapter, Facts.textOf(found.getFields(), "Adapter").orElseThrow(), fixture);
            assertEquals(connected, Facts.boolOf(found.getFields(), "Connected").orElseThrow(), fixture);
        }
    }

    @Test
    void ipconfigAloneReportsTheTunnelHoldingTheDefaultGatewayAsWeakerEvidence(@TempDir Path temp) throws Exception {
        Session session = SnapshotFixtures.diagnose(snapshot(temp, "globalprotect-full-tunnel.txt", null, true));

        Finding tunnel = finding(session);
        assertEquals(Severity.WARNING, tunnel.getSeverity());
        assertTrue(tunnel.getSummary().startsWith("Weaker evidence, from the adapters alone")
                && tunnel.getSummary().contains("Palo Alto GlobalProtect (adapter Ethernet 2, default gateway 0.0.0.0)"),
                tunnel.getSummary());
    }

    @Test
    void aBuiltInIkev2TunnelHoldingTheDefaultGatewayIsReportedFromIpconfigAlone(@TempDir Path temp) throws Exception {
        Session session = SnapshotFixtures.diagnose(snapshot(temp, "windows-ikev2-full-tunnel.txt", null, true));

        assertTrue(finding(session).getSummary().contains("Windows VPN (built-in) (adapter Contoso VPN"),
                finding(session).getSummary());
    }

    @Test
    void routesAloneFindTheFullTunnelOfAClientGetVpnConnectionDoesNotList(@TempDir Path temp) throws Exception {
        String routes = routes(route("0.0.0.0/0", "0.0.0.0", "Ethernet 2", 8, 1),
                route("0.0.0.0/0", "192.168.1.1", "Wi-Fi", 12, 35),
                route("203.0.113.10/32", "192.168.1.1", "Wi-Fi", 12, 35));
        Session session = SnapshotFixtures.diagnose(snapshot(temp, "globalprotect-full-tunnel.txt", routes, true));

        String summary = finding(session).getSummary();
        assertTrue(summary.startsWith("Entra ID traffic goes into the VPN Palo Alto GlobalProtect (Ethernet 2), which "
                + "takes the default route") && summary.contains("40.126.0.0/18 via 0.0.0.0/0 on Ethernet 2"), summary);
    }

    @Test
    void interfaceMetricsDecideBetweenTwoDefaultRoutes(@TempDir Path temp) throws Exception {
        // the tunnel's route has the lower route metric, but Wi-Fi's interface metric makes it the cheaper one
        String routes = routes(routeWithInterfaceMetric("0.0.0.0/0", "0.0.0.0", "Ethernet 2", 8, 1, 100),
                routeWithInterfaceMetric("0.0.0.0/0", "192.168.1.1", "Wi-Fi", 12, 25, 35));
        Session session = SnapshotFixtures.diagnose(snapshot(temp, "globalprotect-full-tunnel.txt", routes, true));

        assertFalse(findings(session).containsKey(Causes.FULL_TUNNEL_VPN), "routes decide over the adapters: "
                + session.getFindings().stream().map(Finding::getSummary).toList());
    }

    @Test
    void splitTunnelsRaiseNothing(@TempDir Path temp) throws Exception {
        String split = routes(route("10.0.0.0/8", "0.0.0.0", "Ethernet 3", 9, 1),
                route("0.0.0.0/0", "192.168.1.1", "Wi-Fi", 12, 35));
        for (Map.Entry<String, String> snapshot : Map.of("globalprotect-split-tunnel.txt", split,
                "wireguard-connected.txt", "", "openvpn-tap-connected.txt", "", "pulse-secure-connected.txt", "")
                .entrySet()) {
            Session session = SnapshotFixtures.diagnose(snapshot(temp.resolve(snapshot.getKey()), snapshot.getKey(),
                    snapshot.getValue().isEmpty() ? null : snapshot.getValue(), true));
            assertFalse(findings(session).containsKey(Causes.FULL_TUNNEL_VPN), snapshot.getKey());
        }
    }

    @Test
    void theClientsOwnTunnelAllIsTheStrongestEvidenceInEveryEncoding(@TempDir Path temp) throws Exception {
        for (boolean utf16 : List.of(true, false)) {
            Path snapshot = snapshot(temp.resolve(utf16 ? "utf16" : "utf8"), "anyconnect-connected.txt", null, utf16);
            withVpncliStats(snapshot, "vpncli-stats-tunnel-all.sample.txt", utf16);
            Session session = SnapshotFixtures.diagnose(snapshot);

            RecordFact cisco = Facts.recordsOf(latest(session, VpnClientsProbe.ID), "clients").get(0);
            assertEquals("Tunnel All Traffic", Facts.textOf(cisco.getFields(), "TunnelMode").orElseThrow());
            assertEquals("Connected", Facts.textOf(cisco.getFields(), "ClientState").orElseThrow());
            assertEquals("203.0.113.10", Facts.textOf(cisco.getFields(), "Server").orElseThrow());
            assertEquals(List.of("0.0.0.0/0"), Facts.textsOf(cisco.getFields(), "SecuredRoutes"));
            String summary = finding(session).getSummary();
            assertTrue(summary.startsWith("The client's own tunnel mode, the strongest evidence: Cisco Secure Client "
                    + "(AnyConnect) reports Tunnel Mode (IPv4): Tunnel All Traffic (server 203.0.113.10), a full "
                    + "tunnel"), summary);
            assertTrue(latest(session, VpnClientsProbe.ID).getEvidence().stream()
                    .anyMatch(e -> "vpncli-stats.txt".equals(e.getOutputKind())), "the stats are kept as evidence");
        }
    }

    @Test
    void theClientsOwnSplitModeOutweighsTheDefaultGatewayOfItsAdapter(@TempDir Path temp) throws Exception {
        Session adaptersOnly = SnapshotFixtures.diagnose(snapshot(temp.resolve("alone"), "anyconnect-connected.txt",
                null, true));
        assertTrue(finding(adaptersOnly).getSummary().startsWith("Weaker evidence"), "without the client's word the "
                + "adapter's default gateway is reported");

        for (String stats : List.of("vpncli-stats-split-include.sample.txt", "vpncli-stats-split-exclude-4.9.txt")) {
            Path snapshot = snapshot(temp.resolve(stats), "anyconnect-connected.txt", null, true);
            withVpncliStats(snapshot, stats, true);
            Session session = SnapshotFixtures.diagnose(snapshot);

            RecordFact cisco = Facts.recordsOf(latest(session, VpnClientsProbe.ID), "clients").get(0);
            assertTrue(Facts.textOf(cisco.getFields(), "TunnelMode").orElseThrow().startsWith("Split "), stats);
            assertFalse(findings(session).containsKey(Causes.FULL_TUNNEL_VPN), stats + ": "
                    + session.getFindings().stream().map(Finding::getSummary).toList());
        }
    }

    @Test
    void splitIncludeWhoseOwnSecuredRoutesTakeEntraIdIsReported(@TempDir Path temp) throws Exception {
        Path snapshot = snapshot(temp, "anyconnect-connected.txt", null, true);
        String stats = Files.readString(FIXTURES.resolve("vpncli-stats-split-include.sample.txt")).replace(
                "    10.0.0.0                               8\n",
                "    10.0.0.0                               8\n    20.190.128.0                           18\n");
        Files.write(snapshot.resolve("vpncli-stats.txt"), encode(stats.replace("\n", "\r\n"), true));

        String summary = finding(SnapshotFixtures.diagnose(snapshot)).getSummary();
        assertTrue(summary.contains("reports Tunnel Mode (IPv4): Split Include, but its own secured routes "
                + "20.190.128.0/18 take the Entra ID ranges into the tunnel"), summary);
    }

    @Test
    void routesShowingEntraIdInTheTunnelOutweighTheClientsSplitMode(@TempDir Path temp) throws Exception {
        String routes = routes(route("0.0.0.0/0", "10.200.1.1", "Ethernet 3", 9, 1),
                route("0.0.0.0/0", "192.168.1.1", "Wi-Fi", 12, 35));
        Path snapshot = snapshot(temp, "anyconnect-connected.txt", routes, true);
        withVpncliStats(snapshot, "vpncli-stats-split-include.sample.txt", true);

        String summary = finding(SnapshotFixtures.diagnose(snapshot)).getSummary();
        assertTrue(summary.startsWith("Entra ID traffic goes into the VPN Cisco Secure Client (AnyConnect) (Ethernet 3)")
                && summary.endsWith("(Cisco Secure Client (AnyConnect) itself reports Tunnel Mode (IPv4): Split Include,"
                        + " but the route table decides)"), summary);
    }

    private static void withVpncliStats(Path snapshot, String fixture, boolean utf16) throws Exception {
        String stats = Files.readString(FIXTURES.resolve(fixture)).replace("\n", "\r\n");
        Files.write(snapshot.resolve("vpncli-stats.txt"), encode(stats, utf16));
    }

    private static Finding finding(Session session) {
        return session.getFindings().stream().filter(f -> f.getCauseId().equals(Causes.FULL_TUNNEL_VPN)).findFirst()
                .orElseThrow(() -> new AssertionError("no full tunnel found: " + findings(session)));
    }

    /** A snapshot folder of the fixture's ipconfig /all (and routes.json where given), CRLF, as Windows writes it. */
    private static Path snapshot(Path folder, String fixture, String routesJson, boolean utf16) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("manifest.json"), "{\r\n  \"format\": \"triage-snapshot/1\",\r\n"
                + "  \"collectedAt\": \"2026-11-30T09:15:00+01:00\",\r\n  \"hostname\": \"PC0042\",\r\n"
                + "  \"user\": \"alex@contoso.com\",\r\n  \"os\": \"Microsoft Windows 11 Enterprise 10.0.22631\"\r\n}\r\n");
        String ipconfig = Files.readString(FIXTURES.resolve(fixture)).replace("\n", "\r\n");
        Files.write(folder.resolve("ipconfig-all.txt"), encode(ipconfig, utf16));
        if (routesJson != null) {
            Files.write(folder.resolve("routes.json"), encode(routesJson, utf16));
        }
        return folder;
    }

    private static byte[] encode(String text, boolean utf16) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (utf16) {
            bytes.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
            bytes.write(text.getBytes(StandardCharsets.UTF_16LE));
        } else {
            bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            bytes.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Windows PowerShell 5.1's ConvertTo-Json layout of Get-NetRoute ... | Select. */
    private static String routes(String... routes) {
        return "[\r\n" + String.join(",\r\n", routes) + "\r\n]\r\n";
    }

    private static String route(String prefix, String nextHop, String alias, int index, int metric) {
        return "    {\r\n        \"DestinationPrefix\":  \"" + prefix + "\",\r\n        \"NextHop\":  \"" + nextHop
                + "\",\r\n        \"InterfaceAlias\":  \"" + alias + "\",\r\n        \"InterfaceIndex\":  " + index
                + ",\r\n        \"RouteMetric\":  " + metric + "\r\n    }";
    }

    private static String routeWithInterfaceMetric(String prefix, String nextHop, String alias, int index, int metric,
            int interfaceMetric) {
        return route(prefix, nextHop, alias, index, metric).replace("\r\n    }",
                ",\r\n        \"InterfaceMetric\":  " + interfaceMetric + "\r\n    }");
    }
}
