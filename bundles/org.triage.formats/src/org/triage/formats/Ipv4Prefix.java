package org.triage.formats;

import java.util.Optional;

/**
 * An IPv4 network such as {@code 20.190.128.0/18}.
 *
 * @param network the first address; host bits are always zero
 * @param length  the prefix length, 0 to 32
 */
public record Ipv4Prefix(Ipv4Address network, int length) {

    /** Microsoft Entra ID sign-in ranges that decide whether authentication goes through a VPN tunnel. */
    public static final Ipv4Prefix ENTRA_ID_1 = parse("20.190.128.0/18");
    public static final Ipv4Prefix ENTRA_ID_2 = parse("40.126.0.0/18");

    public Ipv4Prefix {
        if (network == null) {
            throw new IllegalArgumentException("network is required");
        }
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length out of range: " + length);
        }
        network = new Ipv4Address(network.value() & mask(length));
    }

    /** Parses {@code a.b.c.d/n}, or a bare address as a /32; host bits are cleared. Throws for anything else. */
    public static Ipv4Prefix parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not an IPv4 prefix: " + text));
    }

    public static Optional<Ipv4Prefix> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        int length = 32;
        if (slash >= 0) {
            String digits = trimmed.substring(slash + 1);
            if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            length = Integer.parseInt(digits);
            if (length > 32) {
                return Optional.empty();
            }
        }
        int prefixLength = length;
        return Ipv4Address.tryParse(address).map(a -> new Ipv4Prefix(a, prefixLength));
    }

    public boolean contains(Ipv4Address address) {
        return (address.value() & mask(length)) == network.value();
    }

    /** Whether every address of {@code other} is in this prefix. */
    public boolean contains(Ipv4Prefix other) {
        return other.length >= length && contains(other.network);
    }

    public Ipv4Address lastAddress() {
        return new Ipv4Address(network.value() | ~mask(length));
    }

    private static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    @Override
    public String toString() {
        return network + "/" + length;
    }
}
