package org.triage.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.export.redaction.Redactor;
import org.triage.export.redaction.SecretKind;

/** What the redactor finds, what it leaves, and that it keeps the names of what it removes. */
class RedactorTest {

    private final Redactor redactor = new Redactor();

    private static Stream<Arguments> pairs(String[][] rows) {
        return Stream.of(rows).map(row -> Arguments.of(row[0], row[1]));
    }

    private String redact(String text) {
        return redactor.redact(text);
    }

    @Test
    void aJwtIsRedactedWhereverItStands() {
        assertEquals("token " + SecretKind.JWT.marker() + " expired", redact("token " + Secrets.JWT + " expired"));
        assertEquals(Map.of(SecretKind.JWT, 1), redactor.counts());
    }

    @Test
    void anAuthorizationHeaderKeepsItsNameAndSchemeOnly() {
        assertEquals("Authorization: Bearer " + SecretKind.AUTHORIZATION_HEADER.marker(),
                redact("Authorization: Bearer abcdefghijklmnop.qrstuvwx"));
        assertEquals("{\"Authorization\": \"Basic " + SecretKind.AUTHORIZATION_HEADER.marker() + "\"}",
                redact("{\"Authorization\": \"Basic YWxleDpIdW50ZXIy\"}"));
        assertEquals("Proxy-Authorization: Negotiate " + SecretKind.AUTHORIZATION_HEADER.marker(),
                redact("Proxy-Authorization: Negotiate YIIHxgYGKwYBBQUCoIIHujCCB7agMDAuBgkqhkiC9xIBAgI"));
    }

    @Test
    void aBearerTokenOutsideAHeaderIsRedacted() {
        assertEquals("curl -H 'x: y' then bearer " + SecretKind.BEARER_TOKEN.marker(),
                redact("curl -H 'x: y' then bearer 3kTx9pQ_w8yZ-7vRt2mN4b"));
    }

    static Stream<Arguments> keyValuePairs() {
        return pairs(new String[][] {
            { "password=Hunter2!", "password=[REDACTED:password]" },
            { "pwd: correct horse battery staple", "pwd: [REDACTED:password]" },
            { "{\"password\": \"Hunter2!\", \"user\": \"a\"}", "{\"password\": \"[REDACTED:password]\", \"user\": \"a\"}" },
            { "smtp_password='s3cret'", "smtp_password='[REDACTED:password]'" },
            { "userPassword=x1 user=alex", "userPassword=[REDACTED:password] user=alex" },
            { "client_secret=Qx7~aB3cD.eF5gH&grant_type=x", "client_secret=[REDACTED:secret]&grant_type=x" },
            { "\"ClientSecret\":\"abc\"", "\"ClientSecret\":\"[REDACTED:secret]\"" },
            { "api_key=4f9c2e7a1b8d", "api_key=[REDACTED:api-key]" },
            { "Ocp-Apim-Subscription-Key: 4f9c2e7a1b8d4c3e", "Ocp-Apim-Subscription-Key: [REDACTED:api-key]" },
            { "refresh_token=abc.def", "refresh_token=[REDACTED:refresh-token]" },
            { "access_token=opaque-token-value", "access_token=[REDACTED:oauth-token]" },
            { "https://h/cb?code=OAQABAAIAAAD&state=1", "https://h/cb?code=[REDACTED:oauth-token]&state=1" },
            { "AccountKey=abc+def/ghi==;EndpointSuffix=core", "AccountKey=[REDACTED:secret];EndpointSuffix=core" },
            { "PresharedKey = vpn-psk-value", "PresharedKey = [REDACTED:secret]" },
            { "ProxyPassword=Hunter2!", "ProxyPassword=[REDACTED:password]" },
            { "ClientCertificatePassword: x9-secret", "ClientCertificatePassword: [REDACTED:password]" },
            { "{\"pass\": \"x1y2\", \"pw\":\"z3\"}", "{\"pass\": \"[REDACTED:password]\", \"pw\":\"[REDACTED:password]\"}" },
            { "user=alex pass=x1 host=h", "user=alex pass=[REDACTED:password] host=h" },
            { "<ProxyPassword>Hunter2!</ProxyPassword>", "<ProxyPassword>[REDACTED:password]</ProxyPassword>" },
            { "<sharedKey><keyMaterial>wifi-key-1</keyMaterial></sharedKey>",
                    "<sharedKey><keyMaterial>[REDACTED:password]</keyMaterial></sharedKey>" },
            { "    Key Content            : wifi-key-1", "    Key Content            : [REDACTED:password]" },
            { "    DefaultPassword    REG_SZ    Hunter2!", "    DefaultPassword    REG_SZ    [REDACTED:password]" } });
    }

    @ParameterizedTest
    @MethodSource("keyValuePairs")
    void keyValuePairsKeepTheKey(String text, String redacted) {
        assertEquals(redacted, redact(text));
    }

    static Stream<Arguments> commandLines() {
        return pairs(new String[][] {
            { "cmdkey /add:vpn /user:alex /pass:Hunter2!", "cmdkey /add:vpn /user:alex /pass:[REDACTED:password]" },
            { "Add-VpnConnection -Name x -L2tpPsk 'psk-value' -Force", "Add-VpnConnection -Name x -L2tpPsk '[REDACTED:secret]' -Force" },
            { "New-Object PSCredential('a', (ConvertTo-SecureString \"Hunter2!\" -AsPlainText -Force))", "New-Object PSCredential('a', (ConvertTo-SecureString \"[REDACTED:password]\" -AsPlainText -Force))" },
            { "Connect-Agent -Password Hunter2! -Verbose", "Connect-Agent -Password [REDACTED:password] -Verbose" },
            { "Connect-Agent -Password $secure", "Connect-Agent -Password $secure" },
            { "vendorctl enrol --password Hunter2!", "vendorctl enrol --password [REDACTED:password]" },
            { "rasdial \"Contoso VPN\" alex Hunter2!", "rasdial \"Contoso VPN\" alex [REDACTED:password]" },
            { "rasdial \"Contoso VPN\" alex *", "rasdial \"Contoso VPN\" alex *" },
            { "net use Z: \\\\fs01\\share Hunter2! /user:alex", "net use Z: \\\\fs01\\share [REDACTED:password] /user:alex" },
            { "net use \\\\fs01\\share /user:alex Hunter2!", "net use \\\\fs01\\share /user:alex [REDACTED:password]" },
            { "vendorctl unlock --pin 4711", "vendorctl unlock --pin [REDACTED:password]" },
            { "https://alex:Hunter2!@proxy.contoso.com:8080", "https://alex:[REDACTED:url-credentials]@proxy.contoso.com:8080" } });
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void commandLinesLoseTheirPasswords(String text, String redacted) {
        assertEquals(redacted, redact(text));
    }

    @Test
    void cookiesOfEntraIdAreRedactedInHeadersAndAlone() {
        assertEquals("Set-Cookie: " + SecretKind.COOKIE.marker(),
                redact("Set-Cookie: ESTSAUTHPERSISTENT=" + Secrets.COOKIE + "; path=/; secure; HttpOnly"));
        assertEquals("ESTSAUTH=" + SecretKind.COOKIE.marker() + "; buid=" + SecretKind.COOKIE.marker(),
                redact("ESTSAUTH=1.AXoAabc; buid=0.AXoAdef"));
        assertEquals(3, redactor.counts().get(SecretKind.COOKIE).intValue());
    }

    @Test
    void refreshTokensAndPrtLikeBlobsAreRecognisedByTheirShape() {
        assertEquals("cached " + SecretKind.REFRESH_TOKEN.marker() + " for the broker",
                redact("cached " + Secrets.REFRESH_TOKEN + " for the broker"));
        String prt = "AQABAAAAAAD--DLA3VO7QrddgJg7WevrAgDs_wQA9P8mXk4q7Rb3v0nTgTQ2t9Kq1Zy5hC6oLd0pR3sV7wX8yZ1aB2c";
        assertEquals("prt blob " + SecretKind.REFRESH_TOKEN.marker(), redact("prt blob " + prt));
    }

    @Test
    void aLongBase64BlobNextToACredentialWordIsRedacted() {
        String blob = "dGhpcy1pcy1hLWNyZWRlbnRpYWwtYmxvYi0xMjM0NTY3ODkw";
        assertEquals("SessionKey blob: " + SecretKind.CREDENTIAL_BLOB.marker(), redact("SessionKey blob: " + blob));
        assertEquals("note: " + blob, new Redactor().redact("note: " + blob), "no credential context, not long");
        String longBlob = "QmFzZTY0IGVuY29kZWQgb3BhcXVlIGNyZWRlbnRpYWwgd2l0aG91dCBhbnkgY29udGV4dCBhdCBhbGwgMTIzNDU2"
                + "Nzg5MEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFla";
        assertEquals("x " + SecretKind.CREDENTIAL_BLOB.marker(), new Redactor().redact("x " + longBlob));
    }

    @Test
    void aPrivateKeyIsRedactedWhole() {
        String pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1x\n-----END RSA PRIVATE KEY-----";
        assertEquals("key: " + SecretKind.PRIVATE_KEY.marker(), redact("key: " + pem));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "AADSTS50126: Error validating credentials due to invalid username or password. Trace ID: "
                    + "0b5d3c1e-7d7a-4a53-9a4f-2f0b1e4c6500 Correlation ID: eecaec58-da7b-3969-86e5-d8f4968f0e17",
            "             AzureAdPrt : NO\r\n    AzureAdPrtUpdateTime : 2026-11-26 00:49:17.588 UTC",
            "              Thumbprint : 5E2B9C7A1F3D6E8B0A4C2D7F9E1B3A5C8D0F2E4A",
            "          KeyContainerId : e2f81c6b-5b7a-4d8c-9c1a-0b37a0d8b1f4",
            "  AccessTokenUrl : https://login.microsoftonline.com/3c5e9a1d-8b7f-4e2a-9d61-7a0c4f2b8e15/oauth2/token",
            "         Credential Type : Password",
            "Verifying username and password...",
            "Target: LegacyGeneric:target=MicrosoftOffice16_Data:SSPI:alex@contoso.com",
            "OneDrive 0x8004de40 after a password reset",
            "\"password\": \"\", \"PasswordLastSet\": \"2026-11-25T08:00:00Z\", \"token\": null",
            "m365.clear-cached-credentials (org.triage.fixes.m365 0.1.0.v20261126-0107)",
            "    Bypass List     :  *.contoso.com;<local>",
            "{\"ProxyBypass\": \"*.contoso.com;<local>\", \"Compass\": \"north\"}",
            "           EnterprisePrt : NO" })
    void whatSupportNeedsIsLeftAlone(String text) {
        assertEquals(text, redact(text));
        assertEquals(0, redactor.total(), redactor.counts().toString());
    }

    @ParameterizedTest
    @CsvSource({ "Password,true", "ClientSecret,true", "client_secret,true", "refresh_token,true", "ApiKey,true",
            "x-api-key,true", "Token,true", "PIN,true", "PreSharedKey,true", "SessionCookie,true",
            "PasswordChangedAt,false", "AccessTokenUrl,false", "AzureAdPrt,false", "TokenExpiry,false",
            "Credential Type,false", "KeySignTest,false", "NgcKeyId,false", "RememberCredential,false",
            "PasswordExpiryTime,false" })
    void factNamesSaySecretOnlyWhenTheyNameOne(String name, boolean secret) {
        assertEquals(secret, Redactor.secretName(name), name);
    }

    @Test
    void aRedactedTextRedactedAgainStaysTheSame() {
        String once = redact("password=Hunter2! and " + Secrets.JWT);
        int counted = redactor.total();
        assertEquals(once, redact(once));
        assertEquals(counted, redactor.total(), "markers are not secrets");
        assertFalse(once.contains("Hunter2"));
        assertTrue(once.contains("[REDACTED:password]") && once.contains("[REDACTED:jwt]"), once);
    }
}
