package org.triage.formats;

import java.util.Optional;

/**
 * An IPv4 address as an unsigned 32-bit value.
 *
 * @param value the address, most significant octet first
 */
public record Ipv4Address(int value) implements Comparable<Ipv4Address> {

    /** Parses dotted-quad text such as {@code 20.190.128.10}; throws for anything else. */
    public static Ipv4Address parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not an IPv4 address: " + text));
    }

    /** Parses dotted-quad text; empty for anything else (leading zeros and spaces are refused). */
    public static Optional<Ipv4Address> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        int value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || (part.length() > 1 && part.charAt(0) == '0')) {
                return Optional.empty();
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return Optional.empty();
            }
            value = (value << 8) | octet;
        }
        return Optional.of(new Ipv4Address(value));
    }

    @Override
    public int compareTo(Ipv4Address other) {
        return Integer.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return ((value >>> 24) & 0xFF) + "." + ((value >>> 16) & 0xFF) + "." + ((value >>> 8) & 0xFF) + "." + (value & 0xFF);
    }
}
