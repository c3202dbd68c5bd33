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
import org.triage.formats.WinHttpProxy;
import org.triage.formats.WinHttpProxyFormat;

class WinHttpProxyFormatTest {

    private static final String DIRECT = "winhttp/direct-access.txt";
    private static final String PROXY = "winhttp/proxy-with-bypass.txt";
    private static final String PER_SCHEME = "winhttp/per-scheme-proxy.txt";

    @TestFactory
    Stream<DynamicTest> directAccess() {
        return variants(DIRECT, proxy -> {
            assertTrue(proxy.recognised());
            assertTrue(proxy.direct());
            assertEquals(List.of(), proxy.proxyServers());
            assertEquals(List.of(), proxy.bypassList());
            assertEquals(List.of(), proxy.problems());
        });
    }

    @TestFactory
    Stream<DynamicTest> proxyWithBypassList() {
        return variants(PROXY, proxy -> {
            assertTrue(proxy.recognised());
            assertFalse(proxy.direct());
            assertEquals(List.of("proxy.corp.contoso.com:8080"), proxy.proxyServers());
            assertEquals(List.of("<local>", "*.corp.contoso.com", "10.*"), proxy.bypassList());
            assertEquals("proxy.corp.contoso.com:8080", proxy.settings().get("Proxy Server(s)"));
            assertEquals(Optional.empty(), proxy.autoConfigUrl());
            assertEquals(List.of(), proxy.problems());
        });
    }

    @TestFactory
    Stream<DynamicTest> perSchemeProxyWithoutBypass() {
        return variants(PER_SCHEME, proxy -> {
            assertTrue(proxy.recognised());
            assertEquals(List.of("http=proxy.corp.contoso.com:8080", "https=proxy.corp.contoso.com:8443"), proxy.proxyServers());
            assertEquals(List.of(), proxy.bypassList());
            assertEquals("(none)", proxy.settings().get("Bypass List"));
        });
    }

    @TestFactory
    Stream<DynamicTest> renderingReproducesTheToolsTextExactly() {
        return Stream.of(DIRECT, PROXY).map(fixture -> DynamicTest.dynamicTest(fixture, () -> {
            String master = Fixtures.text(fixture);
            assertEquals(Fixtures.lines(master), Fixtures.lines(WinHttpProxyFormat.render(WinHttpProxyFormat.parse(master))));
        }));
    }

    @Test
    void demoSettingsBuiltInCode() {
        assertEquals(List.of("", "Current WinHTTP proxy settings:", "", "    Direct access (no proxy server).", ""),
                Fixtures.lines(WinHttpProxyFormat.render(WinHttpProxy.directAccess())));
        WinHttpProxy proxy = WinHttpProxy.proxy("proxy:8080", "<local>;*.contoso.com");
        assertEquals(List.of("proxy:8080"), proxy.proxyServers());
        assertEquals(List.of("<local>", "*.contoso.com"), proxy.bypassList());
        assertTrue(WinHttpProxyFormat.render(proxy).contains("    Bypass List     :  <local>;*.contoso.com\r\n"));
    }

    @Test
    void extraSettingLinesAreKept() {
        // Layout of a newer build's extra line is not confirmed; any "name : value" line is kept.
        WinHttpProxy proxy = WinHttpProxyFormat.parse("Current WinHTTP proxy settings:\n\n"
                + "    Direct access (no proxy server).\n    Auto-Config URL :  http://wpad.contoso.com/wpad.dat\n");
        assertTrue(proxy.recognised());
        assertTrue(proxy.direct());
        assertEquals(Optional.of("http://wpad.contoso.com/wpad.dat"), proxy.autoConfigUrl());
        assertEquals(List.of(), proxy.problems());
    }

    @Test
    void chineseDirectAccessIsRead() {
        WinHttpProxy chinese = WinHttpProxyFormat.parse("\n\u5f53\u524d\u7684 WinHTTP \u4ee3\u7406\u670d\u52a1\u5668\u8bbe\u7f6e:\n\n    \u76f4\u63a5\u8bbf\u95ee(\u6ca1\u6709\u4ee3\u7406\u670d\u52a1\u5668)\u3002\n");
        assertTrue(chinese.recognised());
        assertTrue(chinese.direct());
        assertEquals(List.of(), chinese.problems());
    }

    @Test
    void settingsOfAnUnknownLanguageAreReadByTheirOrderAndReported() {
        // Made-up labels under a real title shape: servers first, then the bypass list.
        WinHttpProxy proxy = WinHttpProxyFormat.parse("\nGecerli WinHTTP ara sunucu ayarlari:\n\n"
                + "    Ara sunucular :  proxy.contoso.com:8080\n    Atlama listesi :  (yok)\n");
        assertTrue(proxy.recognised());
        assertEquals(List.of("proxy.contoso.com:8080"), proxy.proxyServers());
        assertEquals(List.of(), proxy.bypassList());
        assertEquals(1, proxy.problems().size(), proxy.problems().toString());
        assertEquals(4, proxy.problems().get(0).line());
        assertTrue(proxy.problems().get(0).message().contains("'Ara sunucular'"), proxy.problems().toString());
    }

    @Test
    void headerAloneIsReportedAsCutShort() {
        WinHttpProxy proxy = WinHttpProxyFormat.parse("Current WinHTTP proxy settings:\n");
        assertTrue(proxy.recognised());
        assertFalse(proxy.direct());
        assertEquals(1, proxy.problems().size());
    }

    private static Stream<DynamicTest> variants(String fixture, Consumer<WinHttpProxy> check) {
        return Fixtures.windowsVariants(fixture).stream()
                .map(v -> DynamicTest.dynamicTest(v.toString(), () -> check.accept(WinHttpProxyFormat.parse(v.bytes()))));
    }
}
