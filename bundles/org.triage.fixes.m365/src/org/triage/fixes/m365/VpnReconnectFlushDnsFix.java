package org.triage.fixes.m365;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.EndpointsProbe;
import org.triage.core.probe.RoutesProbe;
import org.triage.core.probe.VpnClientsProbe;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.TargetAction;
import org.triage.core.target.VpnClient;
import org.triage.core.target.VpnConnection;

/**
 * Step 3 of the guide: disconnect the VPN, {@code ipconfig /flushdns /release /renew}, reconnect. Only the VPNs
 * that are connected now are cycled, each through the hands that can: rasdial for a Windows VPN profile, the
 * client's own command line where it has one, otherwise the user in the client's own words (GlobalProtect,
 * FortiClient and the rest are never in {@code Get-VpnConnection} and rasdial cannot touch them). A profile that
 * remembers a password from before the change (the guide's Method 3) is connected again by the user, signing in
 * with the new password.
 */
public final class VpnReconnectFlushDnsFix implements Fix {

    private record Session(String name, VpnClient client, boolean signInAgain) {
    }

    @Override
    public FixPreview preview(FixContext context) {
        Instant passwordChanged = context.session().getSymptom() == null
                || context.session().getSymptom().getPasswordChangedAt() == null ? null
                        : context.session().getSymptom().getPasswordChangedAt().toInstant();
        List<VpnConnection> profiles = context.target().vpnConnections(context.monitor()).optionalValue()
                .orElse(List.of());
        List<Session> sessions = new ArrayList<>();
        profiles.stream().filter(VpnConnection::connected)
                .forEach(vpn -> sessions.add(new Session(vpn.name(), null, remembersOldPassword(vpn, passwordChanged))));
        for (NetworkAdapter adapter : context.target().adapters(context.monitor()).optionalValue().orElse(List.of())) {
            Optional<VpnClient> client = VpnClient.of(adapter);
            boolean listed = profiles.stream().anyMatch(vpn -> vpn.name() != null && vpn.name().equalsIgnoreCase(adapter.name()));
            if (client.isEmpty() || client.get() == VpnClient.WINDOWS_RAS || listed || !adapter.connected()
                    || adapter.ipv4Addresses().isEmpty()) {
                continue;
            }
            sessions.add(new Session(adapter.name(), client.get(), false));
        }
        List<TargetAction> actions = new ArrayList<>();
        sessions.forEach(s -> actions.add(new TargetAction.DisconnectVpn(s.name(), s.client())));
        actions.add(new TargetAction.FlushDns());
        actions.add(new TargetAction.RenewIpAddresses());
        sessions.forEach(s -> actions.add(new TargetAction.ConnectVpn(s.name(), s.client(), s.signInAgain())));
        List<String> names = sessions.stream().map(s -> (s.client() == null ? s.name()
                : s.client().displayName() + " (" + s.name() + ")") + (s.signInAgain() ? " with the new password" : ""))
                .toList();
        return new FixPreview(sessions.isEmpty() ? "flush DNS and renew the leases (no VPN is connected)"
                : "reconnect " + String.join(", ", names) + " with a flushed DNS cache and renewed leases",
                actions, List.of());
    }

    /** A profile that remembers a password-based credential from a session that began before the password change. */
    static boolean remembersOldPassword(VpnConnection vpn, Instant passwordChanged) {
        return passwordChanged != null && Boolean.TRUE.equals(vpn.rememberCredential()) && vpn.passwordBased()
                && (vpn.connectedSince() == null || vpn.connectedSince().isBefore(passwordChanged));
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(VpnConnectionsProbe.ID, VpnClientsProbe.ID, RoutesProbe.ID, EndpointsProbe.ID,
                DeviceRegistrationProbe.ID);
    }
}
