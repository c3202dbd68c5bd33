package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.attempt;
import static org.triage.tests.harness.SessionQueries.findings;
import static org.triage.tests.harness.SessionQueries.latest;
import static org.triage.tests.harness.SessionQueries.textFacts;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.probe.AdaptersProbe;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.EndpointsProbe;
import org.triage.core.probe.Microsoft365Credentials;
import org.triage.core.rules.Causes;
import org.triage.core.session.Facts;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.Reading;
import org.triage.formats.TextEncoding;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.RawEvidence;
import org.triage.model.Session;
import org.triage.model.Severity;
import org.triage.model.VerificationResult;
import org.triage.platform.windows.target.CredentialType;
import org.triage.platform.windows.target.WindowsTarget;
import org.triage.tests.harness.RecordingConfirmation;

/** A whole diagnosis of the fake Contoso laptop through the engine, the rules and the playbook. */
class FakeMachineDiagnosisTest {

    /**
     * The profile remembers its MS-CHAPv2 credential and its session began before the password reset: the VPN too runs
     * on the old password (the guide's Method 3).
     */
    private static final Map<String, Severity> CONTOSO_FINDINGS = Map.of(Causes.STALE_CACHED_CREDENTIALS, Severity.ERROR,
            Causes.PRT_MISSING_OR_STALE, Severity.ERROR, Causes.FULL_TUNNEL_VPN, Severity.WARNING,
            Causes.VPN_REMEMBERS_OLD_PASSWORD, Severity.ERROR);

    private static Session diagnose(WindowsTarget target) {
        Session session = Diagnosis.newSession(target, "0x8004de40", FakeMachine.PASSWORD_RESET, "0.0.0.test");
        Diagnosis.run(session, target, DiagnosisEngine.standard(), FixRegistry.read(), new NullProgressMonitor());
        return session;
    }

    @Test
    void theLaptopShowsStaleCredentialsAMissingPrtAndAFullTunnel() {
        FakeMachine machine = FakeMachine.contoso();
        Session session = diagnose(machine.target());

        assertEquals(CONTOSO_FINDINGS, findings(session));
        assertEquals(List.of(), machine.runner.unexpected(), "commands without a recording");
        assertEquals(Set.of("C:\\Windows\\System32\\dsregcmd.exe /status",
                machine.commands.adapters().rendered(),
                machine.commands.proxyRegistry().rendered(),
                machine.commands.vpnConnections().rendered(),
                machine.commands.vpnDialEvents().rendered(),
                machine.commands.aadOperationalEvents().rendered(),
                machine.commands.tlsSettings().rendered(),
                machine.commands.clock().rendered(),
                machine.commands.w32tmStatus().rendered(),
                machine.commands.routes().rendered()), Set.copyOf(machine.runner.commandLines()));

        Observation registration = latest(session, DeviceRegistrationProbe.ID);
        assertEquals("NO", textFacts(registration).get("AzureAdPrt"));
        assertEquals("SUCCESS", textFacts(registration).get("DeviceAuthStatus"));
        Observation credentials = latest(session, CachedCredentialsProbe.ID);
        assertEquals(5, Facts.textsOf(credentials, "m365Targets").size(), "the five Office and OneDrive entries");
        assertEquals(10, Facts.recordsOf(credentials, "entries").size());
        assertTrue(Facts.recordsOf(credentials, "entries").stream()
                .allMatch(entry -> Facts.find(entry.getFields(), "LastWritten").isPresent()),
                "the Credential API tells when each entry was written");

        assertEquals("local", session.getTarget().getKind());
        assertFalse(session.getTarget().isReadOnly(), "the live target acts");
        assertEquals("CONTOSO-LT-0417", session.getTarget().getHostname());
    }

    @Test
    void everyObservationKeepsTheCommandLineItsExitCodeAndTheDecodedOutput() {
        FakeMachine machine = FakeMachine.contoso();
        Session session = diagnose(machine.target());

        RawEvidence dsregcmd = latest(session, DeviceRegistrationProbe.ID).getEvidence().get(0);
        assertAll(() -> assertEquals("C:\\Windows\\System32\\dsregcmd.exe /status", dsregcmd.getSource()),
                () -> assertEquals(Integer.valueOf(0), dsregcmd.getExitCode()),
                () -> assertTrue(dsregcmd.getContent().contains("AzureAdPrt : NO"), dsregcmd.getContent()));
        RawEvidence api = latest(session, CachedCredentialsProbe.ID).getEvidence().get(0);
        assertEquals("CredEnumerateW(Filter=NULL, Flags=CRED_ENUMERATE_ALL_CREDENTIALS)", api.getSource());
        assertTrue(api.getContent().contains("\"TargetName\":  \"MicrosoftOffice16_Data:SSPI:alex@contoso.com\""),
                api.getContent());
        assertEquals("credentials.json", api.getOutputKind(), "kept as the snapshot's credentials.json");
        RawEvidence adapters = latest(session, AdaptersProbe.ID).getEvidence().get(0);
        assertEquals(machine.commands.adapters().rendered(), adapters.getSource());
        assertEquals("adapters.json", adapters.getOutputKind());
    }

    @ParameterizedTest
    @EnumSource(names = { "UTF16LE_BOM", "UTF8_BOM", "UTF8" })
    void theFindingsAreTheSameWhateverEncodingTheToolsWrite(TextEncoding encoding) {
        FakeMachine machine = FakeMachine.contoso(encoding, encoding);
        Session session = diagnose(machine.target());

        assertEquals(CONTOSO_FINDINGS, findings(session));
        for (Observation observation : session.getObservations()) {
            if (!observation.getProbeId().equals(EndpointsProbe.ID)) {
                assertNotEquals(ObservationStatus.ERROR, observation.getStatus(),
                        observation.getProbeId() + ": " + observation.getSummary());
            }
        }
        assertEquals(encoding.displayName(), latest(session, DeviceRegistrationProbe.ID).getEvidence().get(0)
                .getEncoding());
    }

    @Test
    void withoutAnEndpointTesterTheEndpointTestsAreSkippedWithTheReason() {
        Session session = diagnose(FakeMachine.contoso().target());

        Observation endpoints = latest(session, EndpointsProbe.ID);
        assertEquals(ObservationStatus.SKIPPED, endpoints.getStatus());
        assertEquals(WindowsTarget.NO_ENDPOINT_TESTER, endpoints.getSummary());
    }

    @Test
    void anEndpointTesterHandedInIsUsedForTheEndpointTests() {
        FakeMachine machine = FakeMachine.contoso();
        machine.endpointTester = (endpoints, monitor) -> Reading.of(endpoints.stream()
                .map(endpoint -> new EndpointCheck(endpoint, true, List.of("20.190.151.68"), false, null, null, null,
                        "direct", 21_000L, "connect timed out"))
                .toList(), List.of(), List.of());
        Session session = diagnose(machine.target());

        assertEquals(Severity.ERROR, findings(session).get(Causes.AUTH_ENDPOINTS_UNREACHABLE));
        assertEquals(8, Facts.textsOf(latest(session, EndpointsProbe.ID), "unreachable").size());
    }

    @Test
    void theFirstStepRemovesTheFiveMicrosoft365CredentialsThroughTheApiAndRestartsOneDrive() {
        FakeMachine machine = FakeMachine.contoso();
        machine.runner.answer(machine.commands.stopOneDrive(), 0, Recordings.recording("taskkill-onedrive.txt"));
        WindowsTarget target = machine.target();
        Session session = diagnose(target);
        FixAttempt clear = attempt(session, "m365.clear-cached-credentials");
        assertTrue(clear.isAutomatable(), clear.getOutcomeMessage());
        RecordingConfirmation confirmation = RecordingConfirmation.accepting();

        new PlaybookRunner(DiagnosisEngine.standard(), FixRegistry.read(), target, session).runStep(clear,
                confirmation, new NullProgressMonitor());

        assertEquals(FixOutcome.APPLIED, clear.getOutcome(), clear.getOutcomeMessage());
        assertEquals(List.of("m365.clear-cached-credentials"), confirmation.questions().stream()
                .map(RecordingConfirmation.Question::fixId).toList());
        List<FakeCredentialStore.Deletion> deletions = machine.store.deletions();
        assertEquals(5, deletions.size(), deletions.toString());
        assertTrue(deletions.stream().allMatch(d -> d.type() == CredentialType.GENERIC
                && Microsoft365Credentials.matches(d.targetName())), deletions.toString());
        assertEquals(5, machine.store.entries().size());
        assertTrue(machine.store.entries().stream().noneMatch(e -> Microsoft365Credentials.matches(e.targetName())));

        List<Change> changes = clear.getChanges();
        assertEquals(6, changes.size());
        assertTrue(changes.stream().allMatch(Change::isSucceeded));
        assertEquals("CredDeleteW(TargetName=\"MicrosoftOffice16_Data:SSPI:alex@contoso.com\", Type=CRED_TYPE_GENERIC,"
                + " Flags=0)", changes.get(0).getCommand());
        assertEquals("C:\\Windows\\System32\\taskkill.exe /im OneDrive.exe /f & "
                + FakeHost.PER_USER_ONEDRIVE + " /background", changes.get(5).getCommand());
        assertEquals(List.of(FakeHost.PER_USER_ONEDRIVE + " /background"), machine.runner.launches());
        assertNotEquals(VerificationResult.NOT_RUN, clear.getVerificationResult(), "the credentials were read again");
        assertEquals(0, Facts.textsOf(clear.getVerification().stream()
                .filter(o -> o.getProbeId().equals(CachedCredentialsProbe.ID)).findFirst().orElseThrow(),
                "m365Targets").size(), "the verification reads the credentials afresh");
    }
}
