package org.triage.fixes.m365;

import java.util.ArrayList;
import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.EndpointsProbe;
import org.triage.core.probe.RoutesProbe;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.target.TargetAction;
import org.triage.core.target.VpnConnection;

/**
 * Step 3 of the guide: disconnect the VPN, {@code ipconfig /flushdns /release /renew}, reconnect. Only
 * the connections that are connected now are cycled.
 */
public final class VpnReconnectFlushDnsFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        List<String> connected = context.target().vpnConnections(context.monitor()).optionalValue().orElse(List.of())
                .stream().filter(VpnConnection::connected).map(VpnConnection::name).toList();
        List<TargetAction> actions = new ArrayList<>();
        connected.forEach(name -> actions.add(new TargetAction.DisconnectVpn(name)));
        actions.add(new TargetAction.FlushDns());
        actions.add(new TargetAction.RenewIpAddresses());
        connected.forEach(name -> actions.add(new TargetAction.ConnectVpn(name)));
        return new FixPreview(connected.isEmpty() ? "flush DNS and renew the leases (no VPN is connected)"
                : "reconnect " + String.join(", ", connected) + " with a flushed DNS cache and renewed leases",
                actions, List.of());
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(VpnConnectionsProbe.ID, RoutesProbe.ID, EndpointsProbe.ID, DeviceRegistrationProbe.ID);
    }
}
