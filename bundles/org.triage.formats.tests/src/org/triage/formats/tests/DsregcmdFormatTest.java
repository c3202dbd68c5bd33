package org.triage.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.triage.core.target.DeviceRegistration;
import org.triage.formats.DsregField;
import org.triage.formats.DsregSection;
import org.triage.formats.DsregStatus;
import org.triage.formats.DsregcmdFormat;
import org.triage.formats.ParseProblem;
import org.triage.formats.UnparsedLine;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.WindowsReadings;

class DsregcmdFormatTest {

    private static final String HYBRID = "dsregcmd/hybrid-joined-healthy.txt";
    private static final String PRT_FAILED = "dsregcmd/entra-joined-prt-failed.txt";
    private static final String DELETED = "dsregcmd/hybrid-device-deleted.txt";
    private static final String PREJOIN = "dsregcmd/domain-joined-prejoin-diagnostics.txt";
    private static final List<String> ALL = List.of(HYBRID, PRT_FAILED, DELETED, PREJOIN);

    @TestFactory
    Stream<DynamicTest> hybridJoinedHealthy() {
        return variants(HYBRID, status -> {
            assertTrue(status.recognised());
            assertEquals(List.of(), status.problems());
            assertEquals(List.of("Device State", "Device Details", "Tenant Details", "User State", "SSO State",
                    "Diagnostic Data", "IE Proxy Config for Current User", "WinHttp Default Proxy Config",
                    "Ngc Prerequisite Check"), status.sections().stream().map(DsregSection::title).toList());
            assertEquals(Optional.of("YES"), status.field("AzureAdJoined"));
            assertEquals(Optional.of("YES"), status.field("DomainJoined"));
            assertEquals(Optional.of("CONTOSO"), status.field("Device State", "DomainName"));
            assertEquals(Optional.of("SUCCESS"), status.field("DeviceAuthStatus"));
            assertEquals(Optional.of("YES"), status.field("SSO State", "AzureAdPrt"));
            assertEquals(Optional.of("2025-03-10 07:41:05.000 UTC"), status.field("AzureAdPrtUpdateTime"));
            assertEquals(Optional.of("[ 2024-01-11 21:02:50.000 UTC -- 2034-01-11 21:32:50.000 UTC ]"),
                    status.field("DeviceCertificateValidity"));
            assertEquals(Optional.of(""), status.field("Tenant Details", "SettingsUrl"));
            assertEquals(Optional.of("DIRECT"), status.field("WinHttp Default Proxy Config", "Access Type"));
            assertEquals(Optional.of("NOT SET"), status.field("Virtual Desktop"));
            assertEquals(Optional.empty(), status.field("AcquirePrtDiagnostics"));
            assertEquals(7, status.section("Diagnostic Data").orElseThrow().fields().size());
            assertEquals(List.of(DsregcmdFormat.MORE_INFORMATION_LINE),
                    status.unparsedLines().stream().map(UnparsedLine::text).toList());
        });
    }

    @TestFactory
    Stream<DynamicTest> entraJoinedWithFailedPrtAttempt() {
        return variants(PRT_FAILED, status -> {
            assertTrue(status.recognised());
            assertEquals(List.of(), status.problems());
            assertEquals(Optional.of("YES"), status.field("AzureAdJoined"));
            assertEquals(Optional.of("NO"), status.field("DomainJoined"));
            assertEquals(Optional.of("NO"), status.field("AzureAdPrt"));
            assertEquals(Optional.of("PRESENT"), status.field("AcquirePrtDiagnostics"));
            assertEquals(Optional.of("2025-03-10 08:30:12.441 UTC"), status.field("Previous Prt Attempt"));
            assertEquals(Optional.of("0xc000006d"), status.field("Attempt Status"));
            assertEquals(Optional.of("jdoe@contoso.com"), status.field("User Identity"));
            assertEquals(Optional.of("Password"), status.field("SSO State", "Credential Type"));
            assertEquals(Optional.of("400"), status.field("HTTP status"));
            assertEquals(Optional.of("invalid_grant"), status.field("Server Error Code"));
            assertTrue(status.field("Server Error Description").orElseThrow()
                    .startsWith("AADSTS50126: Error validating credentials due to invalid username or password."));
            DsregField credentialType = status.allFields("Credential Type").get(0);
            assertEquals(71, credentialType.line());
            assertEquals(65, status.allFields("AzureAdPrt").get(0).line());
            assertEquals(62, status.section("SSO State").orElseThrow().line());
            assertEquals("aaaabbbb-0000-cccc-1111-dddd2222eeee", status.flatFields().get("TenantId"));
            assertEquals(1, status.allFields("TenantId").size());
        });
    }

    @TestFactory
    Stream<DynamicTest> deviceDeletedInEntraId() {
        return variants(DELETED, status -> {
            assertTrue(status.recognised());
            assertEquals(List.of(), status.problems());
            assertEquals(Optional.of("FAILED. Device is either disabled or deleted"), status.field("DeviceAuthStatus"));
            assertEquals(Optional.of("NO"), status.field("Diagnostic Data", "AadRecoveryEnabled"));
            assertEquals(Optional.of("PASSED"), status.field("KeySignTest"));
            assertEquals(Optional.of("NO"), status.field("WamDefaultSet"));
            assertEquals(List.of(), status.unparsedLines());
        });
    }

    @TestFactory
    Stream<DynamicTest> domainJoinedWithPreJoinDiagnosticsKeepsWhatItCannotRead() {
        return variants(PREJOIN, status -> {
            assertTrue(status.recognised());
            assertEquals(Optional.of("NO"), status.field("AzureAdJoined"));
            assertEquals(Optional.of("FAIL [0x80070002]"), status.field("AD Configuration Test"));
            assertEquals(Optional.of("0x801c001d"), status.field("Diagnostic Data", "Client ErrorCode"));
            assertEquals(Optional.of("discover"), status.field("Error Phase"));
            assertEquals(Optional.of("YES"), status.field("IE Proxy Config for System Account", "Auto Detect Settings"));
            assertEquals(Optional.of("Failed to auto detect the Proxy Auto-Configuration (PAC) script u"),
                    status.field("URL Specific Proxy Config", "Auto Detect PAC Status"));
            assertEquals(List.of(33, 63, 95), status.unparsedLines().stream().map(UnparsedLine::line).toList());
            assertEquals("sing WPAD. code: 0x80072f94", status.unparsedLines().get(1).text());
            // Only the console-wrapped value is a problem; progress and closing lines are expected chatter.
            assertEquals(1, status.problems().size());
            ParseProblem wrapped = status.problems().get(0);
            assertEquals(63, wrapped.line());
            assertTrue(wrapped.message().contains("sing WPAD"));
        });
    }

    @TestFactory
    Stream<DynamicTest> renderedStatusReadsBackToTheSameFields() {
        return ALL.stream().map(fixture -> DynamicTest.dynamicTest(fixture, () -> {
            DsregStatus original = DsregcmdFormat.parse(Fixtures.bytes(fixture));
            DsregStatus again = DsregcmdFormat.parse(DsregcmdFormat.render(original));
            assertEquals(content(original), content(again));
            assertTrue(again.recognised());
        }));
    }

    @TestFactory
    Stream<DynamicTest> renderedFieldLinesMatchTheToolsLayout() {
        return Stream.of(HYBRID, PRT_FAILED).map(fixture -> DynamicTest.dynamicTest(fixture, () -> {
            List<String> original = Fixtures.lines(Fixtures.text(fixture)).stream().map(String::stripTrailing).toList();
            List<String> rendered = Fixtures.lines(DsregcmdFormat.render(DsregcmdFormat.parse(Fixtures.text(fixture))))
                    .stream().map(String::stripTrailing).toList();
            // These fixtures have no blank lines inside sections, so the whole text comes back.
            List<String> withoutInnerBlanks = withoutBlankLinesInsideSections(original);
            assertEquals(withoutInnerBlanks, rendered);
        }));
    }

    @Test
    void demoStatusBuiltInCodeLooksLikeTheTool() {
        DsregStatus demo = DsregStatus.of(List.of(
                DsregSection.of("Device State", "AzureAdJoined", "YES", "DomainJoined", "NO"),
                DsregSection.of("SSO State", "AzureAdPrt", "NO", "Server Error Description", "AADSTS50126: Error")));
        List<String> lines = Fixtures.lines(DsregcmdFormat.render(demo));
        assertEquals("", lines.get(0));
        assertEquals("+----------------------------------------------------------------------+", lines.get(1));
        assertEquals("| Device State                                                         |", lines.get(2));
        assertEquals(72, lines.get(2).length());
        assertEquals("             AzureAdJoined : YES", lines.get(5));
        assertEquals("  Server Error Description : AADSTS50126: Error", lines.get(13));
        assertEquals(DsregcmdFormat.MORE_INFORMATION_LINE, lines.get(lines.size() - 1));
        assertTrue(DsregcmdFormat.render(demo).contains("\r\n"));
    }

    @Test
    void pastedOutputWithoutIndentationIsStillRead() {
        String pasted = "+------------------------------------------+\n| Device State |\n+------------------------------------------+\n"
                + "AzureAdJoined : YES\nEnterpriseJoined : NO\nDomainJoined : YES\nDomainName : AAA\n"
                + "TenantName :\nAzureAdPrt : YES\n";
        DsregStatus status = DsregcmdFormat.parse(pasted);
        assertTrue(status.recognised());
        assertEquals(List.of(), status.problems());
        assertEquals(Optional.of("AAA"), status.field("DomainName"));
        assertEquals(Optional.of(""), status.field("TenantName"));
    }

    @Test
    void fieldsWithoutAnyBoxAreRecognisedByTheirNames() {
        DsregStatus status = DsregcmdFormat.parse("AzureAdJoined : YES\nDeviceAuthStatus : SUCCESS\n");
        assertTrue(status.recognised());
        assertEquals("", status.sections().get(0).title());
        assertEquals(Optional.of("SUCCESS"), status.field("DeviceAuthStatus"));
    }

    @Test
    void outputCutOffAfterABoxIsReported() {
        String text = Fixtures.text(HYBRID);
        int title = text.indexOf("| SSO State");
        String cut = text.substring(0, text.indexOf('\n', text.indexOf('\n', title) + 1) + 1);
        DsregStatus status = DsregcmdFormat.parse(cut);
        assertTrue(status.recognised());
        assertEquals(Optional.of("YES"), status.field("AzureAdJoined"));
        assertEquals(1, status.problems().size());
        assertTrue(status.problems().get(0).message().contains("'SSO State' has no fields"));
        assertEquals(Fixtures.lines(cut).size() - 1, status.problems().get(0).line());

        DsregStatus midLine = DsregcmdFormat.parse(text.substring(0, title + 80));
        assertTrue(midLine.recognised());
        assertTrue(midLine.problems().stream().anyMatch(p -> p.message().contains("+-----")));
    }

    @Test
    void repeatedFieldNamesAreKeptApartNotMixed() {
        // two PRT attempts in SSO State; the later one lacks a server error of its own
        String text = "+----------------------------------------------------------------------+\r\n"
                + "| SSO State                                                            |\r\n"
                + "+----------------------------------------------------------------------+\r\n\r\n"
                + "                AzureAdPrt : NO\r\n"
                + "     AcquirePrtDiagnostics : PRESENT\r\n"
                + "            Attempt Status : 0xc000006d\r\n"
                + "           Credential Type : Password\r\n"
                + "  Server Error Description : AADSTS50126: Error validating credentials.\r\n"
                + "     RefreshPrtDiagnostics : PRESENT\r\n"
                + "            Attempt Status : 0xc004844c\r\n"
                + "           Credential Type : PRT\r\n";
        DeviceRegistration read = WindowsReadings.registration(new RawOutput("dsregcmd /status", null, 0, Instant.EPOCH,
                text.getBytes(StandardCharsets.UTF_8))).value();
        Map<String, String> fields = read.fields();
        assertEquals("0xc000006d", fields.get("Attempt Status"));
        assertEquals("Password", fields.get("Credential Type"));
        assertEquals("0xc004844c", fields.get("RefreshPrtDiagnostics/Attempt Status"));
        assertEquals("PRT", fields.get("RefreshPrtDiagnostics/Credential Type"));
        assertFalse(fields.containsKey("RefreshPrtDiagnostics/Server Error Description"), "the attempts mixed: " + fields);

        DeviceRegistration prejoin = WindowsReadings.registration(new RawOutput("dsregcmd /status", null, 0,
                Instant.EPOCH, Fixtures.bytes(PREJOIN))).value();
        assertTrue(prejoin.fields().containsKey("Auto Detect Settings"), prejoin.fields().toString());
        assertTrue(prejoin.fields().containsKey("IE Proxy Config for Current User/Auto Detect Settings"),
                prejoin.fields().toString());
    }

    @Test
    void outputCutOffBeforeTheSsoStateSectionIsReported() {
        String text = Fixtures.text(PRT_FAILED);
        int title = text.indexOf("| SSO State");
        String cut = text.substring(0, text.lastIndexOf("+-", title));
        DsregStatus status = DsregcmdFormat.parse(cut);
        assertTrue(status.recognised());
        assertEquals(Optional.empty(), status.field("AzureAdPrt"));
        assertEquals(1, status.problems().size(), status.problems().toString());
        assertTrue(status.problems().get(0).message().startsWith("no 'SSO State' section"), status.problems().toString());

        for (String fixture : List.of(HYBRID, PRT_FAILED)) {
            assertEquals(List.of(), DsregcmdFormat.parse(Fixtures.text(fixture)).problems(), fixture);
        }
    }

    private static Stream<DynamicTest> variants(String fixture, Consumer<DsregStatus> check) {
        Stream<DynamicTest> encoded = Fixtures.windowsVariants(fixture).stream()
                .map(v -> DynamicTest.dynamicTest(v.toString(), () -> check.accept(DsregcmdFormat.parse(v.bytes()))));
        Stream<DynamicTest> master = Stream.of(DynamicTest.dynamicTest(fixture + " as text",
                () -> check.accept(DsregcmdFormat.parse(Fixtures.text(fixture)))));
        if (fixture.equals(PRT_FAILED)) {
            master = Stream.concat(master, Stream.of(DynamicTest.dynamicTest("checked-in UTF-16LE file",
                    () -> check.accept(DsregcmdFormat.parse(Fixtures.bytes("dsregcmd/entra-joined-prt-failed.utf16le.txt"))))));
        }
        return Stream.concat(encoded, master);
    }

    /** Section titles with their fields' names and values, without line numbers. */
    private static List<String> content(DsregStatus status) {
        return status.sections().stream()
                .flatMap(s -> Stream.concat(Stream.of("[" + s.title() + "]"),
                        s.fields().stream().map(f -> f.name() + "=" + f.value())))
                .toList();
    }

    private static List<String> withoutBlankLinesInsideSections(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean blank = lines.get(i).isEmpty();
            boolean betweenFields = blank && i > 0 && i + 1 < lines.size()
                    && lines.get(i - 1).contains(" : ") && lines.get(i + 1).contains(" : ");
            if (!betweenFields) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }
}
