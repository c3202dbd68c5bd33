package org.triage.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.export.pseudonyms.IdentifierKind;
import org.triage.export.pseudonyms.Pseudonymizer;

/** Pseudonyms keep the shape of what they replace, the same value always gets the same one, and support's data stays. */
class PseudonymizerTest {

    /** What a workstation's outputs say about who and where, as the tools print it. */
    private static final String OUTPUTS = """
            Windows IP Configuration

               Host Name . . . . . . . . . . . . : CONTOSO-LT-042
               Primary Dns Suffix  . . . . . . . : corp.contoso.com
               DNS Suffix Search List. . . . . . : corp.contoso.com

            Wireless LAN adapter Wi-Fi:

               Physical Address. . . . . . . . . : 3C-21-9C-4A-7B-12
               DHCPv6 Client DUID. . . . . . . . : 00-01-00-01-2C-4D-5E-6F-3C-21-9C-4A-7B-12
               Link-local IPv6 Address . . . . . : fe80::1c2d:3e4f:5a6b:7c8d%12(Preferred)
               IPv4 Address. . . . . . . . . . . : 192.168.1.23(Preferred)
               Subnet Mask . . . . . . . . . . . : 255.255.255.0
               Default Gateway . . . . . . . . . : 192.168.1.1

                            TenantName : Contoso Ltd
                              TenantId : 3c5e9a1d-8b7f-4e2a-9d61-7a0c4f2b8e15
                              DeviceId : a1d4e2b7-6c3f-4f8a-9b25-0e7d1c9f3a64
                            Thumbprint : 5E2B9C7A1F3D6E8B0A4C2D7F9E1B3A5C8D0F2E4A
                Executing Account Name : CONTOSO\\alex, alex@contoso.com
              Server Error Description : AADSTS50126: Error validating credentials. Trace ID: 0b5d3c1e-7d7a-4a53-9a4f-2f0b1e4c6500 Correlation ID: eecaec58-da7b-3969-86e5-d8f4968f0e17 Timestamp: 2026-11-26 00:42:17Z
                        AccessTokenUrl : https://login.microsoftonline.com/3c5e9a1d-8b7f-4e2a-9d61-7a0c4f2b8e15/oauth2/token
            """;

    private final Pseudonymizer pseudonymizer = new Pseudonymizer();

    private String pseudonymize(String text) {
        pseudonymizer.learn(OUTPUTS);
        pseudonymizer.learn(text);
        return pseudonymizer.pseudonymize(text);
    }

    @Test
    void everyIdentifierOfTheOutputsIsReplaced() {
        String result = pseudonymize(OUTPUTS);
        for (String original : List.of("CONTOSO-LT-042", "contoso", "alex", "3C-21-9C-4A-7B-12", "2C-4D-5E-6F",
                "1c2d:3e4f", "192.168.1.23", "192.168.1.1", "3c5e9a1d-8b7f-4e2a-9d61-7a0c4f2b8e15",
                "a1d4e2b7-6c3f-4f8a-9b25-0e7d1c9f3a64", "5E2B9C7A1F3D6E8B0A4C2D7F9E1B3A5C8D0F2E4A")) {
            assertFalse(result.toLowerCase(Locale.ROOT).contains(original.toLowerCase(Locale.ROOT)),
                    original + " survived in\n" + result);
        }
    }

    @Test
    void aKnownMacWrittenBareOrDottedAndAnEncodedEmailGetTheSamePseudonyms() {
        String other = "NetworkAddress    REG_SZ    3C219C4A7B12\nswitch port: 3c21.9c4a.7b12 learned\n"
                + "GET /signin?login_hint=alex%40contoso.com&x=1";
        String result = pseudonymize(OUTPUTS + other);

        String lower = result.toLowerCase(Locale.ROOT);
        for (String original : List.of("3c219c4a7b12", "3c21.9c4a.7b12", "alex%40", "contoso.com")) {
            assertFalse(lower.contains(original), original + " survived in\n" + result);
        }
        String dashed = pseudonymizer.pseudonymize("3C-21-9C-4A-7B-12");
        assertTrue(result.contains("NetworkAddress    REG_SZ    " + dashed.replace("-", "")), result);
        String bare = dashed.replace("-", "").toLowerCase(Locale.ROOT);
        assertTrue(result.contains("switch port: " + bare.substring(0, 4) + "." + bare.substring(4, 8) + "."
                + bare.substring(8) + " learned"), result);
        String email = pseudonymizer.pseudonymize("alex@contoso.com");
        assertTrue(result.contains("login_hint=" + email.replace("@", "%40") + "&x=1"), result);
    }

    @Test
    void pseudonymsKeepTheShapeOfWhatTheyReplace() {
        String result = pseudonymize(OUTPUTS);
        assertTrue(result.contains("Host Name . . . . . . . . . . . . : HOST-1"), result);
        assertTrue(result.contains("Primary Dns Suffix  . . . . . . . : domain-"), result);
        assertTrue(result.matches("(?s).*Physical Address[ .]*: 02-00-00-00-00-0[0-9]\\n.*"), result);
        assertTrue(result.matches("(?s).*DUID[ .]*: 02(-00){12}-0[0-9]\\n.*"), "a DUID keeps its 14 bytes:\n" + result);
        assertTrue(result.contains("fe80::"), "a link-local address stays link-local:\n" + result);
        assertTrue(result.contains("%12(Preferred)"), result);
        assertTrue(result.matches("(?s).*IPv4 Address[ .]*: (198\\.51\\.100|203\\.0\\.113|192\\.0\\.2)\\.23\\(Preferred\\).*"),
                "a documentation address with the same host part:\n" + result);
        assertTrue(result.contains("TenantName : Org-1"), result);
        assertTrue(result.matches("(?s).*TenantId : 0000000[0-9]-0000-4000-8000-00000000000[0-9]\\n.*"), result);
        assertTrue(result.matches("(?s).*Thumbprint : 0{39}[0-9]\\n.*"), result);
        assertTrue(result.matches("(?s).*Executing Account Name : ORG-1\\\\user-1, user-1@domain-\\d\\.example\\n.*"),
                result);
    }

    @Test
    void theSameValueGetsTheSamePseudonymEverywhere() {
        String result = pseudonymize(OUTPUTS);
        String tenant = pseudonymizer.map().pseudonymOf("3c5e9a1d-8b7f-4e2a-9d61-7a0c4f2b8e15");
        assertTrue(result.contains("TenantId : " + tenant), result);
        assertTrue(result.contains("https://login.microsoftonline.com/" + tenant + "/oauth2/token"), result);
        String gateway = pseudonymizer.pseudonymize("route via 192.168.1.1 from 192.168.1.23");
        assertTrue(result.contains("Default Gateway . . . . . . . . . : " + gateway.split(" ")[2]), gateway);
        assertEquals(pseudonymizer.pseudonymize("CONTOSO-LT-042"), pseudonymizer.pseudonymize("CONTOSO-LT-042"));
        assertEquals("host-1.domain-1.example", pseudonymizer.pseudonymize("contoso-lt-042.corp.contoso.com")
                .replaceAll("domain-\\d", "domain-1"), "the FQDN form of the host has the same host pseudonym");
        assertEquals("Org-1 VPN", pseudonymizer.pseudonymize("Contoso VPN"), "the tenant's name inside other names");
        assertEquals(pseudonymizer.pseudonymize("user@contoso.com").split("@")[1],
                pseudonymizer.pseudonymize("alex@contoso.com").split("@")[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = { "AADSTS50126: Error validating credentials due to invalid username or password.",
            "There was a problem connecting to OneDrive (0x8004de40)", "Attempt Status : 0xc000006d",
            "login.microsoftonline.com, enterpriseregistration.windows.net, aadcdn.msftauth.net, *.msauth.net",
            "urn:ms-drs:enterpriseregistration.windows.net", "20.190.151.67 and 40.126.31.1 are Entra ID",
            "0.0.0.0/0 via 0.0.0.0, 127.0.0.1, 255.255.255.0, 255.255.255.255",
            "2026-11-26 00:49:17.588 UTC, 2026-11-26T00:49:17.293+0000, 09:12:40.000",
            "Correlation ID: eecaec58-da7b-3969-86e5-d8f4968f0e17",
            "client d3590ed6-52b3-4102-aeff-aad2292ab01c, resource 00000003-0000-0000-c000-000000000000",
            "m365.clear-cached-credentials from org.triage.fixes.m365 0.1.0.v20261126-0107 ran credentials.cached",
            "Microsoft Windows 11 Enterprise 10.0.22631", "cmdkey /delete:\"MicrosoftOffice16_Data:SSPI:x\"",
            "ipconfig /flushdns; onedrive.exe /reset; report.md and session.xmi" })
    void whatSupportNeedsStays(String text) {
        assertEquals(text, pseudonymize(text));
    }

    @Test
    void pathsSharesAndTenantDomainsLoseTheirNames() {
        pseudonymizer.learn(OUTPUTS);
        assertEquals("C:\\Users\\user-1\\AppData\\Local", pseudonymizer.pseudonymize("C:\\Users\\alex\\AppData\\Local"));
        assertEquals("C:\\Users\\Public\\Desktop", pseudonymizer.pseudonymize("C:\\Users\\Public\\Desktop"));
        assertEquals("\\\\HOST-1\\share", pseudonymizer.pseudonymize("\\\\CONTOSO-LT-042\\share"));
        assertEquals("https://org-1.sharepoint.com and org-1-my.sharepoint.com, user-1@org-1.onmicrosoft.com",
                pseudonymizer.pseudonymize("https://contoso.sharepoint.com and contoso-my.sharepoint.com, "
                        + "alex@contoso.onmicrosoft.com"));
        assertEquals("AzureAD\\User-2", pseudonymizer.pseudonymize("AzureAD\\AlexWilber"));
    }

    @Test
    void noPseudonymEqualsARealValue() {
        // the real network already uses the first documentation range: pseudonyms must come from another
        String text = "gateway 198.51.100.1, host 10.0.0.1, server 198.51.100.20";
        pseudonymizer.learn(text);
        String result = pseudonymizer.pseudonymize(text);
        assertFalse(result.contains("198.51.100."), result);
        pseudonymizer.learn("Host Name . . . : HOST-1");
        assertNotEquals("HOST-1", pseudonymizer.pseudonymize("HOST-1"), "a machine really called HOST-1 gets HOST-2");
    }

    @Test
    void theMapCountsWhatWasReplacedByKind() {
        pseudonymize(OUTPUTS);
        assertTrue(pseudonymizer.map().counts().get(IdentifierKind.GUID) >= 2);
        assertTrue(pseudonymizer.map().counts().get(IdentifierKind.IPV4) >= 2);
        assertEquals(1, pseudonymizer.map().counts().get(IdentifierKind.THUMBPRINT));
        assertTrue(pseudonymizer.map().entries().stream().anyMatch(entry -> entry.original().equals("CONTOSO-LT-042")
                && entry.pseudonym().equals("host-1")));
    }
}
