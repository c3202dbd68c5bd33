package org.triage.net.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.triage.core.target.ProxySettings;
import org.triage.net.Proxies;
import org.triage.net.ProxyServer;

/** Which proxy a request takes, from WinHTTP's settings and from the environment. */
class ProxiesTest {

    private static final String LOGIN = "login.microsoftonline.com";

    private static ProxySettings winHttp(String servers, String bypass) {
        return new ProxySettings("WinHTTP", false, List.of(servers.split(";")),
                bypass.isEmpty() ? List.of() : List.of(bypass.split(";")), null);
    }

    private static Optional<ProxyServer> https(ProxySettings settings, String host) {
        return Proxies.select(settings, host, "https").proxy();
    }

    @Test
    void winHttpListsOneProxyForAllOrOnePerScheme() {
        assertEquals(Optional.of(new ProxyServer("proxy.contoso.com", 8080)),
                https(winHttp("proxy.contoso.com:8080", ""), LOGIN));
        ProxySettings perScheme = winHttp("http=web.contoso.com:80;https=secure.contoso.com:8443", "");
        assertEquals(Optional.of(new ProxyServer("secure.contoso.com", 8443)), https(perScheme, LOGIN));
        assertEquals(Optional.of(new ProxyServer("web.contoso.com", 80)),
                Proxies.select(perScheme, LOGIN, "http").proxy());
        assertEquals(Optional.empty(), https(winHttp("http=web.contoso.com:80", ""), LOGIN),
                "without an https entry, WinHTTP sends HTTPS directly");
        assertEquals(Optional.of(new ProxyServer("proxy", 80)), https(winHttp("proxy", ""), LOGIN),
                "the port defaults to 80");
    }

    @Test
    void theBypassListSendsHostsDirectly() {
        assertTrue(Proxies.bypassed(List.of("<local>"), "intranet"));
        assertFalse(Proxies.bypassed(List.of("<local>"), LOGIN));
        assertTrue(Proxies.bypassed(List.of("*.microsoftonline.com"), LOGIN));
        assertTrue(Proxies.bypassed(List.of("*microsoftonline*"), LOGIN));
        assertTrue(Proxies.bypassed(List.of(".microsoftonline.com"), LOGIN), "no_proxy's leading dot");
        assertTrue(Proxies.bypassed(List.of("microsoftonline.com"), LOGIN), "no_proxy's domain covers subdomains");
        assertFalse(Proxies.bypassed(List.of("online.com"), LOGIN), "a domain is matched on a dot boundary");
        assertTrue(Proxies.bypassed(List.of("*"), LOGIN));
        assertTrue(Proxies.bypassed(List.of("10.0.0.0/8"), "10.1.2.3"));
        assertFalse(Proxies.bypassed(List.of("10.0.0.0/8"), "11.1.2.3"));
        assertTrue(Proxies.bypassed(List.of("LOGIN.microsoftonline.com:443"), LOGIN), "case and port are ignored");
        assertEquals(Optional.empty(), https(winHttp("proxy:8080", "<local>;*.microsoftonline.com"), LOGIN));
    }

    @Test
    void theEnvironmentIsReadAsCurlReadsItWithoutCredentials() {
        ProxySettings settings = Proxies.fromEnvironment(Map.of(
                "https_proxy", "http://alice:S3cret!@proxy.contoso.com:3128",
                "HTTPS_PROXY", "http://ignored:1",
                "http_proxy", "http://proxy.contoso.com:3128/",
                "no_proxy", "localhost, .contoso.com,10.0.0.0/8"), new Properties());

        assertEquals(Proxies.ENVIRONMENT, settings.source());
        assertFalse(settings.direct());
        assertEquals(List.of("https=http://proxy.contoso.com:3128", "http=http://proxy.contoso.com:3128/"),
                settings.servers());
        assertFalse(settings.toString().contains("S3cret"), "a password must never reach a report");
        assertEquals(List.of("localhost", ".contoso.com", "10.0.0.0/8"), settings.bypass());
        assertEquals(Optional.of(new ProxyServer("proxy.contoso.com", 3128)), https(settings, LOGIN));
        assertEquals(Optional.empty(), https(settings, "intranet.contoso.com"));
    }

    @Test
    void upperCaseVariablesCountWhereLowerCaseOnesAreMissing() {
        ProxySettings settings = Proxies.fromEnvironment(Map.of("HTTPS_PROXY", "proxy:3128"), new Properties());
        assertEquals(List.of("https=proxy:3128"), settings.servers());
        assertTrue(Proxies.fromEnvironment(Map.of(), new Properties()).direct());
    }

    @Test
    void javaSystemPropertiesWinOverTheEnvironment() {
        Properties properties = new Properties();
        properties.setProperty("https.proxyHost", "jvm-proxy.contoso.com");
        properties.setProperty("https.proxyPort", "8443");
        properties.setProperty("http.nonProxyHosts", "localhost|*.contoso.com");
        ProxySettings settings = Proxies.fromEnvironment(Map.of("https_proxy", "http://env-proxy:3128"), properties);

        assertEquals(Proxies.SYSTEM_PROPERTIES, settings.source());
        assertEquals(List.of("https=jvm-proxy.contoso.com:8443"), settings.servers());
        assertEquals(List.of("localhost", "*.contoso.com"), settings.bypass());
        assertEquals(Optional.of(new ProxyServer("jvm-proxy.contoso.com", 8443)), https(settings, LOGIN));
    }

    @Test
    void whatIsNotTestedIsSaid() {
        ProxySettings pac = new ProxySettings("WinHTTP", false, List.of(), List.of(), "http://wpad/wpad.dat");
        Proxies.Choice choice = Proxies.select(pac, LOGIN, "https");
        assertEquals(Optional.empty(), choice.proxy());
        assertTrue(choice.problems().get(0).contains("http://wpad/wpad.dat"), choice.problems().toString());

        Proxies.Choice socks = Proxies.select(winHttp("socks=socks.contoso.com:1080", ""), LOGIN, "https");
        assertEquals(Optional.empty(), socks.proxy());
        assertTrue(socks.problems().get(0).contains("SOCKS"), socks.problems().toString());

        Proxies.Choice https = Proxies.select(winHttp("https://user:pw@secure-proxy:443", ""), LOGIN, "https");
        assertEquals(Optional.empty(), https.proxy());
        assertTrue(https.problems().get(0).contains("only HTTP proxies") && !https.problems().get(0).contains("pw"),
                https.problems().toString());
    }

    @Test
    void parsesProxyAddresses() {
        assertEquals(new ProxyServer("::1", 3128), Proxies.parse("http://[::1]:3128"));
        assertEquals("[::1]:3128", new ProxyServer("::1", 3128).toString());
        assertThrows(IllegalArgumentException.class, () -> Proxies.parse("http://:3128"));
        assertEquals("http://proxy:3128", Proxies.redact("http://user:p@ss@proxy:3128"));
        assertEquals("proxy:3128", Proxies.redact("user:pass@proxy:3128"));
    }
}
