package org.triage.net.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.triage.net.IpRange;

/** CIDR ranges of both families, parsed from literals only. */
class IpRangeTest {

    private static boolean contains(String range, String address) {
        return IpRange.parse(range).contains(IpRange.literalAddress(address).orElseThrow());
    }

    @Test
    void ipv4() {
        assertTrue(contains("20.190.128.0/18", "20.190.151.67"));
        assertTrue(contains("20.190.128.0/18", "20.190.191.255"));
        assertFalse(contains("20.190.128.0/18", "20.190.192.0"));
        assertTrue(contains("0.0.0.0/0", "8.8.8.8"));
        assertTrue(contains("40.126.0.1", "40.126.0.1"), "a bare address is a /32");
        assertEquals("20.190.128.0/18", IpRange.parse("20.190.151.67/18").toString(), "host bits are cleared");
    }

    @Test
    void ipv6() {
        assertTrue(contains("2603:1006:2000::/48", "2603:1006:2000:0:1::7"));
        assertFalse(contains("2603:1006:2000::/48", "2603:1006:2001::1"));
        assertFalse(contains("2603:1006:2000::/48", "20.190.151.67"), "families never match");
        assertEquals("2603:1006:2000:0:0:0:0:0/48", IpRange.parse("2603:1006:2000::/48").toString());
    }

    @Test
    void onlyLiteralsAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("login.microsoftonline.com/18"));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("beef.cafe"));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("256.1.1.1/8"));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("10.0.0.0/x"));
        assertEquals(Optional.empty(), IpRange.literalAddress("localhost"));
    }
}
