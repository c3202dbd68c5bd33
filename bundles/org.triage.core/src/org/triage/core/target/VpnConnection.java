package org.triage.core.target;

/**
 * A VPN profile as {@code Get-VpnConnection} describes it. Names follow that cmdlet's properties.
 *
 * @param splitTunneling null where the source does not say
 * @param idleDisconnectSeconds 0 = never, null = unknown
 */
public record VpnConnection(String name, String serverAddress, String tunnelType, Boolean splitTunneling,
        String connectionStatus, Integer idleDisconnectSeconds, boolean allUserConnection) {

    public boolean connected() {
        return "Connected".equalsIgnoreCase(connectionStatus);
    }
}
