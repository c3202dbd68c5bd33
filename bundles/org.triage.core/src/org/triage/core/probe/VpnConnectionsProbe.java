package org.triage.core.probe;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.session.Facts;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.core.target.VpnConnection;
import org.triage.model.Fact;
import org.triage.model.Observation;

/** The VPN profiles, whether they are connected and whether they split the tunnel. */
public final class VpnConnectionsProbe implements Probe {

    public static final String ID = "vpn.connections";
    /** When the connection's current session began, where the target can tell. */
    public static final String CONNECTED_SINCE = "ConnectedSince";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String view() {
        return "vpn";
    }

    @Override
    public Observation run(Target target, IProgressMonitor monitor) {
        ObservationBuilder observation = new ObservationBuilder(this);
        Reading<List<VpnConnection>> reading = target.vpnConnections(monitor);
        if (!observation.accept(reading)) {
            return observation.build();
        }
        List<Fact> connections = new ArrayList<>();
        for (VpnConnection vpn : reading.value()) {
            List<Fact> fields = new ArrayList<>();
            Facts.optional("Name", vpn.name()).ifPresent(fields::add);
            Facts.optional("ServerAddress", vpn.serverAddress()).ifPresent(fields::add);
            Facts.optional("TunnelType", vpn.tunnelType()).ifPresent(fields::add);
            Facts.optional("SplitTunneling", vpn.splitTunneling()).ifPresent(fields::add);
            Facts.optional("ConnectionStatus", vpn.connectionStatus()).ifPresent(fields::add);
            Facts.optional("IdleDisconnectSeconds", vpn.idleDisconnectSeconds()).ifPresent(fields::add);
            fields.add(Facts.bool("AllUserConnection", vpn.allUserConnection()));
            Facts.optional(CONNECTED_SINCE, vpn.connectedSince()).ifPresent(fields::add);
            Facts.optional("RememberCredential", vpn.rememberCredential()).ifPresent(fields::add);
            if (!vpn.authenticationMethods().isEmpty()) {
                fields.add(Facts.texts("AuthenticationMethod", vpn.authenticationMethods()));
            }
            connections.add(Facts.record("", fields));
        }
        List<String> connected = reading.value().stream().filter(VpnConnection::connected).map(VpnConnection::name)
                .toList();
        return observation.fact(Facts.list("connections", connections))
                .fact(Facts.texts("connected", connected))
                .summary(reading.value().size() + " VPN connection(s)"
                        + (connected.isEmpty() ? ", none connected" : ", connected: " + String.join(", ", connected)))
                .build();
    }
}
