package org.triage.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triage.formats.Ipv4Address;
import org.triage.formats.Ipv4Prefix;

class Ipv4PrefixTest {

    @Test
    void entraRangesContainTheirAddressesOnly() {
        Ipv4Prefix entra = Ipv4Prefix.parse("20.190.128.0/18");
        assertEquals(entra, Ipv4Prefix.ENTRA_ID_1);
        assertTrue(entra.contains(Ipv4Address.parse("20.190.128.0")));
        assertTrue(entra.contains(Ipv4Address.parse("20.190.191.255")));
        assertFalse(entra.contains(Ipv4Address.parse("20.190.192.0")));
        assertFalse(entra.contains(Ipv4Address.parse("20.190.127.255")));
        assertEquals("20.190.191.255", entra.lastAddress().toString());
        assertTrue(Ipv4Prefix.ENTRA_ID_2.contains(Ipv4Address.parse("40.126.63.1")));
        assertFalse(Ipv4Prefix.ENTRA_ID_2.contains(Ipv4Address.parse("40.126.64.1")));
    }

    @Test
    void prefixContainment() {
        Ipv4Prefix all = Ipv4Prefix.parse("0.0.0.0/0");
        assertTrue(all.contains(Ipv4Prefix.ENTRA_ID_1));
        assertTrue(all.contains(Ipv4Address.parse("255.255.255.255")));
        assertEquals("255.255.255.255", all.lastAddress().toString());
        assertTrue(Ipv4Prefix.parse("20.0.0.0/8").contains(Ipv4Prefix.ENTRA_ID_1));
        assertFalse(Ipv4Prefix.ENTRA_ID_1.contains(Ipv4Prefix.parse("20.0.0.0/8")));
        assertTrue(Ipv4Prefix.ENTRA_ID_1.contains(Ipv4Prefix.ENTRA_ID_1));
        assertFalse(Ipv4Prefix.parse("128.0.0.0/1").contains(Ipv4Prefix.ENTRA_ID_1));
        assertTrue(Ipv4Prefix.parse("0.0.0.0/1").contains(Ipv4Prefix.ENTRA_ID_2));
    }

    @Test
    void hostBitsAreClearedAndBareAddressesAreSlash32() {
        assertEquals("10.0.0.0/8", Ipv4Prefix.parse("10.1.2.3/8").toString());
        assertEquals("192.168.1.23/32", Ipv4Prefix.parse("192.168.1.23").toString());
        assertEquals(32, Ipv4Prefix.parse(" 1.2.3.4/32 ").length());
    }

    @Test
    void malformedTextIsRefused() {
        for (String bad : new String[] {"", "1.2.3", "1.2.3.4.5", "256.1.1.1/8", "1.2.3.4/33", "1.2.3.4/", "01.2.3.4/8",
                "a.b.c.d/8", "1.2.3.4/-1", "::/0", "1.2.3.4/8/9"}) {
            assertEquals(Optional.empty(), Ipv4Prefix.tryParse(bad), bad);
        }
        assertEquals(Optional.empty(), Ipv4Prefix.tryParse(null));
        assertThrows(IllegalArgumentException.class, () -> Ipv4Prefix.parse("nope"));
        assertThrows(IllegalArgumentException.class, () -> new Ipv4Prefix(Ipv4Address.parse("1.1.1.1"), 40));
        assertEquals(Optional.empty(), Ipv4Address.tryParse("1.2.3.256"));
    }

    @Test
    void addressesOrderAsUnsignedNumbers() {
        assertTrue(Ipv4Address.parse("200.0.0.1").compareTo(Ipv4Address.parse("10.0.0.1")) > 0);
        assertEquals("200.0.0.1", Ipv4Address.parse("200.0.0.1").toString());
    }
}
