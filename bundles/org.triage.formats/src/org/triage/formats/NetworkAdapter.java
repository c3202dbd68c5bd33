package org.triage.formats;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One adapter block of {@code ipconfig /all}, such as {@code PPP adapter Contoso VPN:}.
 *
 * @param type    the words before "adapter": {@code Ethernet}, {@code Wireless LAN}, {@code PPP},
 *                {@code Unknown}, {@code Tunnel}
 * @param name    the connection name after "adapter"
 * @param entries the labelled lines in printed order; labels such as {@code IPv6 Address} repeat
 * @param line    1-based line of the adapter heading; 0 for one built in code
 */
public record NetworkAdapter(String type, String name, List<IpconfigField> entries, int line) {

    /** Words in a name or description that mark VPN client adapters. */
    private static final List<String> VPN_WORDS = List.of(
            "vpn", "virtual private", "tap-windows", "tap-", "wintun", "wireguard", "anyconnect", "pangp",
            "globalprotect", "fortinet", "forticlient", "fortissl", "juniper", "pulse secure", "ivanti",
            "zscaler", "openvpn", "nordlynx", "sonicwall", "check point", "checkpoint", "f5 access",
            "array networks", "citrix gateway");

    public NetworkAdapter {
        type = type == null ? "" : type.strip();
        name = name == null ? "" : name.strip();
        entries = List.copyOf(entries);
    }

    public static NetworkAdapter of(String type, String name, List<IpconfigField> entries) {
        return new NetworkAdapter(type, name, entries, 0);
    }

    /** Every label with all its values; a label printed twice has its values joined. */
    public Map<String, List<String>> fields() {
        return IpconfigFields.merged(entries);
    }

    /** All values printed under {@code key} (case-insensitive), continuation lines included. */
    public List<String> values(String key) {
        return IpconfigFields.values(entries, key);
    }

    public String value(String key) {
        return IpconfigFields.first(entries, key);
    }

    public String description() {
        return value("Description");
    }

    public String physicalAddress() {
        return value("Physical Address");
    }

    public String connectionSpecificDnsSuffix() {
        return value("Connection-specific DNS Suffix");
    }

    public boolean dhcpEnabled() {
        return IpconfigFields.isYes(value("DHCP Enabled"));
    }

    /**
     * IPv4 addresses without their {@code (Preferred)} marks, from {@code IPv4 Address},
     * {@code Autoconfiguration IPv4 Address} and the older {@code IP Address}.
     */
    public List<String> ipv4Addresses() {
        return Stream.of("IPv4 Address", "Autoconfiguration IPv4 Address", "IP Address")
                .flatMap(k -> values(k).stream())
                .map(IpconfigFields::withoutAddressState)
                .filter(IpconfigFields::isIpv4)
                .toList();
    }

    public List<String> ipv6Addresses() {
        return Stream.of("IPv6 Address", "Temporary IPv6 Address", "Link-local IPv6 Address", "IP Address")
                .flatMap(k -> values(k).stream())
                .map(IpconfigFields::withoutAddressState)
                .filter(v -> v.contains(":"))
                .toList();
    }

    public List<String> subnetMasks() {
        return values("Subnet Mask");
    }

    /** Gateways as printed: often the IPv6 one first, then the IPv4 one on a continuation line. */
    public List<String> defaultGateways() {
        return values("Default Gateway");
    }

    public List<String> ipv4DefaultGateways() {
        return defaultGateways().stream().filter(IpconfigFields::isIpv4).toList();
    }

    public List<String> dnsServers() {
        return values("DNS Servers");
    }

    /** ipconfig prints a {@code Media State} line only for an adapter whose medium is disconnected. */
    public boolean mediaDisconnected() {
        return !value("Media State").isBlank();
    }

    public boolean isPpp() {
        return type.equalsIgnoreCase("PPP");
    }

    /**
     * A PPP adapter (built-in Windows VPN or dial-up), an {@code Unknown} adapter (the type
     * ipconfig gives WireGuard, OpenVPN and similar tunnel drivers), or one whose name or
     * description names a VPN client.
     */
    public boolean isVpnLike() {
        if (isPpp() || type.equalsIgnoreCase("Unknown")) {
            return true;
        }
        String text = (name + " " + description()).toLowerCase(Locale.ROOT);
        return VPN_WORDS.stream().anyMatch(text::contains);
    }
}
