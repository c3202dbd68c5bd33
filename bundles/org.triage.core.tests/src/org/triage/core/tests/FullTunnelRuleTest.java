package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.core.tests.support.Drafts.only;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triage.core.probe.RoutesProbe;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.rules.Causes;
import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.FullTunnelRule;
import org.triage.core.target.Route;
import org.triage.core.target.VpnConnection;
import org.triage.core.tests.support.ScriptedTarget;
import org.triage.model.Observation;
import org.triage.model.Severity;

/** A connected VPN that does not split the tunnel and carries the Entra ID ranges. */
class FullTunnelRuleTest {

    private static final String VPN = "Contoso VPN";
    private static final Route WIFI_DEFAULT = new Route("0.0.0.0/0", "192.168.1.1", "Wi-Fi", 12, 35);
    private static final Route TUNNEL_DEFAULT = new Route("0.0.0.0/0", "0.0.0.0", VPN, 38, 1);
    private static final Route CORPORATE = new Route("10.0.0.0/8", "0.0.0.0", VPN, 38, 1);

    private final FullTunnelRule rule = new FullTunnelRule();

    private static VpnConnection vpn(Boolean splitTunneling, String status) {
        return new VpnConnection(VPN, "vpn.contoso.com", "Ikev2", splitTunneling, status, 0, true);
    }

    private static Map<String, Observation> observe(VpnConnection vpn, Route... routes) {
        return new ScriptedTarget().vpnConnections(vpn).routes(routes).observe(VpnConnectionsProbe.ID, RoutesProbe.ID);
    }

    @Test
    void aFullTunnelCarryingEntraIdIsAFinding() {
        Map<String, Observation> latest = observe(vpn(false, "Connected"), WIFI_DEFAULT, TUNNEL_DEFAULT);
        FindingDraft tunnel = only(rule.evaluate(latest, null), Causes.FULL_TUNNEL_VPN);
        assertEquals(Severity.WARNING, tunnel.severity());
        assertEquals(List.of(latest.get(VpnConnectionsProbe.ID), latest.get(RoutesProbe.ID)), tunnel.evidence());
        assertTrue(tunnel.summary().contains("20.190.128.0/18") && tunnel.summary().contains("40.126.0.0/18"),
                tunnel.summary());
    }

    @Test
    void theSameVpnWithSplitTunnelingYieldsNoFinding() {
        assertEquals(List.of(), rule.evaluate(observe(vpn(true, "Connected"), WIFI_DEFAULT, TUNNEL_DEFAULT), null));
    }

    @Test
    void aVpnThatDoesNotSaySplitTunnelingIsTreatedAsAFullTunnel() {
        only(rule.evaluate(observe(vpn(null, "Connected"), WIFI_DEFAULT, TUNNEL_DEFAULT), null), Causes.FULL_TUNNEL_VPN);
    }

    @Test
    void aDisconnectedVpnYieldsNoFinding() {
        assertEquals(List.of(), rule.evaluate(observe(vpn(false, "Disconnected"), WIFI_DEFAULT), null));
    }

    @Test
    void aFullTunnelThatRoutesEntraIdOutsideYieldsNoFinding() {
        Route entraOutside1 = new Route("20.190.128.0/18", "192.168.1.1", "Wi-Fi", 12, 35);
        Route entraOutside2 = new Route("40.126.0.0/18", "192.168.1.1", "Wi-Fi", 12, 35);
        assertEquals(List.of(), rule.evaluate(observe(vpn(false, "Connected"), WIFI_DEFAULT, TUNNEL_DEFAULT,
                CORPORATE, entraOutside1, entraOutside2), null));
    }

    @Test
    void oneEntraIdRangeInTheTunnelIsEnough() {
        Route entraOutside1 = new Route("20.190.128.0/18", "192.168.1.1", "Wi-Fi", 12, 35);
        FindingDraft tunnel = only(rule.evaluate(observe(vpn(false, "Connected"), WIFI_DEFAULT, TUNNEL_DEFAULT,
                entraOutside1), null), Causes.FULL_TUNNEL_VPN);
        assertTrue(tunnel.summary().contains("40.126.0.0/18") && !tunnel.summary().contains("20.190.128.0/18"),
                tunnel.summary());
    }

    @Test
    void aSplitTunnelThatCarriesTheEntraIdRangesByTheirOwnRoutesIsNoFullTunnel() {
        Route entraInside1 = new Route("20.190.128.0/18", "0.0.0.0", VPN, 38, 1);
        Route entraInside2 = new Route("40.126.0.0/18", "0.0.0.0", VPN, 38, 1);
        assertEquals(List.of(), rule.evaluate(observe(vpn(true, "Connected"), WIFI_DEFAULT, CORPORATE, entraInside1,
                entraInside2), null), "the profile splits and the default route stays on Wi-Fi");
        only(rule.evaluate(observe(vpn(false, "Connected"), WIFI_DEFAULT, CORPORATE, entraInside1, entraInside2), null),
                Causes.FULL_TUNNEL_VPN);
    }
}
