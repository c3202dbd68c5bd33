package org.triage.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.triage.core.target.ClockReading;
import org.triage.core.target.Reading;
import org.triage.core.target.TlsSettings;
import org.triage.formats.ClockJson;
import org.triage.formats.ClockJsonFormat;
import org.triage.formats.LineEnding;
import org.triage.formats.TextDecoder;
import org.triage.formats.TextEncoding;
import org.triage.formats.TlsSettingsFormat;
import org.triage.formats.TlsSettingsJson;
import org.triage.formats.W32tmStatus;
import org.triage.formats.W32tmStatusFormat;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.SnapshotFile;
import org.triage.formats.readings.TlsClockReadings;

/**
 * {@code w32tm /query /status} in English and German, in every encoding Windows writes it, and the collector's
 * {@code tls-settings.json} and {@code clock.json}.
 */
class TlsAndClockFormatsTest {

    // ------------------------------------------------------------------------------------------------ w32tm

    @TestFactory
    Stream<DynamicTest> aSynchronisedVerboseStatusIsReadInEveryEncoding() {
        return variants("w32tm/en-US.synced.verbose.txt", status -> {
            assertTrue(status.recognised(), status.problems().toString());
            assertEquals(List.of(), status.problems());
            assertEquals(Optional.of(0), status.leapIndicator());
            assertEquals(Optional.of(4), status.stratum());
            assertEquals(Optional.of(0x14653909L), status.referenceId());
            assertEquals(Optional.of("time.windows.com,0x9"), status.source());
            assertEquals(Optional.of("9/11/2025 2:32:05 PM"), status.lastSuccessfulSync());
            assertEquals(Optional.of(-0.0038147), status.phaseOffsetSeconds());
            assertEquals(Optional.of("2 (The computer did not resync because only stale time data was available.)"),
                    status.lastSyncError());
            assertFalse(status.neverSynchronized());
        });
    }

    @TestFactory
    Stream<DynamicTest> aServiceThatNeverSynchronisedIsToldByItsNumbers() {
        return Stream.of("w32tm/en-US.never-synced.verbose.txt", "w32tm/en-US.local-cmos.txt")
                .flatMap(fixture -> variants(fixture, status -> {
                    assertTrue(status.recognised());
                    assertTrue(status.neverSynchronized());
                    assertEquals(Optional.of(3), status.leapIndicator());
                    assertEquals(Optional.of("Local CMOS Clock"), status.source());
                    assertEquals(Optional.of("unspecified"), status.lastSuccessfulSync());
                }));
    }

    @Test
    void aPlainStatusHasNoVerboseFields() {
        W32tmStatus status = W32tmStatusFormat.parse(Fixtures.text("w32tm/en-US.pool.txt"));
        assertTrue(status.recognised());
        assertEquals(Optional.of("pool.ntp.org"), status.source());
        assertEquals(Optional.empty(), status.phaseOffsetSeconds());
        assertEquals(Optional.empty(), status.lastSyncError());
        assertFalse(status.neverSynchronized());
    }

    @TestFactory
    Stream<DynamicTest> germanStatusesAreReadInEveryEncodingIncludingTheOemCodePage() {
        return Stream.of("w32tm/de-DE.synced.txt", "w32tm/de-DE.domain.txt").flatMap(fixture -> {
            List<DynamicTest> tests = new ArrayList<>(variants(fixture, TlsAndClockFormatsTest::german).toList());
            byte[] oem = TextDecoder.encode(Fixtures.text(fixture), TextEncoding.IBM850, LineEnding.CRLF);
            tests.add(DynamicTest.dynamicTest(fixture + " as IBM850 CRLF", () -> german(W32tmStatusFormat.parse(oem))));
            return tests.stream();
        });
    }

    private static void german(W32tmStatus status) {
        assertTrue(status.recognised(), status.problems().toString());
        assertEquals(List.of(), status.problems(), "German labels are known");
        assertEquals(Optional.of(0), status.leapIndicator());
        assertEquals(Optional.of(4), status.stratum());
        assertTrue(status.source().orElseThrow().equals("time.windows.com,0x9")
                || status.source().orElseThrow().equals("X000SV08.stl.leipzig.de"), status.source().toString());
        assertTrue(status.lastSuccessfulSync().orElseThrow().matches("\\d\\d\\.\\d\\d\\.20\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        assertFalse(status.neverSynchronized());
    }

    @Test
    void unknownLabelsAreReadByTheirOrderWithAProblemSayingSo() {
        String text = Fixtures.text("w32tm/de-DE.synced.txt").replace("Sprungindikator", "Label A")
                .replace("Präzision", "Label C").replace("Quelle", "Label H");
        W32tmStatus status = W32tmStatusFormat.parse(text);
        assertTrue(status.recognised());
        assertEquals(Optional.of("time.windows.com,0x9"), status.source());
        assertEquals(1, status.problems().size(), status.problems().toString());
        assertTrue(status.problems().get(0).message().contains("read by their order"), status.problems().toString());
    }

    @Test
    void aStoppedServiceIsItsOneLineError() {
        W32tmStatus status = W32tmStatusFormat.parse(Fixtures.bytes("w32tm/en-US.service-stopped.txt"));
        assertTrue(status.recognised());
        assertEquals(Optional.of("The following error occurred: The service has not been started. (0x80070426)"),
                status.serviceError());
        assertEquals(Optional.empty(), status.source());
    }

    @Test
    void otherOutputIsNotTakenForAStatus() {
        for (String text : List.of("", "Windows IP Configuration\r\n\r\n   Host Name . . . : PC01\r\n",
                "Leap Indicator: 0(no warning)\nStratum: 4\n", Fixtures.text("w32tm/en-US.pool.txt").replace("0xBC7D4007",
                        "none"))) {
            W32tmStatus status = W32tmStatusFormat.parse(text);
            assertFalse(status.recognised(), text);
            assertFalse(status.problems().isEmpty(), text);
        }
    }

    @Test
    void theDemoRenderingReadsBack() {
        W32tmStatus status = W32tmStatusFormat.parse(W32tmStatusFormat.render(true, "time.windows.com,0x9",
                "12/4/2026 9:00:00 PM", 0x14653909L, 0.0012));
        assertEquals(List.of(), status.problems());
        assertEquals(Optional.of(0.0012), status.phaseOffsetSeconds());
        assertFalse(status.neverSynchronized());
        assertTrue(W32tmStatusFormat.parse(W32tmStatusFormat.render(false, "Local CMOS Clock", "unspecified", 0, 0))
                .neverSynchronized());
    }

    // -------------------------------------------------------------------------------------------- TLS settings

    @TestFactory
    Stream<DynamicTest> hardenedSettingsAreReadInEveryEncoding() {
        return Fixtures.windowsVariants("tls/tls-settings.hardened.json").stream().map(v -> DynamicTest.dynamicTest(
                v.toString(), () -> {
                    TlsSettingsJson json = TlsSettingsFormat.parse(TextDecoder.decode(v.bytes()).text());
                    assertTrue(json.recognised(), json.problems().toString());
                    assertEquals(List.of(), json.problems());
                    TlsSettings tls = json.settings();
                    assertEquals(4, tls.protocols().size());
                    assertEquals(new TlsSettings.Protocol("TLS 1.2", 0, 1), tls.protocol("TLS 1.2").orElseThrow());
                    assertNull(tls.protocol("TLS 1.3").orElseThrow().offeredByDefault(), "not set: Windows' default");
                    assertFalse(tls.tls12Offered());
                    assertFalse(tls.winHttpLacksTls12(), "2560 = 0xA00 holds 0x800");
                    assertEquals(List.of(771), tls.cipherSuites().get(1).protocols(), "one value without its array");
                    assertEquals(0xC024, tls.cipherSuites().get(0).id());
                    assertEquals(List.of(), tls.requiredSuitesEnabled());
                    assertEquals(TlsSettings.REQUIRED_CIPHER_SUITES, tls.requiredSuitesMissingFromPolicy());
                    assertEquals(Optional.empty(), json.cipherSuitesError());
                }));
    }

    @Test
    void aFailedCipherSuiteListIsUnknownNotEmpty() {
        Reading<TlsSettings> reading = TlsClockReadings.tlsSettings(raw("tls/tls-settings.default.json",
                SnapshotFile.TLS_SETTINGS));
        assertEquals(Reading.Kind.VALUE, reading.kind(), reading.message());
        assertNull(reading.value().cipherSuites());
        assertTrue(reading.value().tls12Offered(), "no key set: TLS 1.2 is on by default");
        assertEquals(List.of(), reading.value().requiredSuitesMissingFromPolicy());
        assertEquals(1, reading.problems().size());
        assertTrue(reading.problems().get(0).contains("Get-TlsCipherSuite failed"), reading.problems().toString());
        assertEquals("tls-settings.json", reading.evidence().get(0).outputKind());
    }

    @Test
    void theRenderingReadsBack() {
        TlsSettings settings = TlsSettingsFormat.parse(Fixtures.text("tls/tls-settings.hardened.json")).settings();
        assertEquals(settings, TlsSettingsFormat.parse(TlsSettingsFormat.render(settings, null)).settings());
    }

    @Test
    void brokenSettingsFailWithTheLine() {
        Reading<TlsSettings> notJson = TlsClockReadings.tlsSettings(new RawOutput("x", "tls-settings.json", null, null,
                "{\"Protocols\": [".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reading.Kind.FAILED, notJson.kind());
        assertTrue(notJson.message().startsWith("tls-settings.json line "), notJson.message());
        TlsSettingsJson badNumber = TlsSettingsFormat.parse("{\"Protocols\": [{\"Protocol\": \"TLS 1.2\", \"Enabled\": "
                + "\"yes\"}]}");
        assertTrue(badNumber.recognised());
        assertNull(badNumber.settings().protocol("TLS 1.2").orElseThrow().enabled(), "unknown, not zero");
        assertTrue(badNumber.problems().get(0).message().contains("Enabled is not a DWORD"), badNumber.problems().toString());
        assertFalse(TlsSettingsFormat.parse("[{\"Name\": \"TLS_AES_256_GCM_SHA384\"}]").recognised());
    }

    @Test
    void theQueryPassesThroughACommandLine() {
        assertFalse(TlsSettingsFormat.QUERY.contains("\""));
        assertFalse(ClockJsonFormat.QUERY.contains("\""));
        assertTrue(TlsSettingsFormat.QUERY.contains("SCHANNEL\\Protocols") && TlsSettingsFormat.QUERY.contains(
                "Get-TlsCipherSuite") && TlsSettingsFormat.QUERY.contains("SSL\\00010002' 'Functions'"));
    }

    // ------------------------------------------------------------------------------------------------- clock

    @TestFactory
    Stream<DynamicTest> theClockIsComparedWithTheDateHeaderInEveryEncoding() {
        return Fixtures.windowsVariants("tls/clock.fast.json").stream().map(v -> DynamicTest.dynamicTest(v.toString(),
                () -> {
                    ClockJson clock = ClockJsonFormat.parse(TextDecoder.decode(v.bytes()).text());
                    assertTrue(clock.recognised(), clock.problems().toString());
                    assertEquals(Optional.of(ZoneOffset.ofHours(1)), clock.localOffset());
                    assertEquals(Optional.of(Instant.parse("2026-12-04T22:18:07Z")), clock.referenceDate());
                    assertEquals(Instant.parse("2026-12-04T22:41:07.4870912Z"), clock.localTime());
                }));
    }

    @Test
    void aClockReadingCombinesTheReferenceAndTheTimeService() {
        Reading<ClockReading> reading = TlsClockReadings.clock(raw("tls/clock.fast.json", SnapshotFile.CLOCK_JSON),
                raw("w32tm/de-DE.synced.txt", SnapshotFile.W32TM_STATUS));
        assertEquals(Reading.Kind.VALUE, reading.kind(), reading.message());
        ClockReading clock = reading.value();
        assertEquals(Duration.ofMinutes(23).toSeconds(), clock.offset().toSeconds());
        assertEquals("https://login.microsoftonline.com/ (Date header)", clock.reference());
        assertEquals("time.windows.com,0x9", clock.service().source());
        assertEquals(List.of("clock.json", "w32tm-status.txt"), reading.evidence().stream().map(e -> e.outputKind())
                .toList());
        assertEquals(List.of(), reading.problems());
    }

    @Test
    void eitherHalfStandsAloneAndBothBrokenFail() {
        Reading<ClockReading> serviceOnly = TlsClockReadings.clock(null, raw("w32tm/en-US.local-cmos.txt",
                SnapshotFile.W32TM_STATUS));
        assertEquals(Reading.Kind.VALUE, serviceOnly.kind());
        assertNull(serviceOnly.value().offset(), "no reference: the offset is unknown, not zero");
        assertTrue(serviceOnly.value().service().neverSynchronized());
        assertTrue(serviceOnly.problems().get(0).contains("not compared with a reference"), serviceOnly.problems().toString());

        Reading<ClockReading> broken = TlsClockReadings.clock(new RawOutput("x", "clock.json", null, null,
                "[]".getBytes(StandardCharsets.UTF_8)), new RawOutput("w32tm", "w32tm-status.txt", null, null,
                        "garbage".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reading.Kind.FAILED, broken.kind());
        assertTrue(broken.message().contains("clock.json") && broken.message().contains("w32tm-status.txt"),
                broken.message());
        assertEquals(2, broken.evidence().size(), "what could not be read is kept");
        assertEquals(Reading.Kind.UNSUPPORTED, TlsClockReadings.clock(null, null).kind());
    }

    @Test
    void noDateHeaderIsAProblemNotAnOffset() {
        String json = Fixtures.text("tls/clock.fast.json").replace("\"Fri, 04 Dec 2026 22:18:07 GMT\"", "null")
                .replace("\"ReferenceError\":  null", "\"ReferenceError\":  \"The remote name could not be resolved: "
                        + "\\u0027login.microsoftonline.com\\u0027\"");
        Reading<ClockReading> reading = TlsClockReadings.clock(new RawOutput("x", "clock.json", null, null,
                json.getBytes(StandardCharsets.UTF_8)), null);
        assertEquals(Reading.Kind.VALUE, reading.kind(), reading.message());
        assertNull(reading.value().offset());
        assertTrue(reading.problems().get(0).contains("The remote name could not be resolved"), reading.problems().toString());
    }

    private static RawOutput raw(String fixture, SnapshotFile file) {
        return new RawOutput(file.command(), file.fileName(), null, null, Fixtures.bytes(fixture));
    }

    private static Stream<DynamicTest> variants(String fixture, Consumer<W32tmStatus> check) {
        return Fixtures.windowsVariants(fixture).stream()
                .map(v -> DynamicTest.dynamicTest(v.toString(), () -> check.accept(W32tmStatusFormat.parse(v.bytes()))));
    }
}
