package org.triage.core.target;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A VPN client's own account of its session, where the client has a command that prints one (Cisco Secure Client's
 * {@code vpncli.exe stats}). Values stay in the client's words; null where the client printed none.
 *
 * @param client            the client that said it
 * @param connectionState   {@code Connected}, {@code Disconnected}, ...
 * @param tunnelModeIpv4    {@code Tunnel All Traffic}, {@code Split Include}, {@code Split Exclude}, ...
 * @param tunnelModeIpv6    likewise for IPv6 ({@code Drop All Traffic} is common)
 * @param serverAddress     the gateway the client is connected to
 * @param securedRoutesIpv4 the IPv4 networks the client sends into the tunnel ({@code network/length}), where listed
 */
public record VpnClientState(VpnClient client, String connectionState, String tunnelModeIpv4, String tunnelModeIpv6,
        String serverAddress, List<String> securedRoutesIpv4) {

    public VpnClientState {
        Objects.requireNonNull(client, "client");
        securedRoutesIpv4 = securedRoutesIpv4 == null ? List.of() : List.copyOf(securedRoutesIpv4);
    }

    public boolean connected() {
        return "connected".equalsIgnoreCase(connectionState);
    }

    /** Whether the client says it tunnels all IPv4 traffic ({@code Tunnel All Traffic}). */
    public boolean tunnelsAll() {
        return tunnelModeIpv4 != null && tunnelModeIpv4.toLowerCase(Locale.ROOT).startsWith("tunnel all");
    }

    /** Whether the client says it splits the IPv4 tunnel ({@code Split Include}, {@code Split Exclude}). */
    public boolean splits() {
        return tunnelModeIpv4 != null && tunnelModeIpv4.toLowerCase(Locale.ROOT).startsWith("split");
    }
}
