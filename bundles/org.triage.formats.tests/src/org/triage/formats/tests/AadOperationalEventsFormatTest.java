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
import org.triage.core.target.TokenBrokerEvent;
import org.triage.formats.AadOperationalEvent;
import org.triage.formats.AadOperationalEventList;
import org.triage.formats.AadOperationalEventsFormat;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.TokenBrokerReadings;

/** Real Microsoft-Windows-AAD/Operational event texts (see fixtures/aad/README.md), as the collector writes them. */
class AadOperationalEventsFormatTest {

    private static final String FIXTURE = "aad/aad-operational-events.json";

    @TestFactory
    Stream<DynamicTest> everyEventIsReadInEveryEncodingWindowsWrites() {
        return Fixtures.windowsVariants(FIXTURE).stream().map(v -> DynamicTest.dynamicTest(v.toString(), () -> {
            AadOperationalEventList list = AadOperationalEventsFormat.parse(v.bytes());
            assertTrue(list.recognised());
            assertEquals(List.of(), list.problems());
            assertEquals(12, list.events().size());
            assertEquals(1160, list.events().get(0).id(), "newest first");
            assertEquals(Instant.parse("2025-09-26T07:41:12.531Z"), list.events().get(0).timeCreated());
            assertEquals(12, list.failures().size(), "every event of the sample reports a failure");
        }));
    }

    @Test
    void theBrokerFailureOf1098WithItsInnerErrorAndEntraIdsAnswer() {
        AadOperationalEvent event = event(1098, "GetTokenSilently, Error: -895352823");
        assertEquals(Optional.of("0xCAA5001C"), event.errorCode());
        assertEquals(Optional.of("0xCAA20009"), event.innerErrorCode());
        assertEquals(Optional.of("AADSTS50011"), event.aadstsCode());
        assertEquals(Optional.of("AADSTS50011"), event.failureCode(), "Entra ID's answer says most");
        assertEquals(Optional.of("GetTokenSilently"), event.operation());
        assertEquals(Optional.of("Microsoft.AAD.BrokerPlugin"), event.app());
    }

    @Test
    void the1098OfMicrosoftsOutlookArticleNamesTheBrokerCodeAfterADecimalError() {
        AadOperationalEvent event = event(1098, "Error: 2147943712");
        assertEquals(Optional.of("0xCAA5001C"), event.errorCode(), "the Log: code, not the decimal Win32 error");
        assertEquals(Optional.of("RequestToken"), event.operation());
        assertEquals(Optional.of("0xCAA5001C"), event.failureCode());
    }

    @Test
    void oauthErrorsHttpStatusAndCorrelationIds() {
        AadOperationalEvent oauth = event(1081, "AADSTS50155");
        assertEquals(Optional.of("invalid_grant"), oauth.oauthError());
        assertEquals(Optional.of("AADSTS70002"), oauth.failureCode());
        AadOperationalEvent http = event(1025, "fs.xxxx.xxx");
        assertEquals(Optional.of(400), http.httpStatus());
        assertEquals(Optional.of("12d0e4f1-7f17-4087-b7d4-026e58338c8e"), http.correlationId());
        assertEquals(Optional.of("HTTP 400"), http.failureCode());
        AadOperationalEvent adfs = event(1081, "MSIS9682");
        assertEquals(Optional.of("OAuth invalid_grant"), adfs.failureCode());
        assertEquals(Optional.empty(), adfs.correlationId(), "an empty CorrelationID is none");
        AadOperationalEvent cloudAp = event(1104, "Get token returned error");
        assertEquals(Optional.of("0xC000005F"), cloudAp.failureCode());
        AadOperationalEvent logon = event(1160, "Logon failure");
        assertEquals(Optional.of("0xC00484C1"), logon.failureCode());
        assertEquals(Optional.of("08ad5deb-c8d0-4aa5-9bc3-5655f1815325"), logon.correlationId());
    }

    @Test
    void theReadingHoldsTheFailuresWithTheirCodesAndKeepsTheFileAsEvidence() {
        byte[] bytes = Fixtures.windowsVariants(FIXTURE).get(0).bytes();
        Reading<List<TokenBrokerEvent>> reading = TokenBrokerReadings.tokenBrokerEvents(
                new RawOutput("Get-WinEvent", "aad-operational-events.json", null, Instant.EPOCH, bytes));
        assertEquals(Reading.Kind.VALUE, reading.kind(), reading.message());
        assertEquals(12, reading.value().size());
        assertEquals(List.of("0xC00484C1", "0xC00484C1", "0xC00484C1", "0x800484C1", "AADSTS50011", "0xCAA5001C",
                "0xCAA5001C", "OAuth invalid_grant", "HTTP 400", "AADSTS70002", "HTTP 400", "0xC000005F"),
                reading.value().stream().map(TokenBrokerEvent::code).toList());
        assertEquals("aad-operational-events.json", reading.evidence().get(0).fileName());
    }

    @Test
    void noEventsAndAPowerShell51DateAndOneObject() {
        assertTrue(AadOperationalEventsFormat.parse("").events().isEmpty());
        assertTrue(AadOperationalEventsFormat.parse("[]").recognised());
        AadOperationalEventList one = AadOperationalEventsFormat.parse("{\"TimeCreated\":\"\\/Date(1764147600000)\\/\","
                + "\"Id\":1098,\"LevelDisplayName\":\"Fehler\",\"Message\":\"x\",\"Properties\":\"Error: 0xCAA82EE2\"}");
        assertEquals(1, one.events().size());
        assertEquals(Instant.ofEpochMilli(1764147600000L), one.events().get(0).timeCreated());
        assertEquals(Optional.of("0xCAA82EE2"), one.events().get(0).errorCode(), "a code in the data values counts");
    }

    @Test
    void somethingElseIsNotReadAsEvents() {
        AadOperationalEventList other = AadOperationalEventsFormat.parse("Get-WinEvent : No events were found".getBytes(StandardCharsets.UTF_8));
        assertFalse(other.recognised());
        assertFalse(other.problems().isEmpty());
    }

    private static AadOperationalEvent event(int id, String containing) {
        return AadOperationalEventsFormat.parse(Fixtures.windowsVariants(FIXTURE).get(0).bytes()).events().stream()
                .filter(e -> e.id() == id && e.message().contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + id + " with " + containing));
    }
}
