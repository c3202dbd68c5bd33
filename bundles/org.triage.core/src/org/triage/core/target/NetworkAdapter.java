package org.triage.core.target;

import java.util.List;

/**
 * A network interface with its addressing.
 *
 * @param kind   what the OS calls it: Ethernet, Wireless LAN, PPP, Unknown, tun, wireguard ...
 * @param tunnel true for VPN interfaces (PPP adapters, tun/wireguard devices, VPN client virtual adapters)
 */
public record NetworkAdapter(String name, String kind, String description, List<String> ipv4Addresses,
        List<String> gateways, List<String> dnsServers, String dnsSuffix, boolean connected, boolean tunnel) {

    public NetworkAdapter {
        ipv4Addresses = List.copyOf(ipv4Addresses);
        gateways = List.copyOf(gateways);
        dnsServers = List.copyOf(dnsServers);
    }
}
