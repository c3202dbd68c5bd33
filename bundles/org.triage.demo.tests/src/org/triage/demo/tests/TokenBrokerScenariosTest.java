package org.triage.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.concerns;
import static org.triage.tests.harness.SessionQueries.fixIds;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.triage.core.probe.TokenBrokerEventsProbe;
import org.triage.core.rules.Causes;
import org.triage.core.session.Facts;
import org.triage.core.session.Verdict;
import org.triage.core.target.ActionResult;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.demo.DemoTarget;
import org.triage.model.Change;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Observation;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.VerificationResult;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.RecordingConfirmation;

/**
 * The demo scenarios the token broker's log tells: its events come from the scenario, the admin-side causes end in
 * a hand-off, and the broker's fixes change the demo workstation so that inspecting it again finds it fixed.
 */
class TokenBrokerScenariosTest {

    private static final String ACCOUNTS = "%LOCALAPPDATA%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\AC"
            + "\\TokenBroker\\Accounts";
    private static final String LOCAL_STATE = "%LOCALAPPDATA%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy"
            + "\\LocalState";

    @ParameterizedTest
    @ValueSource(strings = { "conditional-access-blocked", "mfa-required" })
    void anAdminSideCauseIsHandedToTheAdminNeverResolvedOnThePc(String scenario) throws Exception {
        try (Target target = Diagnoses.open("demo:" + scenario)) {
            Session session = Diagnoses.diagnose(target);
            String cause = scenario.equals("mfa-required") ? Causes.MFA_REQUIRED_BY_POLICY
                    : Causes.CONDITIONAL_ACCESS_BLOCKED;
            Finding finding = session.getFindings().get(0);
            assertEquals(List.of(cause), concerns(session));
            assertTrue(finding.getSummary().contains("event 1098 at "), finding.getSummary());
            assertTrue(finding.getSummary().matches("(?s).*correlation id [0-9a-f-]{36}.*"), finding.getSummary());
            assertEquals(List.of(), fixIds(session), "nothing on the PC is planned for the tenant's policy");
            String before = Verdict.of(session).nextAction();
            assertTrue(before.startsWith("Hand \"" + Causes.title(cause) + "\" to the Entra ID admin (nothing on this"
                    + " PC fixes it): in the Microsoft Entra admin center > Sign-in logs"), before);

            Diagnoses.runPlaybook(target, session, RecordingConfirmation.accepting());

            assertEquals(SessionOutcome.ESCALATED, session.getOutcome());
            assertTrue(session.getOutcomeSummary().startsWith("handed to the Entra ID admin: " + Causes.title(cause)
                    + " (" + cause + "): "), session.getOutcomeSummary());
            Verdict verdict = Verdict.of(session);
            assertEquals("Handed to the Entra ID admin: what is left is decided in the tenant, not on this PC.",
                    verdict.headline());
            assertTrue(verdict.toText().contains("What to do now: Hand \"" + Causes.title(cause) + "\""),
                    verdict.toText());
        }
    }

    @Test
    void theRevokedTokensGoWithTheBrokersCacheAndTheNextInspectionFindsNothing() throws Exception {
        try (Target target = Diagnoses.open("demo:password-revoked")) {
            Session session = Diagnoses.diagnose(target);
            Finding stale = session.getFindings().stream()
                    .filter(f -> f.getCauseId().equals(Causes.STALE_CACHED_CREDENTIALS)).findFirst().orElseThrow();
            assertTrue(stale.getSummary().contains("AADSTS50173 (the grant was revoked"), stale.getSummary());
            assertTrue(stale.getSummary().contains("app ab9b8c07-8f02-4f72-87fa-80105867a763"), stale.getSummary());
            assertEquals(List.of("m365.clear-token-broker-cache"), fixIds(session));

            Diagnoses.runPlaybook(target, session, RecordingConfirmation.accepting());

            FixAttempt clear = session.getFixAttempts().get(0);
            assertEquals(FixOutcome.APPLIED, clear.getOutcome(), clear.getOutcomeMessage());
            assertEquals(VerificationResult.PASSED, clear.getVerificationResult(), clear.getOutcomeMessage());
            Change accounts = change(clear, ACCOUNTS);
            assertTrue(accounts.isSucceeded() && accounts.getResult().startsWith("deleted 2 file(s)"), accounts.getResult());
            assertTrue(change(clear, "Outlook").getResult().startsWith("closed"), change(clear, "Outlook").getResult());
            assertEquals(SessionOutcome.RESOLVED, session.getOutcome(), session.getOutcomeSummary());
            DemoTarget demo = (DemoTarget) target;
            assertTrue(demo.userFiles().stream().noneMatch(file -> file.startsWith(ACCOUNTS)), demo.userFiles().toString());

            Session again = Diagnoses.diagnose(target);
            assertEquals(List.of(), concerns(again), "inspected again");
            assertEquals("3", Facts.textOf(broker(again), "TokenBrokerFailures").orElse(null),
                    "the log keeps its events; they are history once the new PRT is issued");
        }
    }

    @Test
    void theDamagedPackageIsRegisteredAgainAndTheNextInspectionFindsNothing() throws Exception {
        try (Target target = Diagnoses.open("demo:token-broker-corrupted")) {
            Session session = Diagnoses.diagnose(target);
            assertEquals(List.of(Causes.TOKEN_BROKER_STATE_CORRUPTED), concerns(session));
            assertTrue(session.getFindings().get(0).getSummary().startsWith("The token broker failed 5 times with"
                    + " 0xCAA5001C"), session.getFindings().get(0).getSummary());
            assertEquals(List.of("m365.reregister-broker-plugin", "m365.clear-token-broker-cache"), fixIds(session));

            Diagnoses.runPlaybook(target, session, RecordingConfirmation.accepting());

            FixAttempt reregister = session.getFixAttempts().get(0);
            assertEquals(VerificationResult.PASSED, reregister.getVerificationResult(), reregister.getOutcomeMessage());
            Change command = reregister.getChanges().stream().filter(c -> c.getAction().equals("command.run"))
                    .findFirst().orElseThrow();
            assertEquals("powershell.exe -NoProfile -NonInteractive -Command \"Add-AppxPackage -Register (Join-Path"
                    + " $env:windir 'SystemApps\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\Appxmanifest.xml')"
                    + " -DisableDevelopmentMode -ForceApplicationShutdown\"", command.getCommand());
            assertEquals(FixOutcome.SKIPPED, session.getFixAttempts().get(1).getOutcome(), "the cache stays");
            assertEquals(SessionOutcome.RESOLVED, session.getOutcome(), session.getOutcomeSummary());
            assertTrue(((DemoTarget) target).userFiles().stream().anyMatch(file -> file.startsWith(LOCAL_STATE)));

            assertEquals(List.of(), concerns(Diagnoses.diagnose(target)), "inspected again");
        }
    }

    @Test
    void clearingTheCacheDoesNotRepairADamagedPackageAndTheBrokerFailsAgain() throws Exception {
        try (Target target = Diagnoses.open("demo:token-broker-corrupted")) {
            for (TargetAction.CloseApplication close : List.of(new TargetAction.CloseApplication("WINWORD.EXE", "Word"),
                    new TargetAction.CloseApplication("OUTLOOK.EXE", "Outlook"))) {
                assertTrue(target.perform(close, null).succeeded());
            }
            ActionResult cleared = target.perform(new TargetAction.ClearFolder(LOCAL_STATE, "Forget the state"), null);
            assertTrue(cleared.succeeded(), cleared.summary());

            Session again = Diagnoses.diagnose(target);

            assertEquals(List.of(Causes.TOKEN_BROKER_STATE_CORRUPTED), concerns(again));
            assertTrue(again.getFindings().get(0).getSummary().startsWith("The token broker failed 6 times"),
                    again.getFindings().get(0).getSummary());
        }
    }

    private static Change change(FixAttempt attempt, String subject) {
        return attempt.getChanges().stream().filter(c -> c.getSubject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + subject));
    }

    private static Observation broker(Session session) {
        return session.getObservations().stream().filter(o -> o.getProbeId().equals(TokenBrokerEventsProbe.ID))
                .reduce((a, b) -> b).orElseThrow();
    }
}
