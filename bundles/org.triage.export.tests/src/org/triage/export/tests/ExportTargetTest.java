package org.triage.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triage.core.session.Sessions;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TargetException;
import org.triage.core.target.Targets;
import org.triage.export.EvidenceSources;
import org.triage.export.ExportLayout;
import org.triage.formats.readings.SnapshotFile;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogLevel;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.RawEvidence;
import org.triage.model.Session;
import org.triage.model.TriageFactory;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.Samples;

/** {@code export:FILE.zip}: the next admin re-diagnoses an export offline, from its raw evidence. */
class ExportTargetTest {

    private static Session snapshotCase;
    private static Session demoCase;

    @TempDir
    Path folder;

    @BeforeAll
    static void diagnose() throws Exception {
        try (Target target = Diagnoses.open("snapshot:" + Samples.snapshot(Samples.CONTOSO))) {
            snapshotCase = Diagnoses.diagnose(target);
        }
        demoCase = Exports.demoPlaybook();
    }

    @Test
    void theExportTargetIsRegisteredAndReadOnly() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        Exports.export(snapshotCase, zip, false);
        assertTrue(Targets.provider("export").isPresent(), "the export target provider is a DS component");
        try (Target target = Targets.open("export:" + zip)) {
            assertEquals("export", target.info().kind());
            assertEquals(zip.toString(), target.info().location());
            assertEquals("CONTOSO-LT-0417", target.info().hostname());
            assertTrue(target.info().readOnly());
            assertNotNull(target.whyUnable(new TargetAction.FlushDns()));
            assertFalse(target.perform(new TargetAction.FlushDns(), new NullProgressMonitor()).succeeded());
        }
    }

    @Test
    void reDiagnosingASnapshotExportFindsWhatTheSnapshotDid() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        Exports.export(snapshotCase, zip, false);
        Session again;
        try (Target target = Targets.open("export:" + zip)) {
            again = Diagnoses.diagnose(target);
        }
        assertEquals(causes(snapshotCase), causes(again));
        assertEquals(statuses(snapshotCase), statuses(again));
        assertEquals(snapshotCase.getSymptom().getCode(), again.getSymptom().getCode());
        assertEquals(snapshotCase.getSymptom().getPasswordChangedAt(), again.getSymptom().getPasswordChangedAt());
        assertFalse(again.getFixAttempts().isEmpty());
        assertTrue(again.getFixAttempts().stream().noneMatch(FixAttempt::isAutomatable),
                "an export only observes: every step is an instruction");
    }

    @Test
    void theVpnSessionStartIsReadAgainFromTheExportsDialEventsPlainOrPseudonymised() throws Exception {
        Path snapshot = Files.createDirectories(folder.resolve("fabrikam"));
        try (Stream<Path> files = Files.list(Samples.snapshot(Samples.FABRIKAM))) {
            for (Path file : files.toList()) {
                Files.copy(file, snapshot.resolve(file.getFileName().toString()));
            }
        }
        // the PRT last renewed before the VPN was dialed, 6 h 35 min before the collection
        Path dsregcmd = snapshot.resolve(SnapshotFile.DSREGCMD_STATUS.fileName());
        Files.writeString(dsregcmd, Files.readString(dsregcmd, StandardCharsets.UTF_8).replace(
                "AzureAdPrtUpdateTime : 2025-06-04 12:03:41.000 UTC", "AzureAdPrtUpdateTime : 2025-06-04 05:10:02.000 UTC"),
                StandardCharsets.UTF_8);
        Session original;
        try (Target target = Diagnoses.open("snapshot:" + snapshot)) {
            original = Diagnoses.diagnose(target);
        }
        assertEquals(List.of("vpn-session-outlasts-token/warning"), causes(original));

        for (boolean pseudonymize : new boolean[] { false, true }) {
            Path zip = folder.resolve("fabrikam-" + pseudonymize + ".zip");
            Exports.export(original, zip, pseudonymize);
            try (Target target = Targets.open("export:" + zip)) {
                assertEquals(causes(original), causes(Diagnoses.diagnose(target)), "pseudonymised: " + pseudonymize);
            }
        }
    }

    @Test
    void reDiagnosingAPlaybookExportFindsTheStateTheSessionEndedIn() throws Exception {
        for (boolean pseudonymize : new boolean[] { false, true }) {
            Path zip = folder.resolve("demo-" + pseudonymize + ".zip");
            Exports.export(demoCase, zip, pseudonymize);
            Session again;
            try (Target target = Targets.open("export:" + zip)) {
                again = Diagnoses.diagnose(target);
                Diagnoses.runPlaybook(target, again, (attempt, preview) -> true);
            }
            assertEquals(causes(demoCase), causes(again), "pseudonymised: " + pseudonymize);
            assertTrue(again.getFixAttempts().stream().allMatch(a -> a.getOutcome() != FixOutcome.APPLIED));
        }
    }

    @Test
    void whatTheExportHoldsNoOutputForIsUnsupported() throws Exception {
        Session vendorOnly;
        try (Target demo = Diagnoses.open("demo")) {
            vendorOnly = Sessions.create(demo.info(), null, Exports.VERSION);
        }
        Observation observation = TriageFactory.eINSTANCE.createObservation();
        observation.setId(Sessions.newId("obs"));
        observation.setProbeId("vendor.agent");
        observation.setStatus(ObservationStatus.OK);
        RawEvidence evidence = TriageFactory.eINSTANCE.createRawEvidence();
        evidence.setId(Sessions.newId("ev"));
        evidence.setSource("vendorctl status");
        evidence.setContent("all good");
        observation.getEvidence().add(evidence);
        vendorOnly.getObservations().add(observation);
        Path zip = folder.resolve("vendor.zip");
        Exports.export(vendorOnly, zip, false);

        try (Target target = Targets.open("export:" + zip)) {
            Session again = Diagnoses.diagnose(target);
            assertTrue(again.getObservations().stream().allMatch(o -> o.getStatus() == ObservationStatus.SKIPPED),
                    statuses(again).toString());
            assertTrue(again.getObservations().get(0).getSummary().startsWith("the export holds no output of cmdkey /list"),
                    again.getObservations().get(0).getSummary());
        }
        assertTrue(Exports.entries(zip).containsKey("evidence/001-vendor.agent-vendorctl-status.txt"));
    }

    @Test
    void aTamperedExportIsDiagnosedWithTheWarningInTheLog() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        Exports.export(snapshotCase, zip, false);
        Path tampered = Exports.rewrite(zip, folder.resolve("tampered.zip"), ExportLayout.REPORT_MARKDOWN,
                bytes -> "rewritten".getBytes(StandardCharsets.UTF_8));
        try (Target target = Targets.open("export:" + tampered)) {
            Session again = Diagnoses.diagnose(target);
            assertTrue(again.getLog().stream().anyMatch(entry -> entry.getLevel() == LogLevel.WARNING
                    && entry.getMessage().startsWith("export integrity: report.md: changed")), again.getLog().toString());
        }
    }

    @Test
    void anUnreadableExportIsATargetError() {
        Path missing = folder.resolve("missing.zip");
        TargetException e = assertThrows(TargetException.class, () -> Targets.open("export:" + missing));
        assertEquals(missing + ": no such file", e.getMessage());
        assertEquals("export needs a file: export:FILE.zip",
                assertThrows(TargetException.class, () -> Targets.open("export")).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "dsregcmd /status;;DSREGCMD_STATUS",
            "C:\\Windows\\System32\\dsregcmd.exe /status;;DSREGCMD_STATUS",
            "cmdkey.exe /list;;CMDKEY_LIST",
            "ipconfig /all;;IPCONFIG_ALL",
            "powershell -NoProfile -Command \"Get-VpnConnection | ConvertTo-Json -Depth 4\";;VPN_CONNECTIONS",
            "powershell -Command \"Get-NetRoute -AddressFamily IPv4 | ConvertTo-Json\";;ROUTES",
            "netsh winhttp show proxy;;WINHTTP_PROXY",
            "Test-NetConnection -Port 443 (simulated);;ENDPOINT_TESTS",
            "whatever the collector ran;TriageSnapshot-PC01/routes.json;ROUTES",
            "powershell.exe -NoProfile -Command ConvertTo-Json -InputObject @(Get-WinEvent -LogName Microsoft-Windows-AAD/Operational -MaxEvents 500);;AAD_OPERATIONAL_EVENTS",
            "powershell.exe -NoProfile -Command ConvertTo-Json -InputObject @(Get-WinEvent -ProviderName RasClient -MaxEvents 50);;VPN_DIAL_EVENTS",
            "whatever;aad-operational-events.json;AAD_OPERATIONAL_EVENTS",
            "whatever;DSREGCMD-STATUS.TXT;DSREGCMD_STATUS",
            "ipconfig /flushdns;;",
            "vendorctl status;;" })
    void evidenceIsRecognisedByItsFileOrItsCommand(String source, String fileName, String expected) {
        RawEvidence evidence = TriageFactory.eINSTANCE.createRawEvidence();
        evidence.setSource(source);
        evidence.setFileName(fileName);
        Optional<SnapshotFile> recognised = EvidenceSources.recognise(evidence);
        assertEquals(Optional.ofNullable(expected).map(SnapshotFile::valueOf), recognised, source);
    }

    private static List<String> causes(Session session) {
        return session.getFindings().stream().map(f -> f.getCauseId() + "/" + f.getSeverity().getLiteral()).sorted()
                .toList();
    }

    private static List<String> statuses(Session session) {
        return session.getObservations().stream().map(o -> o.getProbeId() + "=" + o.getStatus().getLiteral()).toList();
    }
}
