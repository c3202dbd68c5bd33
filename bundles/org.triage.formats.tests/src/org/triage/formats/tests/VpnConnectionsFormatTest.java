package org.triage.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.triage.formats.VpnConnection;
import org.triage.formats.VpnConnectionList;
import org.triage.formats.VpnConnectionsFormat;
import org.triage.formats.VpnTunnelType;

class VpnConnectionsFormatTest {

    private static final String SINGLE = "vpn/single-profile.json";
    private static final String TWO = "vpn/two-profiles-depth-truncated.json";
    private static final String NUMBERS = "vpn/enums-as-numbers.json";

    @TestFactory
    Stream<DynamicTest> singleConnectedSplitTunnelProfile() {
        return variants(SINGLE, list -> {
            assertTrue(list.recognised());
            assertEquals(List.of(), list.problems());
            assertEquals(1, list.connections().size());
            VpnConnection vpn = list.connections().get(0);
            assertEquals("Contoso VPN", vpn.name());
            assertEquals("vpn.contoso.com", vpn.serverAddress());
            assertEquals("{03D226D4-3EBF-4B67-9618-4E310AD3FE87}", vpn.guid());
            assertEquals(VpnTunnelType.IKEV2, vpn.tunnelType());
            assertEquals("Ikev2", vpn.tunnelTypeText());
            assertEquals(List.of("Eap"), vpn.authenticationMethods());
            assertEquals("Required", vpn.encryptionLevel());
            assertTrue(vpn.isConnected());
            assertEquals(Optional.of(true), vpn.splitTunneling());
            assertEquals(Optional.of(true), vpn.rememberCredential());
            assertEquals(Optional.of(false), vpn.allUserConnection());
            assertEquals(Optional.of(false), vpn.useWinlogonCredential());
            assertEquals(Optional.of(0L), vpn.idleDisconnectSeconds());
            assertEquals("corp.contoso.com", vpn.dnsSuffix());
            assertEquals(List.of("10.0.0.0/8", "40.126.0.0/18"), vpn.routes());
            assertEquals("\"Inbox\"", vpn.otherProperties().get("ProfileType"));
            assertEquals("null", vpn.otherProperties().get("Proxy"));
            assertEquals(List.of(), vpn.truncatedProperties());
            assertEquals(List.of(vpn), list.connected());
        });
    }

    @TestFactory
    Stream<DynamicTest> twoProfilesCutOffAtTheDefaultDepth() {
        return variants(TWO, list -> {
            assertTrue(list.recognised());
            assertEquals(List.of(), list.problems());
            assertEquals(List.of("Contoso VPN", "Lab Gateway"), list.connections().stream().map(VpnConnection::name).toList());
            VpnConnection contoso = list.connection("contoso vpn").orElseThrow();
            assertEquals(VpnTunnelType.AUTOMATIC, contoso.tunnelType());
            assertEquals("Certificate", contoso.l2tpIpsecAuth());
            assertEquals(List.of("MsChapv2"), contoso.authenticationMethods());
            assertEquals(Optional.of(false), contoso.splitTunneling());
            assertEquals(List.of("CimInstanceProperties", "Routes"), contoso.truncatedProperties());
            assertTrue(contoso.routes().get(0).startsWith("MSFT_NetRoute (InstanceID"));
            assertTrue(contoso.otherProperties().get("CimSystemProperties").contains("\"ClassName\":\"VpnConnection\""));

            VpnConnection lab = list.connections().get(1);
            assertEquals("10.1.1.1", lab.serverAddress());
            assertEquals(VpnTunnelType.IKEV2, lab.tunnelType());
            assertEquals(List.of("MachineCertificate"), lab.authenticationMethods());
            assertEquals(Optional.of(true), lab.allUserConnection());
            assertEquals("Disconnected", lab.connectionStatus());
            assertFalse(lab.isConnected());
            assertEquals(List.of(), lab.routes());
            assertEquals(List.of("Contoso VPN"), list.connected().stream().map(VpnConnection::name).toList());
        });
    }

    @TestFactory
    Stream<DynamicTest> enumsWrittenAsNumbersAndArraysAsTypeNames() {
        return variants(NUMBERS, list -> {
            assertTrue(list.recognised());
            VpnConnection vpn = list.connections().get(0);
            assertEquals(VpnTunnelType.IKEV2, vpn.tunnelType());
            assertEquals("3", vpn.tunnelTypeText());
            assertEquals(List.of(), vpn.authenticationMethods());
            assertEquals(List.of("AuthenticationMethod", "Routes"), vpn.truncatedProperties());
            assertEquals(Optional.of(0L), vpn.idleDisconnectSeconds());
            assertEquals(1, list.problems().size());
            assertEquals(6, list.problems().get(0).line());
            assertTrue(list.problems().get(0).message().contains("assumed"));
        });
    }

    @TestFactory
    Stream<DynamicTest> renderedProfilesReadBackEqual() {
        return Stream.of(SINGLE, TWO).map(fixture -> DynamicTest.dynamicTest(fixture, () -> {
            VpnConnectionList original = VpnConnectionsFormat.parse(Fixtures.bytes(fixture));
            VpnConnectionList again = VpnConnectionsFormat.parse(VpnConnectionsFormat.render(original));
            assertEquals(original.connections(), again.connections());
            assertTrue(again.recognised());
        }));
    }

    @Test
    void renderedJsonHasWindowsPowerShellLayout() {
        VpnConnection demo = VpnConnection.of("Contoso VPN", "vpn.contoso.com", VpnTunnelType.IKEV2, "Connected", true, "Eap");
        List<String> lines = Fixtures.lines(VpnConnectionsFormat.render(VpnConnectionList.of(List.of(demo))));
        assertEquals("{", lines.get(0));
        assertEquals("    \"Name\":  \"Contoso VPN\",", lines.get(1));
        assertEquals("    \"TunnelType\":  \"Ikev2\",", lines.get(5));
        assertEquals("    \"AuthenticationMethod\":  [", lines.get(6));
        assertEquals(" ".repeat(33) + "\"Eap\"", lines.get(7));
        assertEquals(" ".repeat(29) + "],", lines.get(8));
        assertTrue(lines.contains("    \"SplitTunneling\":  true,"));
        int routes = lines.indexOf("    \"Routes\":  [");
        assertEquals("", lines.get(routes + 1));
        assertEquals(" ".repeat(15) + "]", lines.get(routes + 2));
        assertEquals("}", lines.get(lines.size() - 1));
        assertTrue(VpnConnectionsFormat.render(VpnConnectionList.of(List.of(demo))).contains("\r\n"));

        VpnConnectionList twice = VpnConnectionList.of(List.of(demo, demo));
        assertTrue(VpnConnectionsFormat.render(twice).startsWith("[\r\n    {\r\n        \"Name\":  \"Contoso VPN\","));
        assertEquals("", VpnConnectionsFormat.render(VpnConnectionList.of(List.of())));
    }

    @Test
    void nothingWrittenMeansNoProfiles() {
        for (String empty : List.of("", "\r\n", "\uFEFF")) {
            VpnConnectionList list = VpnConnectionsFormat.parse(empty);
            assertTrue(list.recognised());
            assertEquals(List.of(), list.connections());
            assertEquals(List.of(), list.problems());
        }
        assertTrue(VpnConnectionsFormat.parse("[]").recognised());
    }

    @Test
    void twoCommandsAppendedToOneFileAreBothRead() {
        String perUser = "{\r\n    \"Name\":  \"Contoso VPN\",\r\n    \"TunnelType\":  \"Sstp\"\r\n}\r\n";
        String allUsers = "{\r\n    \"Name\":  \"Always On\",\r\n    \"TunnelType\":  \"Ikev2\",\r\n    \"AllUserConnection\":  true\r\n}\r\n";
        VpnConnectionList list = VpnConnectionsFormat.parse(perUser + allUsers);
        assertEquals(List.of(VpnTunnelType.SSTP, VpnTunnelType.IKEV2),
                list.connections().stream().map(VpnConnection::tunnelType).toList());
        assertEquals(List.of(), list.problems());
    }

    @Test
    void cutOffArrayKeepsItsCompleteProfilesAndNamesTheLine() {
        String text = Fixtures.text(TWO);
        String cut = text.substring(0, text.indexOf("\"Lab Gateway\"") + 5);
        VpnConnectionList list = VpnConnectionsFormat.parse(cut);
        assertTrue(list.recognised());
        assertEquals(List.of("Contoso VPN"), list.connections().stream().map(VpnConnection::name).toList());
        assertEquals(1, list.problems().size());
        assertEquals(Fixtures.lines(cut).size(), list.problems().get(0).line());
        assertTrue(list.problems().get(0).message().startsWith("not valid JSON"));
    }

    @Test
    void otherJsonIsNotTakenForVpnProfiles() {
        VpnConnectionList routes = VpnConnectionsFormat.parse(Fixtures.text("routes/single-route.json"));
        assertFalse(routes.recognised());
        assertEquals(List.of(), routes.connections());
        assertTrue(routes.problems().get(0).message().startsWith("not Get-VpnConnection"));

        VpnConnectionList text = VpnConnectionsFormat.parse("Get-VpnConnection : The term is not recognized");
        assertFalse(text.recognised());
        assertEquals(1, text.problems().get(0).line());
    }

    private static Stream<DynamicTest> variants(String fixture, Consumer<VpnConnectionList> check) {
        Stream<DynamicTest> encoded = Fixtures.windowsVariants(fixture).stream()
                .map(v -> DynamicTest.dynamicTest(v.toString(), () -> check.accept(VpnConnectionsFormat.parse(v.bytes()))));
        if (fixture.equals(TWO)) {
            encoded = Stream.concat(encoded, Stream.of(DynamicTest.dynamicTest("checked-in UTF-16LE file",
                    () -> check.accept(VpnConnectionsFormat.parse(
                            Fixtures.bytes("vpn/two-profiles-depth-truncated.utf16le.json"))))));
        }
        return encoded;
    }
}
