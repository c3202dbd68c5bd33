package org.triage.platform.linux.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triage.core.target.Route;
import org.triage.platform.linux.IpJson;
import org.triage.platform.linux.Nmcli;
import org.triage.platform.linux.ResolvConf;
import org.triage.platform.linux.ResolvectlStatus;
import org.triage.platform.linux.WireGuard;

/** The edges of each format the Linux target reads. */
class ParsersTest {

    @Test
    void multipathAndRejectingRoutes() {
        IpJson.Routes routes = IpJson.routes("""
                [{"dst":"default","protocol":"static","metric":20,"flags":[],"nexthops":[
                  {"gateway":"192.0.2.1","dev":"eth0","weight":1,"flags":[]},
                  {"gateway":"198.51.100.1","dev":"eth1","weight":1,"flags":[]}]},
                 {"type":"unreachable","dst":"40.126.0.0/18","metric":1024,"flags":[]},
                 {"type":"local","dst":"127.0.0.1","dev":"lo","flags":[]},
                 {"dev":"eth0","flags":[]}]
                """, Map.of("eth0", 2, "eth1", 3));
        assertEquals(List.of(new Route("0.0.0.0/0", "192.0.2.1", "eth0", 2, 20, 0),
                new Route("0.0.0.0/0", "198.51.100.1", "eth1", 3, 20, 0),
                new Route("40.126.0.0/18", null, "(unreachable)", null, 1024, 0)), routes.routes());
        assertEquals(1, routes.problems().size(), "the route without a destination is named");
        assertThrows(IllegalArgumentException.class, () -> IpJson.routes("{\"dst\":\"default\"}", Map.of()));
        assertEquals(List.of(), IpJson.routes("", Map.of()).routes(), "an empty table prints nothing");
    }

    @Test
    void aTunWithoutItsClientIsUpButNotConnected() {
        List<IpJson.Link> links = IpJson.links("""
                [{"ifindex":6,"ifname":"tun0","flags":["NO-CARRIER","POINTOPOINT","MULTICAST","NOARP","UP"],"mtu":1500,
                  "operstate":"DOWN","link_type":"none","linkinfo":{"info_kind":"tun"},"addr_info":[]},
                 {"ifindex":7,"ifname":"ppp0","flags":["POINTOPOINT","MULTICAST","NOARP","UP","LOWER_UP"],"mtu":1400,
                  "operstate":"UNKNOWN","link_type":"ppp","addr_info":[{"family":"inet","local":"10.64.1.2","prefixlen":32}]}]
                """);
        assertTrue(links.get(0).tunnel());
        assertFalse(links.get(0).connected());
        assertTrue(links.get(1).tunnel(), "PPP (pppd, L2TP, PPTP) is a tunnel by its link type");
        assertTrue(links.get(1).connected());
        assertEquals(List.of("10.64.1.2/32"), links.get(1).prefixes());
    }

    @Test
    void nmcliTerseFieldsUnescape() {
        assertEquals(List.of(new Nmcli.Connection("Home: 5 GHz", "9a8b", "802-11-wireless", "", ""),
                new Nmcli.Connection("back\\slash", "1234", "vpn", "eth0", "activated")),
                Nmcli.connections("Home\\: 5 GHz:9a8b:802-11-wireless::\nback\\\\slash:1234:vpn:eth0:activated\n"));
        assertEquals(Map.of("remote", "vpn.contoso.com:1194", "dev", "tun"),
                Nmcli.vpnData("remote = vpn.contoso.com:1194, dev = tun"));
        assertEquals("openconnect", Nmcli.plugin("org.freedesktop.NetworkManager.openconnect"));
    }

    @Test
    void resolvConfTakesTheLastSearchLine() {
        ResolvConf conf = ResolvConf.parse("""
                # comment
                ; also a comment
                nameserver 192.0.2.53
                domain old.example
                search corp.contoso.com contoso.com
                nameserver 2001:db8::53
                options rotate timeout:1
                """);
        assertEquals(List.of("192.0.2.53", "2001:db8::53"), conf.nameservers());
        assertEquals(List.of("corp.contoso.com", "contoso.com"), conf.search());
        assertEquals(List.of("rotate", "timeout:1"), conf.options());
        assertFalse(conf.usesResolvedStub());
    }

    @Test
    void resolvectlJoinsServersOverSeveralLines() {
        ResolvectlStatus status = ResolvectlStatus.parse("""
                Global
                       Protocols: +LLMNR -mDNS -DNSOverTLS DNSSEC=no/unsupported
                resolv.conf mode: stub
                     DNS Servers: 192.0.2.53

                Link 9 (wg0)
                Current Scopes: DNS
                     Protocols: +DefaultRoute -LLMNR -mDNS -DNSOverTLS DNSSEC=no/unsupported
                     DNS Servers: 10.66.0.1
                                  abcd::1
                      DNS Domain: ~.
                """);
        assertEquals(List.of("192.0.2.53"), status.global().servers());
        ResolvectlStatus.LinkDns wg0 = status.links().get("wg0");
        assertEquals(List.of("10.66.0.1", "abcd::1"), wg0.servers());
        assertTrue(wg0.defaultRoute());
        assertEquals(null, wg0.searchDomain(), "~. only routes queries");
    }

    @Test
    void wireGuardPeersWithoutEndpoint() {
        WireGuard wireGuard = WireGuard.parse("wg0\tKEY1=\t(none)\nwg0\tKEY2=\t203.0.113.9:51820\n",
                "wg0\tKEY1=\t10.66.0.0/24\nwg0\tKEY2=\t0.0.0.0/1 128.0.0.0/1\nwg1\tKEY3=\t(none)\n");
        assertEquals(List.of("203.0.113.9:51820"), wireGuard.endpoints().get("wg0"));
        assertTrue(wireGuard.fullTunnel("wg0"), "both halves of the IPv4 space");
        assertFalse(wireGuard.fullTunnel("wg1"));
        assertTrue(wireGuard.knows("wg1"));
    }
}
