package org.triage.core.target;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The VPN clients enterprises run, each recognised by the virtual adapter it installs. The descriptions are
 * the ones Windows lists for each client's adapter ({@code ipconfig /all} "Description", {@code Get-NetAdapter}
 * "InterfaceDescription"); a number suffix ({@code #2}) and a version Windows appends are allowed.
 * <p>
 * Only Cisco Secure Client (AnyConnect) has a command line that disconnects and connects a session without
 * the user's password on the command line ({@code vpncli.exe disconnect} / {@code connect <host>}); the other
 * clients are disconnected and connected by the user, in the client's own words.
 */
public enum VpnClient {

    /** The built-in Windows VPN (RAS): IKEv2, SSTP, L2TP, PPTP profiles that rasdial drives. */
    WINDOWS_RAS("Windows VPN (built-in)", List.of("wan miniport (ikev2)", "wan miniport (sstp)", "wan miniport (l2tp)",
            "wan miniport (pptp)"), List.of(),
            "Open Settings > Network & internet > VPN and select Disconnect on the connection",
            "Open Settings > Network & internet > VPN and select Connect on the connection"),
    CISCO_SECURE_CLIENT("Cisco Secure Client (AnyConnect)", List.of("cisco anyconnect", "cisco secure client",
            "cisco systems vpn adapter"), List.of(),
            "Open Cisco Secure Client from the notification area and select Disconnect",
            "Open Cisco Secure Client, select Connect and sign in"),
    GLOBALPROTECT("Palo Alto GlobalProtect", List.of("pangp virtual ethernet adapter"), List.of(),
            "Disconnect in GlobalProtect: click the GlobalProtect icon in the notification area, then Disconnect",
            "Connect in GlobalProtect: click the GlobalProtect icon in the notification area, then Connect, and sign in"),
    FORTICLIENT("FortiClient", List.of("fortinet virtual ethernet adapter", "fortinet ssl vpn virtual ethernet adapter"),
            List.of(), "Open FortiClient from the notification area, go to Remote Access and click Disconnect",
            "Open FortiClient, go to Remote Access, choose the connection, click Connect and sign in"),
    ZSCALER("Zscaler Client Connector", List.of("zscaler network adapter"), List.of(),
            "Open Zscaler Client Connector from the notification area and turn Private Access / Internet Security off",
            "Open Zscaler Client Connector and turn Private Access / Internet Security on again, signing in if asked"),
    IVANTI_SECURE("Ivanti Secure Access (Pulse Secure)", List.of("juniper networks virtual adapter", "pulse secure",
            "ivanti secure"), List.of(),
            "Open Ivanti Secure Access (Pulse Secure) from the notification area and click Disconnect on the connection",
            "Open Ivanti Secure Access (Pulse Secure), click Connect on the connection and sign in"),
    CHECK_POINT("Check Point Endpoint VPN", List.of("check point virtual network adapter"), List.of(),
            "Right-click the Check Point Endpoint Security icon in the notification area and choose Disconnect",
            "Right-click the Check Point Endpoint Security icon, choose Connect and sign in"),
    OPENVPN("OpenVPN", List.of("tap-windows adapter v9", "openvpn data channel offload"), List.of(),
            "Right-click the OpenVPN icon in the notification area, choose the connection and Disconnect",
            "Right-click the OpenVPN icon in the notification area, choose the connection and Connect"),
    WIREGUARD("WireGuard", List.of("wireguard tunnel"), List.of("wireguard"),
            "Open WireGuard and click Deactivate on the tunnel",
            "Open WireGuard and click Activate on the tunnel");

    private final String displayName;
    private final List<String> descriptions;
    private final List<String> kinds;
    private final String disconnectInstruction;
    private final String connectInstruction;

    VpnClient(String displayName, List<String> descriptions, List<String> kinds, String disconnectInstruction,
            String connectInstruction) {
        this.displayName = displayName;
        this.descriptions = descriptions;
        this.kinds = kinds;
        this.disconnectInstruction = disconnectInstruction;
        this.connectInstruction = connectInstruction;
    }

    public String displayName() {
        return displayName;
    }

    /** The user's step to disconnect, in the client's own words. */
    public String disconnectInstruction() {
        return disconnectInstruction;
    }

    /** The user's step to connect again, in the client's own words. */
    public String connectInstruction() {
        return connectInstruction;
    }

    /** Whether the client has a command line that disconnects and connects without a password on it. */
    public boolean hasCommandLine() {
        return this == CISCO_SECURE_CLIENT;
    }

    /** The folders Cisco's {@code vpncli.exe} is installed in: Secure Client 5, then AnyConnect 4. */
    public static final List<String> VPNCLI_LOCATIONS = List.of(
            "C:\\Program Files (x86)\\Cisco\\Cisco Secure Client\\vpncli.exe",
            "C:\\Program Files (x86)\\Cisco\\Cisco AnyConnect Secure Mobility Client\\vpncli.exe");

    /**
     * The client whose adapter this is. A PPP adapter is a built-in Windows VPN connection (its description is
     * the profile's name); Linux's {@code wireguard} devices are WireGuard.
     */
    public static Optional<VpnClient> of(NetworkAdapter adapter) {
        String kind = adapter.kind() == null ? "" : adapter.kind().toLowerCase(Locale.ROOT);
        if (kind.equals("ppp")) {
            return Optional.of(WINDOWS_RAS);
        }
        String description = adapter.description() == null ? "" : adapter.description().toLowerCase(Locale.ROOT);
        for (VpnClient client : values()) {
            if (client.descriptions.stream().anyMatch(description::startsWith) || client.kinds.contains(kind)) {
                return Optional.of(client);
            }
        }
        return Optional.empty();
    }

    public static Optional<VpnClient> byName(String name) {
        for (VpnClient client : values()) {
            if (client.name().equalsIgnoreCase(name) || client.displayName.equalsIgnoreCase(name)) {
                return Optional.of(client);
            }
        }
        return Optional.empty();
    }
}
