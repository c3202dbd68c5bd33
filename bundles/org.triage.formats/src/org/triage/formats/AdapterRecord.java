package org.triage.formats;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One interface of {@code adapters.json}, joined by interface index from {@code Get-NetAdapter},
 * {@code Get-NetIPConfiguration -All}, {@code Get-NetIPInterface}, {@code Get-DnsClientServerAddress} and
 * {@code Get-DnsClient}; names as those cmdlets give them.
 *
 * @param name           {@code Name} / {@code InterfaceAlias}: the connection name ({@code Ethernet}, {@code Contoso VPN})
 * @param description    {@code InterfaceDescription}
 * @param status         {@code Status} of Get-NetAdapter ({@code Up}, {@code Disconnected}, {@code Disabled}), or the
 *                       IPv4 interface's {@code ConnectionState} for an interface Get-NetAdapter does not list
 * @param interfaceType  the IANA ifType: 6 Ethernet, 71 IEEE 802.11, 23 PPP, 131 tunnel, 53 virtual
 * @param interfaceMetric the IPv4 interface's {@code InterfaceMetric}
 */
public record AdapterRecord(String name, String description, Optional<Integer> interfaceIndex, String status,
        Optional<String> macAddress, Optional<Integer> interfaceType, Optional<String> mediaType,
        List<String> ipv4Addresses, List<String> ipv6Addresses, List<String> ipv4DefaultGateways,
        List<String> dnsServers, Optional<String> dnsSuffix, Optional<Integer> interfaceMetric) {

    public AdapterRecord {
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description.strip();
        status = status == null ? "" : status.strip();
        ipv4Addresses = List.copyOf(ipv4Addresses);
        ipv6Addresses = List.copyOf(ipv6Addresses);
        ipv4DefaultGateways = List.copyOf(ipv4DefaultGateways);
        dnsServers = List.copyOf(dnsServers);
    }

    /** {@code Up} (Get-NetAdapter) or {@code Connected} (an IP interface's connection state). */
    public boolean connected() {
        String s = status.toLowerCase(Locale.ROOT);
        return s.equals("up") || s.equals("connected") || s.equals("1");
    }

    /**
     * What ipconfig calls the adapter's kind, from its interface type: {@code Ethernet}, {@code Wireless LAN},
     * {@code PPP}, {@code Tunnel}; else the media type, else {@code Unknown}.
     */
    public String kind() {
        return switch (interfaceType.orElse(0)) {
            case 6, 53 -> "Ethernet";
            case 71 -> "Wireless LAN";
            case 23 -> "PPP";
            case 131 -> "Tunnel";
            default -> mediaType.orElse("Unknown");
        };
    }

    /**
     * A PPP interface (the built-in VPN client), a tunnel, or one whose name or description names a VPN client, as
     * {@link NetworkAdapter#isVpnLike()} decides for an ipconfig block.
     */
    public boolean isVpnLike() {
        if (interfaceType.orElse(0) == 23 || interfaceType.orElse(0) == 131) {
            return true;
        }
        return NetworkAdapter.of(kind(), name, List.of(IpconfigField.of("Description", description))).isVpnLike();
    }
}
