package org.triage.formats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One VPN profile from {@code Get-VpnConnection | ConvertTo-Json}. Text properties are empty
 * when absent; the names follow the cmdlet's properties.
 *
 * @param tunnelType          the tunnel type, read from a name or (assumed order) a number
 * @param tunnelTypeText      the TunnelType as written: a name such as {@code Ikev2}, or digits
 * @param authenticationMethods {@code AuthenticationMethod} entries ({@code MsChapv2}, {@code Eap}, ...)
 * @param routes              destination prefixes of {@code Routes} where they could be read,
 *                            otherwise the text ConvertTo-Json wrote for each route
 * @param otherProperties     every other property, as JSON text, in the order written
 * @param truncatedProperties properties that ConvertTo-Json cut off at its depth limit and
 *                            wrote as a type name instead of their value
 */
public record VpnConnection(String name, String serverAddress, Optional<Boolean> allUserConnection, String guid,
        VpnTunnelType tunnelType, String tunnelTypeText, List<String> authenticationMethods, String encryptionLevel,
        String l2tpIpsecAuth, Optional<Boolean> useWinlogonCredential, String connectionStatus,
        Optional<Boolean> rememberCredential, Optional<Boolean> splitTunneling, String dnsSuffix,
        Optional<Long> idleDisconnectSeconds, List<String> routes, Map<String, String> otherProperties,
        List<String> truncatedProperties) {

    public VpnConnection {
        name = orEmpty(name);
        serverAddress = orEmpty(serverAddress);
        guid = orEmpty(guid);
        tunnelType = tunnelType == null ? VpnTunnelType.UNKNOWN : tunnelType;
        tunnelTypeText = orEmpty(tunnelTypeText);
        authenticationMethods = List.copyOf(authenticationMethods);
        encryptionLevel = orEmpty(encryptionLevel);
        l2tpIpsecAuth = orEmpty(l2tpIpsecAuth);
        connectionStatus = orEmpty(connectionStatus);
        dnsSuffix = orEmpty(dnsSuffix);
        routes = List.copyOf(routes);
        otherProperties = Collections.unmodifiableMap(new LinkedHashMap<>(otherProperties));
        truncatedProperties = List.copyOf(truncatedProperties);
    }

    /**
     * A profile with the properties the triage looks at, for demo data: per-user, not
     * remembering credentials, no DNS suffix, no idle disconnect, no routes.
     */
    public static VpnConnection of(String name, String serverAddress, VpnTunnelType tunnelType,
            String connectionStatus, boolean splitTunneling, String... authenticationMethods) {
        return new VpnConnection(name, serverAddress, Optional.of(false), "", tunnelType,
                tunnelType.powerShellName(), List.of(authenticationMethods), "Required", "", Optional.of(false),
                connectionStatus, Optional.of(false), Optional.of(splitTunneling), "", Optional.of(0L), List.of(),
                Map.of(), List.of());
    }

    /** Whether the profile was connected when collected ({@code ConnectionStatus} is {@code Connected}). */
    public boolean isConnected() {
        return connectionStatus.equalsIgnoreCase("Connected");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
