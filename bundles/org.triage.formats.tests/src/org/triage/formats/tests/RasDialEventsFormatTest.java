package org.triage.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.triage.core.target.Reading;
import org.triage.core.target.VpnConnection;
import org.triage.formats.RasDialEventList;
import org.triage.formats.RasDialEventsFormat;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.WindowsReadings;

/** The RasClient "started dialing" events that tell when a VPN session began. */
class RasDialEventsFormatTest {

    private static final String FIXTURE = "rasclient/dial-events.json";
    private static final List<String> PROFILES = List.of("Contoso VPN", "Contoso VPN (backup)");

    @TestFactory
    Stream<DynamicTest> theNewestDialOfEachProfileInEveryEncoding() {
        return Fixtures.windowsVariants(FIXTURE).stream().map(v -> DynamicTest.dynamicTest(v.toString(), () -> {
            RasDialEventList events = RasDialEventsFormat.parse(v.bytes());
            assertTrue(events.recognised());
            assertEquals(List.of(), events.problems());
            assertEquals(2, events.events().size());
            assertEquals(20221, events.events().get(0).id());
            assertTrue(events.events().get(0).message().contains("profile named Contoso VPN."));
            assertEquals(Optional.of(Instant.parse("2025-06-03T02:11:54.3817265Z")),
                    events.lastDialOf("Contoso VPN", PROFILES));
            assertEquals(Optional.empty(), events.lastDialOf("Contoso VPN (backup)", PROFILES));
        }));
    }

    @Test
    void aLongerProfileNameThatContainsAnotherKeepsItsOwnEvents() {
        String json = "[{\"TimeCreated\":\"2026-11-26T09:00:00Z\",\"Id\":20221,\"Message\":\"... profile named "
                + "Contoso VPN (backup). The connection settings are: ...\"},"
                + "{\"TimeCreated\":\"2026-11-26T07:00:00Z\",\"Id\":20221,\"Message\":\"... profile named Contoso VPN. "
                + "The connection settings are: ...\"}]";
        RasDialEventList events = RasDialEventsFormat.parse(json);
        assertEquals(Optional.of(Instant.parse("2026-11-26T07:00:00Z")), events.lastDialOf("Contoso VPN", PROFILES));
        assertEquals(Optional.of(Instant.parse("2026-11-26T09:00:00Z")),
                events.lastDialOf("Contoso VPN (backup)", PROFILES));
    }

    @Test
    void windowsPowerShellsOwnDateFormatAndOneObjectAreRead() {
        // a plain ConvertTo-Json in 5.1 writes DateTime as \/Date(ms)\/ and a single result as an object
        String json = "{\r\n    \"TimeCreated\":  \"\\/Date(1764147600000)\\/\",\r\n    \"Id\":  20221,\r\n"
                + "    \"Message\":  \"CoId={0}: Der Benutzer CONTOSO\\\\alex hat mit dem Wählen einer VPN-Verbindung "
                + "mit dem Verbindungsprofil Contoso VPN begonnen.\"\r\n}";
        RasDialEventList events = RasDialEventsFormat.parse(json);
        assertEquals(List.of(), events.problems());
        // matched by the name the message contains, whatever the language
        assertEquals(Optional.of(Instant.ofEpochMilli(1764147600000L)), events.lastDialOf("Contoso VPN", PROFILES));
    }

    @Test
    void noEventsIsAnEmptyListAndOtherJsonIsNotRecognised() {
        assertTrue(RasDialEventsFormat.parse("").recognised());
        assertTrue(RasDialEventsFormat.parse("[]").recognised());
        assertEquals(List.of(), RasDialEventsFormat.parse("[]").events());

        RasDialEventList routes = RasDialEventsFormat.parse(Fixtures.bytes("routes/single-route.json"));
        assertFalse(routes.recognised());
        assertTrue(routes.problems().get(0).message().startsWith("not RasClient events"), routes.problems().toString());

        RasDialEventList truncated = RasDialEventsFormat.parse("[{\"TimeCreated\":\"2026-11-26T09:00:00Z\",\"Id\":2");
        assertFalse(truncated.recognised());
    }

    @Test
    void anEventWithoutATimeIsAProblemAndTheOthersAreKept() {
        RasDialEventList events = RasDialEventsFormat.parse("[{\"Id\":20221,\"Message\":\"Contoso VPN\"},\n"
                + "{\"TimeCreated\":\"2026-11-26T07:00:00Z\",\"Id\":20221,\"Message\":\"Contoso VPN\"}]");
        assertTrue(events.recognised());
        assertEquals(1, events.events().size());
        assertEquals(1, events.problems().size());
        assertTrue(events.problems().get(0).message().contains("no readable TimeCreated"));
    }

    @Test
    void theConnectedProfileGetsItsSessionStartAndBrokenEventsLoseNothing() {
        Reading<List<VpnConnection>> profiles = Reading.of(List.of(
                new VpnConnection("Contoso VPN", "vpn.contoso.com", "Ikev2", false, "Connected", 0, true),
                new VpnConnection("Contoso VPN (backup)", "vpn2.contoso.com", "Sstp", false, "Disconnected", 0, true)),
                List.of(), List.of());
        Reading<List<VpnConnection>> read = WindowsReadings.withSessionStarts(profiles,
                raw(new String(Fixtures.bytes(FIXTURE), StandardCharsets.UTF_8)));
        assertEquals(Instant.parse("2025-06-03T02:11:54.3817265Z"), read.value().get(0).connectedSince());
        assertEquals(null, read.value().get(1).connectedSince(), "a disconnected profile has no session");
        assertEquals(1, read.evidence().size());

        Reading<List<VpnConnection>> broken = WindowsReadings.withSessionStarts(profiles, raw("<html>proxy error"));
        assertEquals(Reading.Kind.VALUE, broken.kind());
        assertEquals(profiles.value(), broken.value());
        assertTrue(broken.problems().get(0).contains("vpn-dial-events.json")
                && broken.problems().get(0).contains("when the VPN sessions began is not known"), broken.problems().toString());
    }

    private static RawOutput raw(String text) {
        return new RawOutput("Get-WinEvent", "vpn-dial-events.json", null, Instant.EPOCH,
                text.getBytes(StandardCharsets.UTF_8));
    }
}
