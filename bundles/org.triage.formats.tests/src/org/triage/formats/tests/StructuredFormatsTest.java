package org.triage.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.formats.AdapterRecord;
import org.triage.formats.AdaptersJson;
import org.triage.formats.AdaptersJsonFormat;
import org.triage.formats.ConnectionSettingsBlob;
import org.triage.formats.CredentialRecord;
import org.triage.formats.CredentialsJson;
import org.triage.formats.CredentialsJsonFormat;
import org.triage.formats.ProxyRegistry;
import org.triage.formats.ProxyRegistryFormat;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.WindowsReadings;

/** The readers of credentials.json, adapters.json and winhttp-proxy.json (see fixtures/structured/README.md). */
class StructuredFormatsTest {

    // ------------------------------------------------------------------------- WinHttpSettings

    @Test
    void theDirectAccessValueMicrosoftDocumentsIsDirect() {
        ConnectionSettingsBlob direct = ConnectionSettingsBlob.decodeHex("1800000000000000010000000000000000000000");

        assertEquals(0x18, direct.version());
        assertEquals(1, direct.flags());
        assertFalse(direct.manualProxy());
        assertEquals(List.of(), direct.proxyServers());
    }

    static List<Fixtures.Variant> proxyFixture() {
        return Fixtures.windowsVariants("structured/winhttp-proxy.netsh-set-proxy.json");
    }

    @ParameterizedTest
    @MethodSource("proxyFixture")
    void aProxySetWithNetshIsReadAsNetshShowsIt(Fixtures.Variant variant) {
        Reading<ProxySettings> reading = WindowsReadings.proxyJson(raw("winhttp-proxy.json", variant.bytes()));

        assertEquals(Reading.Kind.VALUE, reading.kind(), reading.message());
        assertEquals(new ProxySettings("WinHTTP", false, List.of("proxy.contoso.com:8080"),
                List.of("localhost", "*.contoso.com"), null), reading.value());
        assertEquals(List.of("winhttp-proxy.json: the user's WinINET settings use the proxy proxy.contoso.com:8080 and "
                + "the PAC file http://wpad.contoso.com/proxy.pac, which WinHTTP does not follow"), reading.problems());
        assertEquals("winhttp-proxy.json", reading.evidence().get(0).outputKind());
    }

    @Test
    void theUsersWinInetSettingsAreDecodedToo() {
        ProxyRegistry registry = ProxyRegistryFormat.parse(Fixtures.text("structured/winhttp-proxy.netsh-set-proxy.json"));

        ConnectionSettingsBlob user = registry.defaultConnection().orElseThrow();
        assertEquals(0x46, user.version());
        assertTrue(user.autoDetect());
        assertEquals(Optional.of("http://wpad.contoso.com/proxy.pac"), user.autoConfig());
        assertEquals(List.of("<local>", "*.contoso.com"), user.bypassEntries());
        assertEquals(Optional.of(true), registry.autoDetect());
        assertEquals(Optional.of("<local>;*.contoso.com"), registry.proxyOverride());
    }

    @Test
    void noWinHttpSettingsValueIsDirectAccess() {
        Reading<ProxySettings> reading = WindowsReadings.proxyJson(raw("winhttp-proxy.json",
                Fixtures.bytes("structured/winhttp-proxy.no-value.json")));

        assertEquals(new ProxySettings("WinHTTP", true, List.of(), List.of(), null), reading.value());
        assertEquals(Optional.of(true), ProxyRegistryFormat.parse(Fixtures.text("structured/winhttp-proxy.no-value.json"))
                .autoDetect());
    }

    @Test
    void aValueThatCannotBeDecodedIsUnknownNotDirect() {
        String cut = "[ { \"WinHttpSettings\": \"180000000300000003000000160000007072\" } ]";

        ProxyRegistry registry = ProxyRegistryFormat.parse(cut);
        Reading<ProxySettings> reading = WindowsReadings.proxyJson(raw("winhttp-proxy.json", cut.getBytes()));

        assertFalse(registry.recognised());
        assertEquals(Reading.Kind.FAILED, reading.kind());
        assertTrue(reading.message().contains("WinHttpSettings: the length of the proxy server (22) at byte 12 points "
                + "past the end of the 18-byte value"), reading.message());
        assertThrows(IllegalArgumentException.class, () -> ConnectionSettingsBlob.decodeHex("18 00 zz"));
    }

    // ------------------------------------------------------------------------- credentials.json

    @Test
    void credentialsAreReadAsCmdkeyNamesThem() {
        CredentialsJson json = CredentialsJsonFormat.parse("""
                [
                  { "TargetName": "MicrosoftOffice16_Data:SSPI:alex@contoso.com", "Type": 1,
                    "UserName": "alex@contoso.com", "Persist": 2, "LastWritten": "2025-05-12T08:15:27.1230000Z" },
                  { "TargetName": "MicrosoftAccount:target=SSO_POP_Device", "Type": 1, "UserName": "02wzfkbjpqnhxtrm",
                    "Persist": 1, "LastWritten": null },
                  { "TargetName": "TERMSRV/jump01.corp.contoso.com", "Type": 2, "UserName": "CONTOSO\\\\awilber",
                    "Persist": 3, "LastWritten": "2025-04-07T06:55:31.0000000Z" }
                ]
                """);

        assertTrue(json.recognised());
        assertEquals(List.of(), json.problems());
        List<CredentialRecord> credentials = json.credentials();
        assertEquals("LegacyGeneric:target=MicrosoftOffice16_Data:SSPI:alex@contoso.com", credentials.get(0).cmdkeyTarget());
        assertEquals(Optional.of(Instant.parse("2025-05-12T08:15:27.123Z")), credentials.get(0).lastWritten());
        assertEquals("MicrosoftAccount:target=SSO_POP_Device", credentials.get(1).cmdkeyTarget());
        assertEquals("Session", credentials.get(1).persistenceName());
        assertEquals(Optional.empty(), credentials.get(1).lastWritten());
        assertEquals("Domain:target=TERMSRV/jump01.corp.contoso.com", credentials.get(2).cmdkeyTarget());
        assertEquals("Domain Password", credentials.get(2).typeName());
        assertEquals("Enterprise", credentials.get(2).persistenceName());
    }

    @Test
    void anEmptyCredentialManagerIsAnEmptyListNotAnUnreadableFile() {
        Reading<List<CachedCredential>> reading = WindowsReadings.credentialsJson(raw("credentials.json",
                "\uFEFF[\r\n\r\n]\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertEquals(Reading.Kind.VALUE, reading.kind(), reading.message());
        assertEquals(List.of(), reading.value());
    }

    @Test
    void aBadEntryIsAProblemAndTheOthersAreKept() {
        CredentialsJson json = CredentialsJsonFormat.parse("""
                [ { "TargetName": "a", "Type": 1, "Persist": 2, "LastWritten": "last Tuesday" },
                  { "Type": 1 } ]
                """);

        assertTrue(json.recognised());
        assertEquals(1, json.credentials().size());
        assertEquals(2, json.problems().size(), json.problems().toString());
        assertTrue(json.problems().get(0).message().startsWith("LastWritten is not an ISO 8601 time"));
        assertFalse(CredentialsJsonFormat.parse("cmdkey: not recognized").recognised());
    }

    // ---------------------------------------------------------------------------- adapters.json

    @Test
    void adaptersKeepTheirCmdletNamesAndValues() {
        AdaptersJson json = AdaptersJsonFormat.parse("""
                {
                    "Name":  "Local Area Connection",
                    "InterfaceDescription":  "TAP-Windows Adapter V9",
                    "InterfaceIndex":  13,
                    "Status":  "Disconnected",
                    "MacAddress":  "00-FF-11-A1-11-C7",
                    "InterfaceType":  6,
                    "MediaType":  "802.3",
                    "IPv4Address":  [],
                    "IPv4DefaultGateway":  null,
                    "DnsServer":  "10.0.0.1",
                    "ConnectionSpecificSuffix":  "",
                    "InterfaceMetric":  35
                }
                """);

        AdapterRecord adapter = json.adapters().get(0);
        assertEquals(Optional.of("00-FF-11-A1-11-C7"), adapter.macAddress());
        assertEquals("Ethernet", adapter.kind());
        assertFalse(adapter.connected());
        assertTrue(adapter.isVpnLike(), "a TAP adapter is a VPN client's");
        assertEquals(List.of("10.0.0.1"), adapter.dnsServers(), "one value written without its array");
        assertEquals(Optional.empty(), adapter.dnsSuffix());
        assertEquals(Optional.of(35), adapter.interfaceMetric());
    }

    @Test
    void aPppInterfaceIsAConnectedTunnel() {
        Reading<List<NetworkAdapter>> reading = WindowsReadings.adaptersJson(raw("adapters.json", """
                [ { "Name": "Contoso VPN", "InterfaceDescription": "Contoso VPN", "Status": "Connected",
                    "InterfaceType": 23, "IPv4Address": [ "10.64.12.37" ], "IPv4DefaultGateway": [ "0.0.0.0" ],
                    "DnsServer": [ "10.10.0.53", "10.10.0.54" ], "ConnectionSpecificSuffix": "corp.contoso.com" } ]
                """.getBytes()));

        assertEquals(List.of(new NetworkAdapter("Contoso VPN", "PPP", "Contoso VPN", List.of("10.64.12.37"),
                List.of("0.0.0.0"), List.of("10.10.0.53", "10.10.0.54"), "corp.contoso.com", true, true)),
                reading.value());
        assertEquals("adapters.json", reading.evidence().get(0).outputKind());
    }

    @Test
    void somethingElseIsNotAdaptersJson() {
        Reading<List<NetworkAdapter>> reading = WindowsReadings.adaptersJson(raw("adapters.json",
                "[ { \"DestinationPrefix\": \"0.0.0.0/0\" } ]".getBytes()));

        assertEquals(Reading.Kind.FAILED, reading.kind());
        assertTrue(reading.message().startsWith("adapters.json line 1: not adapters.json: no object with a Name"),
                reading.message());
    }

    private static RawOutput raw(String file, byte[] bytes) {
        return new RawOutput("collector", file, null, Instant.EPOCH, bytes);
    }
}
