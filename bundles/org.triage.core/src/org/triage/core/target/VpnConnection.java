package org.triage.core.target;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A VPN profile as {@code Get-VpnConnection} describes it. Names follow that cmdlet's properties.
 *
 * @param splitTunneling null where the source does not say
 * @param idleDisconnectSeconds 0 = never, null = unknown
 * @param connectedSince when the current session began; null where the connection is down or the source does
 *        not say
 * @param rememberCredential whether the profile saves the credential the user signed in with; null = unknown
 * @param authenticationMethods {@code AuthenticationMethod} as the cmdlet lists it ({@code MsChapv2}, {@code Eap},
 *        {@code Pap}, {@code Chap}, {@code MachineCertificate}); empty where unknown
 */
public record VpnConnection(String name, String serverAddress, String tunnelType, Boolean splitTunneling,
        String connectionStatus, Integer idleDisconnectSeconds, boolean allUserConnection, Instant connectedSince,
        Boolean rememberCredential, List<String> authenticationMethods) {

    /** Methods where the user signs in with the account's password (EAP counts: its default is EAP-MSCHAPv2). */
    private static final Set<String> PASSWORD_METHODS = Set.of("mschapv2", "eap", "pap", "chap");

    public VpnConnection {
        authenticationMethods = authenticationMethods == null ? List.of() : List.copyOf(authenticationMethods);
    }

    public VpnConnection(String name, String serverAddress, String tunnelType, Boolean splitTunneling,
            String connectionStatus, Integer idleDisconnectSeconds, boolean allUserConnection, Instant connectedSince) {
        this(name, serverAddress, tunnelType, splitTunneling, connectionStatus, idleDisconnectSeconds,
                allUserConnection, connectedSince, null, List.of());
    }

    public VpnConnection(String name, String serverAddress, String tunnelType, Boolean splitTunneling,
            String connectionStatus, Integer idleDisconnectSeconds, boolean allUserConnection) {
        this(name, serverAddress, tunnelType, splitTunneling, connectionStatus, idleDisconnectSeconds,
                allUserConnection, null);
    }

    public boolean connected() {
        return "Connected".equalsIgnoreCase(connectionStatus);
    }

    /** Whether the user signs in to it with a password (as opposed to a certificate). */
    public boolean passwordBased() {
        return authenticationMethods.stream().anyMatch(m -> PASSWORD_METHODS.contains(m.toLowerCase(Locale.ROOT)));
    }

    public VpnConnection withConnectedSince(Instant since) {
        return new VpnConnection(name, serverAddress, tunnelType, splitTunneling, connectionStatus,
                idleDisconnectSeconds, allUserConnection, since, rememberCredential, authenticationMethods);
    }

    public VpnConnection withCredentialSettings(Boolean remember, List<String> methods) {
        return new VpnConnection(name, serverAddress, tunnelType, splitTunneling, connectionStatus,
                idleDisconnectSeconds, allUserConnection, connectedSince, remember, methods);
    }
}
