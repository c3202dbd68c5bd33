package org.triage.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.triage.formats.IpconfigAll;
import org.triage.formats.IpconfigField;
import org.triage.formats.IpconfigFormat;
import org.triage.formats.IpconfigHost;
import org.triage.formats.NetworkAdapter;

class IpconfigFormatTest {

    private static final String VPN = "ipconfig/vpn-connected.txt";
    private static final String PASTED = "ipconfig/pasted-without-indentation.txt";

    @TestFactory
    Stream<DynamicTest> workstationWithConnectedVpn() {
        return variants(VPN, config -> {
            assertTrue(config.recognised());
            assertEquals(List.of(), config.problems());
            assertEquals(List.of(), config.unparsedLines());

            IpconfigHost host = config.host();
            assertEquals("LT-0042", host.hostName());
            assertEquals("corp.contoso.com", host.primaryDnsSuffix());
            assertEquals("Hybrid", host.nodeType());
            assertFalse(host.ipRoutingEnabled());
            assertEquals(List.of("corp.contoso.com", "contoso.com", "home"), host.dnsSuffixSearchList());

            assertEquals(List.of("Ethernet", "Wireless LAN", "Wireless LAN", "PPP", "Ethernet"),
                    config.adapters().stream().map(NetworkAdapter::type).toList());
            assertEquals(List.of("Ethernet", "Wi-Fi", "Local Area Connection* 1", "Contoso VPN", "Bluetooth Network Connection"),
                    config.adapters().stream().map(NetworkAdapter::name).toList());

            NetworkAdapter ethernet = config.adapter("Ethernet").orElseThrow();
            assertEquals("Intel(R) Ethernet Connection (13) I219-LM", ethernet.description());
            assertEquals("A4-BB-6D-12-34-56", ethernet.physicalAddress());
            assertEquals("home", ethernet.connectionSpecificDnsSuffix());
            assertTrue(ethernet.dhcpEnabled());
            assertEquals(List.of("192.168.1.23"), ethernet.ipv4Addresses());
            assertEquals(3, ethernet.ipv6Addresses().size());
            assertEquals("fe80::9c09:ba6b:b24d:9b41%12", ethernet.ipv6Addresses().get(2));
            assertEquals(List.of("255.255.255.0"), ethernet.subnetMasks());
            assertEquals(List.of("fe80::528c:b1ff:fe02:ba6b%12", "192.168.1.1"), ethernet.defaultGateways());
            assertEquals(List.of("192.168.1.1"), ethernet.ipv4DefaultGateways());
            assertEquals(List.of("192.168.1.1", "2a02:1243:5687::1"), ethernet.dnsServers());
            assertEquals("Monday, 10 March 2025 07:52:12", ethernet.value("Lease Obtained"));
            assertEquals(List.of("192.168.1.23(Preferred)"), ethernet.fields().get("IPv4 Address"));
            assertFalse(ethernet.isVpnLike());
            assertFalse(ethernet.mediaDisconnected());
            assertEquals(13, ethernet.line());

            NetworkAdapter wifi = config.adapter("Wi-Fi").orElseThrow();
            assertTrue(wifi.mediaDisconnected());
            assertEquals(List.of(), wifi.ipv4Addresses());
            assertEquals(List.of(), wifi.fields().get("Connection-specific DNS Suffix"));

            NetworkAdapter vpn = config.adapter("Contoso VPN").orElseThrow();
            assertTrue(vpn.isPpp());
            assertTrue(vpn.isVpnLike());
            assertEquals(54, vpn.line());
            assertFalse(vpn.dhcpEnabled());
            assertEquals(List.of("10.255.1.23"), vpn.ipv4Addresses());
            assertEquals(List.of("255.255.255.255"), vpn.subnetMasks());
            assertEquals(List.of(), vpn.defaultGateways());
            assertEquals(List.of("10.0.0.10", "10.0.0.11"), vpn.dnsServers());
            assertEquals("corp.contoso.com", vpn.connectionSpecificDnsSuffix());

            assertEquals(List.of("Contoso VPN"), config.connectedVpnAdapters().stream().map(NetworkAdapter::name).toList());
            assertEquals(2, config.connectedAdapters().size());
        });
    }

    @TestFactory
    Stream<DynamicTest> copyThatLostItsIndentation() {
        return variants(PASTED, config -> {
            assertTrue(config.recognised());
            assertEquals(List.of(), config.problems());
            assertEquals(4, config.adapters().size());
            NetworkAdapter nordLynx = config.adapters().get(0);
            assertEquals("Unknown", nordLynx.type());
            assertEquals("NordLynx", nordLynx.name());
            assertTrue(nordLynx.isVpnLike());
            assertEquals(List.of("10.5.0.2"), nordLynx.ipv4Addresses());
            assertEquals(List.of("0.0.0.0"), nordLynx.defaultGateways());
            assertEquals(List.of("103.86.96.100", "103.86.99.100"), nordLynx.dnsServers());
            assertEquals(List.of("1.1.1.1", "8.8.8.8"), config.adapter("Ethernet").orElseThrow().dnsServers());
            assertEquals("Tunnel", config.adapters().get(3).type());
            assertEquals("isatap.{8253841C-588D-4E94-B23A-993BB2E4B4D9}", config.adapters().get(3).name());
            assertEquals(List.of("NordLynx", "Ethernet"), config.connectedAdapters().stream().map(NetworkAdapter::name).toList());
        });
    }

    @Test
    void renderingReproducesTheToolsTextExactly() {
        String master = Fixtures.text(VPN);
        IpconfigAll parsed = IpconfigFormat.parse(master);
        assertEquals(Fixtures.lines(master), Fixtures.lines(IpconfigFormat.render(parsed)));
    }

    @TestFactory
    Stream<DynamicTest> renderedConfigReadsBackToTheSameFields() {
        return Stream.of(VPN, PASTED).map(fixture -> DynamicTest.dynamicTest(fixture, () -> {
            IpconfigAll original = IpconfigFormat.parse(Fixtures.bytes(fixture));
            IpconfigAll again = IpconfigFormat.parse(IpconfigFormat.render(original));
            assertEquals(original.host(), again.host());
            assertEquals(content(original), content(again));
            assertEquals(List.of(), again.problems());
        }));
    }

    @Test
    void demoAdapterGetsIpconfigDotLeaders() {
        IpconfigAll demo = IpconfigAll.of(
                new IpconfigHost(List.of(IpconfigField.of("Host Name", "DEMO-PC"), IpconfigField.of("Primary Dns Suffix"))),
                List.of(NetworkAdapter.of("PPP", "Contoso VPN", List.of(
                        IpconfigField.of("Connection-specific DNS Suffix"),
                        IpconfigField.of("Description", "Contoso VPN"),
                        IpconfigField.of("IPv4 Address", "10.255.1.23(Preferred)"),
                        IpconfigField.of("Autoconfiguration IPv4 Address", "169.254.3.4(Preferred)"),
                        IpconfigField.of("DNS Servers", "10.0.0.10", "10.0.0.11"),
                        IpconfigField.of("Connection-specific DNS Suffix Search List", "corp.contoso.com")))));
        List<String> lines = Fixtures.lines(IpconfigFormat.render(demo));
        assertEquals(List.of("", "Windows IP Configuration", "",
                "   Host Name . . . . . . . . . . . . : DEMO-PC",
                "   Primary Dns Suffix  . . . . . . . : ",
                "",
                "PPP adapter Contoso VPN:",
                "",
                "   Connection-specific DNS Suffix  . : ",
                "   Description . . . . . . . . . . . : Contoso VPN",
                "   IPv4 Address. . . . . . . . . . . : 10.255.1.23(Preferred) ",
                "   Autoconfiguration IPv4 Address. . : 169.254.3.4(Preferred) ",
                "   DNS Servers . . . . . . . . . . . : 10.0.0.10",
                "                                       10.0.0.11",
                "   Connection-specific DNS Suffix Search List :",
                "                                       corp.contoso.com"), lines);
        IpconfigAll again = IpconfigFormat.parse(IpconfigFormat.render(demo));
        assertEquals(List.of("10.255.1.23", "169.254.3.4"), again.adapters().get(0).ipv4Addresses());
        assertEquals(List.of("corp.contoso.com"), again.adapters().get(0).values("Connection-specific DNS Suffix Search List"));
    }

    @Test
    void germanHeadingsLabelsAndStatesAreReadAsEnglish() {
        IpconfigAll config = IpconfigFormat.parse("\nWindows-IP-Konfiguration\n\n   Hostname  . . . . . . . . . . . . : PC\n\n"
                + "Ethernet-Adapter Ethernet:\n\n   IPv4-Adresse  . . . . . . . . . . : 192.168.0.5(Bevorzugt)\n");
        assertTrue(config.recognised());
        assertEquals(List.of(), config.problems());
        assertEquals("PC", config.host().hostName());
        assertEquals("Ethernet", config.adapters().get(0).type());
        assertEquals("Ethernet", config.adapters().get(0).name());
        assertEquals("192.168.0.5(Preferred)", config.adapters().get(0).value("IPv4 Address"));
        assertEquals(List.of("192.168.0.5"), config.adapters().get(0).ipv4Addresses());
    }

    @Test
    void adapterOfAnUnknownLanguageKeepsItsFieldsAndIsReported() {
        // Made-up labels under ipconfig's layout: the adapter and its printed fields stay, with a problem.
        IpconfigAll config = IpconfigFormat.parse("\nWindows IP Yapilandirmasi\n\nEthernet bagdastiricisi Ethernet:\n\n"
                + "   Fiziksel Adres. . . . . . . . . . : 00-15-5D-01-02-03\n"
                + "   IPv4 Adresi . . . . . . . . . . . : 10.1.2.3(Tercih Edilen)\n");
        assertTrue(config.recognised());
        NetworkAdapter adapter = config.adapters().get(0);
        assertEquals("Ethernet bagdastiricisi Ethernet", adapter.name());
        assertEquals("10.1.2.3(Tercih Edilen)", adapter.value("IPv4 Adresi"));
        assertEquals(List.of(4, 6), config.problems().stream().map(p -> p.line()).toList(), config.problems().toString());
        assertTrue(config.problems().get(1).message().contains("'Fiziksel Adres'")
                && config.problems().get(1).message().contains("'IPv4 Address'"), config.problems().toString());
    }

    private static List<String> content(IpconfigAll config) {
        return config.adapters().stream()
                .map(a -> a.type() + "|" + a.name() + "|" + a.entries())
                .toList();
    }

    private static Stream<DynamicTest> variants(String fixture, Consumer<IpconfigAll> check) {
        return Fixtures.windowsVariants(fixture).stream()
                .map(v -> DynamicTest.dynamicTest(v.toString(), () -> check.accept(IpconfigFormat.parse(v.bytes()))));
    }
}
