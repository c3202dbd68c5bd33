package org.triage.core.target;

import java.time.Instant;

/**
 * A VPN profile as {@code Get-VpnConnection} describes it. Names follow that cmdlet's properties.
 *
 * @param splitTunneling null where the source does not say
 * @param idleDisconnectSeconds 0 = never, null = unknown
 * @param connectedSince when the current session began; null where the connection is down or the source does
 *        not say
 */
public record VpnConnection(String name, String serverAddress, String tunnelType, Boolean splitTunneling,
        String connectionStatus, Integer idleDisconnectSeconds, boolean allUserConnection, Instant connectedSince) {

    public VpnConnection(String name, String serverAddress, String tunnelType, Boolean splitTunneling,
            String connectionStatus, Integer idleDisconnectSeconds, boolean allUserConnection) {
        this(name, serverAddress, tunnelType, splitTunneling, connectionStatus, idleDisconnectSeconds,
                allUserConnection, null);
    }

    public boolean connected() {
        return "Connected".equalsIgnoreCase(connectionStatus);
    }

    public VpnConnection withConnectedSince(Instant since) {
        return new VpnConnection(name, serverAddress, tunnelType, splitTunneling, connectionStatus,
                idleDisconnectSeconds, allUserConnection, since);
    }
}
