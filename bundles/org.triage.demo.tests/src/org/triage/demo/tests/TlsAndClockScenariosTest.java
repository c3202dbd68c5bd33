package org.triage.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.attempt;
import static org.triage.tests.harness.SessionQueries.findings;
import static org.triage.tests.harness.SessionQueries.fixIds;
import static org.triage.tests.harness.SessionQueries.latest;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.StepRisk;
import org.triage.core.playbook.Undo;
import org.triage.core.probe.ClockProbe;
import org.triage.core.probe.EndpointsProbe;
import org.triage.core.probe.TlsSettingsProbe;
import org.triage.core.rules.Causes;
import org.triage.core.session.Facts;
import org.triage.core.target.ActionResult;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TlsSettings;
import org.triage.fixes.m365.EnableTls12Fix;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.NumberFact;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.Severity;
import org.triage.model.VerificationResult;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.RecordingConfirmation;

/**
 * The two workstation settings Microsoft 365's sign-in needs besides the network: TLS 1.2 with the required cipher
 * suites, and a clock within five minutes of Entra ID's. Each demo scenario is found, planned with its own step only,
 * resolved by it, and the TLS step is put back by its undo.
 */
class TlsAndClockScenariosTest {

    private static final String CLIENT = TlsSettings.SCHANNEL_PROTOCOLS + "\\TLS 1.2\\Client";
    private static final String BASELINE = "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384,TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,"
            + "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384,TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256";

    @Test
    void tlsDisabledIsFoundWithItsRegistryEvidenceAndPlannedAlone() throws Exception {
        try (Target target = Diagnoses.open("demo:tls12-disabled")) {
            Session session = Diagnoses.diagnose(target);

            assertEquals(Map.of(Causes.TLS12_DISABLED, Severity.ERROR), findings(session));
            String summary = session.getFindings().get(0).getSummary();
            assertTrue(summary.contains("TLS 1.2 is turned off for clients") && summary.contains("lists none of them"),
                    summary);
            Observation tls = latest(session, TlsSettingsProbe.ID);
            assertEquals(List.of(), Facts.textsOf(tls, TlsSettingsProbe.REQUIRED_ENABLED));
            assertEquals(TlsSettings.REQUIRED_CIPHER_SUITES, Facts.textsOf(tls, TlsSettingsProbe.REQUIRED_MISSING_FROM_POLICY));
            assertEquals("tls-settings.json", tls.getEvidence().get(0).getOutputKind());
            assertTrue(tls.getEvidence().get(0).getContent().contains("\"CipherSuiteOrderPolicy\":  \"" + BASELINE + "\""),
                    tls.getEvidence().get(0).getContent());
            assertEquals(List.of("m365.enable-tls12"), fixIds(session));
        }
    }

    @Test
    void theTlsStepShowsEachValueBeforeAndAfterAsksFirstResolvesAndIsUndone() throws Exception {
        try (Target target = Diagnoses.open("demo:tls12-disabled")) {
            Session session = Diagnoses.diagnose(target);
            FixAttempt step = attempt(session, "m365.enable-tls12");
            String newOrder = String.join(",", TlsSettings.REQUIRED_CIPHER_SUITES) + "," + BASELINE;
            assertEquals(List.of("Set " + CLIENT + "\\Enabled (REG_DWORD) from 0 to 1",
                    "Set " + CLIENT + "\\DisabledByDefault (REG_DWORD) from 1 to 0",
                    "Set " + TlsSettings.CIPHER_SUITE_ORDER_POLICY_KEY + "\\Functions (REG_SZ) from '" + BASELINE + "' to '"
                            + newOrder + "'"),
                    step.getPlannedChanges().stream().map(Change::getDescription).toList());
            assertEquals("reg add \"" + CLIENT + "\" /v Enabled /t REG_DWORD /d 1 /f",
                    step.getPlannedChanges().get(0).getCommand());
            StepRisk risk = StepRisk.of(step, FixRegistry.read());
            assertTrue(risk.asksFirst() && risk.changesSystemSettings(), risk.toString());
            assertTrue(risk.warning().contains("old and new value"), risk.warning());

            RecordingConfirmation confirmation = RecordingConfirmation.accepting();
            Diagnoses.runPlaybook(target, session, confirmation);

            assertEquals(List.of("m365.enable-tls12"), confirmation.askedFixIds());
            assertEquals(FixOutcome.APPLIED, step.getOutcome(), step.getOutcomeMessage());
            assertEquals(VerificationResult.PASSED, step.getVerificationResult(), step.getOutcomeMessage());
            assertEquals(SessionOutcome.RESOLVED, session.getOutcome(), session.getOutcomeSummary());
            assertEquals(TlsSettings.REQUIRED_CIPHER_SUITES,
                    Facts.textsOf(latest(session, TlsSettingsProbe.ID), TlsSettingsProbe.REQUIRED_ENABLED));

            List<TargetAction> undo = EnableTls12Fix.undo(step);
            assertEquals(List.of("Set " + TlsSettings.CIPHER_SUITE_ORDER_POLICY_KEY + "\\Functions (REG_SZ) from '"
                    + newOrder + "' to '" + BASELINE + "'", "Set " + CLIENT + "\\DisabledByDefault (REG_DWORD) from 0 to 1",
                    "Set " + CLIENT + "\\Enabled (REG_DWORD) from 1 to 0"),
                    undo.stream().map(TargetAction::description).toList());
            FixAttempt undone = Undo.run(session, target, step, new NullProgressMonitor());
            assertEquals("undo:m365.enable-tls12", undone.getFixId());
            assertEquals(FixOutcome.APPLIED, undone.getOutcome(), undone.getOutcomeMessage());
            assertEquals(undo.stream().map(TargetAction::description).toList(),
                    undone.getChanges().stream().map(Change::getDescription).toList(), "the undo is recorded");
            assertTrue(session.getFixAttempts().contains(undone));
            Session again = Diagnoses.diagnose(target);
            assertEquals(Map.of(Causes.TLS12_DISABLED, Severity.ERROR), findings(again), "the undo put the values back");
        }
    }

    @Test
    void anUndoLeavesAValueChangedSinceTheStepAndSaysSo() throws Exception {
        try (Target target = Diagnoses.open("demo:tls12-disabled")) {
            Session session = Diagnoses.diagnose(target);
            Diagnoses.runPlaybook(target, session, RecordingConfirmation.accepting());
            FixAttempt step = attempt(session, "m365.enable-tls12");
            // someone turned TLS 1.2 off again after the step
            assertTrue(target.perform(new TargetAction.SetRegistryValue(CLIENT, "Enabled", "REG_DWORD", "1", "0"),
                    new NullProgressMonitor()).succeeded());

            FixAttempt undone = Undo.run(session, target, step, new NullProgressMonitor());

            assertEquals(FixOutcome.FAILED, undone.getOutcome());
            assertTrue(undone.getOutcomeMessage().startsWith("1 of 3 value(s) could not be put back")
                    && undone.getOutcomeMessage().contains("is 0 now, not 1"), undone.getOutcomeMessage());
        }
    }

    @Test
    void aValueChangedSinceThePreviewIsNotOverwritten() throws Exception {
        try (Target target = Diagnoses.open("demo:tls12-disabled")) {
            TargetAction.SetRegistryValue stale = new TargetAction.SetRegistryValue(CLIENT, "Enabled", "REG_DWORD", "1", "0");

            ActionResult result = target.perform(stale, new NullProgressMonitor());

            assertEquals(false, result.succeeded());
            assertTrue(result.summary().contains("is 0 now, not 1"), result.summary());
            assertEquals(Map.of(Causes.TLS12_DISABLED, Severity.ERROR), findings(Diagnoses.diagnose(target)));
        }
    }

    @Test
    void theClockIsComparedWithEntraIdsDateHeaderAndResynchronised() throws Exception {
        try (Target target = Diagnoses.open("demo:clock-skew")) {
            Session session = Diagnoses.diagnose(target);

            assertEquals(Map.of(Causes.CLOCK_SKEW, Severity.ERROR), findings(session));
            Observation clock = latest(session, ClockProbe.ID);
            long offset = ((NumberFact) Facts.find(clock, ClockProbe.OFFSET_SECONDS).orElseThrow()).getValue().longValue();
            assertTrue(Math.abs(offset - 1380) <= 2, "offset " + offset);
            assertEquals("time.windows.com,0x9", Facts.textOf(clock, "Source").orElseThrow());
            assertEquals(List.of("clock.json", "w32tm-status.txt"),
                    clock.getEvidence().stream().map(e -> e.getOutputKind()).toList());
            for (RecordFact check : Facts.recordsOf(latest(session, EndpointsProbe.ID), "checks")) {
                assertEquals("1380", Facts.textOf(check.getFields(), ClockProbe.OFFSET_SECONDS).orElseThrow());
            }
            assertTrue(session.getFindings().get(0).getSummary().contains("23 min 0 s ahead of"),
                    session.getFindings().get(0).getSummary());
            assertEquals(List.of("m365.resync-clock"), fixIds(session));

            Diagnoses.runPlaybook(target, session, RecordingConfirmation.accepting());

            FixAttempt step = attempt(session, "m365.resync-clock");
            assertEquals(List.of("net start w32time & w32tm /resync /force"),
                    step.getChanges().stream().map(Change::getCommand).toList());
            assertEquals(VerificationResult.PASSED, step.getVerificationResult(), step.getOutcomeMessage());
            assertEquals(SessionOutcome.RESOLVED, session.getOutcome(), session.getOutcomeSummary());
            long after = ((NumberFact) Facts.find(latest(session, ClockProbe.ID), ClockProbe.OFFSET_SECONDS).orElseThrow())
                    .getValue().longValue();
            assertTrue(Math.abs(after) <= 1, "offset after the resync " + after);
        }
    }
}
