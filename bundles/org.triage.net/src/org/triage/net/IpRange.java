package org.triage.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 network in CIDR notation, as Microsoft's endpoint catalogue publishes them
 * ({@code 20.190.128.0/18}, {@code 2603:1006:2000::/48}). Parsing never looks a name up: only literals are
 * accepted.
 */
public final class IpRange {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final byte[] network;
    private final int length;
    private final String text;

    private IpRange(byte[] network, int length) {
        this.network = network;
        this.length = length;
        for (int bit = length; bit < network.length * 8; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        this.text = format(network) + "/" + length;
    }

    /**
     * @throws IllegalArgumentException where {@code cidr} is not an address literal with an optional
     *                                  prefix length in range
     */
    public static IpRange parse(String cidr) {
        String trimmed = cidr == null ? "" : cidr.trim();
        int slash = trimmed.indexOf('/');
        byte[] address = literal(slash < 0 ? trimmed : trimmed.substring(0, slash));
        int length;
        try {
            length = slash < 0 ? address.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a prefix length in " + cidr);
        }
        if (length < 0 || length > address.length * 8) {
            throw new IllegalArgumentException("prefix length out of range in " + cidr);
        }
        return new IpRange(address, length);
    }

    /** The address where {@code text} is an IPv4 or IPv6 literal (never a name lookup), else empty. */
    public static Optional<InetAddress> literalAddress(String text) {
        try {
            return Optional.of(InetAddress.getByAddress(literal(text)));
        } catch (IllegalArgumentException | UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** The bytes of an IPv4 or IPv6 literal; never a name lookup. */
    static byte[] literal(String text) {
        if (IPV4.matcher(text).matches()) {
            String[] parts = text.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(parts[i]);
                if (octet > 255) {
                    throw new IllegalArgumentException("not an IPv4 address: " + text);
                }
                bytes[i] = (byte) octet;
            }
            return bytes;
        }
        if (IPV6.matcher(text).matches()) {
            try {
                // a text with a colon is never taken for a host name, so this parses and does not resolve
                return InetAddress.getByName(text).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IPv6 address: " + text);
            }
        }
        throw new IllegalArgumentException("not an IP address: " + text);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < length; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    public boolean isIpv6() {
        return network.length == 16;
    }

    private static String format(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpRange range && range.length == length && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + length;
    }

    @Override
    public String toString() {
        return text;
    }
}
