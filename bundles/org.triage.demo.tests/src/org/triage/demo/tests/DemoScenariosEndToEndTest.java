package org.triage.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.concerns;
import static org.triage.tests.harness.SessionQueries.findings;
import static org.triage.tests.harness.SessionQueries.fixIds;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triage.core.fix.FixPreview;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.rules.Causes;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.demo.DemoTargetProvider;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Observation;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.Severity;
import org.triage.model.VerificationResult;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.RecordingConfirmation;

/**
 * Every demo scenario from diagnosis to a verified fix, the way the CLI and the console run it. The
 * scenarios are discovered from the demo bundle, so one added later goes through the playbook checks too.
 */
class DemoScenariosEndToEndTest {

    private static final String CLEAR_CREDENTIALS = "m365.clear-cached-credentials";
    private static final String VPN_RECONNECT = "m365.vpn-reconnect-flush-dns";
    private static final String REREGISTER_DEVICE = "m365.reregister-device";
    private static final String ENABLE_DEVICE = "m365.entra-enable-device";
    private static final String CLEAR_TOKEN_BROKER_CACHE = "m365.clear-token-broker-cache";
    private static final String REREGISTER_BROKER_PLUGIN = "m365.reregister-broker-plugin";

    /** What a scenario must show: its warning and error findings, and the fix the playbook starts with. */
    private record Expected(Map<String, Severity> findings, String firstFix) {
    }

    private static final Map<String, Expected> EXPECTED = Map.ofEntries(Map.entry(
            "0x8004de40", new Expected(Map.of(
                    Causes.STALE_CACHED_CREDENTIALS, Severity.ERROR,
                    Causes.PRT_MISSING_OR_STALE, Severity.ERROR,
                    Causes.FULL_TUNNEL_VPN, Severity.WARNING), CLEAR_CREDENTIALS)),
            // the PRT renewed after the password change is kept while DNS fails: it is not missing
            Map.entry("vpn-stale-dns", new Expected(Map.of(
                    Causes.DNS_RESOLUTION_FAILURE, Severity.ERROR,
                    Causes.FULL_TUNNEL_VPN, Severity.WARNING), VPN_RECONNECT)),
            Map.entry("long-vpn-session", new Expected(Map.of(
                    Causes.AUTH_ENDPOINTS_UNREACHABLE, Severity.ERROR,
                    Causes.VPN_SESSION_OUTLASTS_TOKEN, Severity.WARNING,
                    Causes.FULL_TUNNEL_VPN, Severity.WARNING), VPN_RECONNECT)),
            // fixed in Entra ID first: the admin's step comes before any step on the workstation
            Map.entry("device-disabled", new Expected(Map.of(
                    Causes.DEVICE_DISABLED_IN_ENTRA, Severity.ERROR,
                    Causes.PRT_MISSING_OR_STALE, Severity.WARNING), ENABLE_DEVICE)),
            // Get-VpnConnection lists nothing: the PANGP adapter and the routes show the full tunnel
            Map.entry("globalprotect-full-tunnel", new Expected(Map.of(
                    Causes.AUTH_ENDPOINTS_UNREACHABLE, Severity.ERROR,
                    Causes.FULL_TUNNEL_VPN, Severity.WARNING), VPN_RECONNECT)),
            Map.entry("vpn-remembered-password", new Expected(Map.of(
                    Causes.VPN_REMEMBERS_OLD_PASSWORD, Severity.ERROR), VPN_RECONNECT)),
            Map.entry("hybrid-join-discovery-failed", new Expected(Map.of(
                    Causes.DEVICE_REGISTRATION_BROKEN, Severity.ERROR), REREGISTER_DEVICE)),
            Map.entry("tls12-disabled", new Expected(Map.of(Causes.TLS12_DISABLED, Severity.ERROR), "m365.enable-tls12")),
            Map.entry("clock-skew", new Expected(Map.of(Causes.CLOCK_SKEW, Severity.ERROR), "m365.resync-clock")),
            Map.entry("healthy-split-tunnel", new Expected(Map.of(), null)),
            // the token broker's own log tells these four: two are the tenant's, handed over with nothing planned
            Map.entry("conditional-access-blocked", new Expected(Map.of(
                    Causes.CONDITIONAL_ACCESS_BLOCKED, Severity.ERROR), null)),
            Map.entry("mfa-required", new Expected(Map.of(
                    Causes.MFA_REQUIRED_BY_POLICY, Severity.ERROR), null)),
            Map.entry("password-revoked", new Expected(Map.of(
                    Causes.STALE_CACHED_CREDENTIALS, Severity.ERROR,
                    Causes.PRT_MISSING_OR_STALE, Severity.ERROR), CLEAR_TOKEN_BROKER_CACHE)),
            Map.entry("token-broker-corrupted", new Expected(Map.of(
                    Causes.TOKEN_BROKER_STATE_CORRUPTED, Severity.ERROR), REREGISTER_BROKER_PLUGIN)));

    static List<String> discoveredScenarios() {
        return new DemoTargetProvider().suggestions();
    }

    static Stream<String> knownScenarios() {
        return EXPECTED.keySet().stream().sorted();
    }

    @Test
    void everyScenarioWithStatedExpectationsIsOfferedWithTheDefaultFirst() {
        List<String> discovered = discoveredScenarios();
        assertEquals(DemoTargetProvider.DEFAULT_SCENARIO, discovered.get(0), "the default scenario comes first");
        assertTrue(discovered.containsAll(EXPECTED.keySet()), "discovered " + discovered);
    }

    @ParameterizedTest
    @MethodSource("knownScenarios")
    void diagnosisFindsTheScenariosCausesWithTheirSeverities(String scenario) throws Exception {
        try (Target target = Diagnoses.open("demo:" + scenario)) {
            Session session = Diagnoses.diagnose(target);

            assertEquals(EXPECTED.get(scenario).findings(), findings(session));
        }
    }

    @ParameterizedTest
    @MethodSource("knownScenarios")
    void playbookStartsWithTheFixForTheMostFundamentalCause(String scenario) throws Exception {
        try (Target target = Diagnoses.open("demo:" + scenario)) {
            Session session = Diagnoses.diagnose(target);

            String firstFix = EXPECTED.get(scenario).firstFix();
            if (firstFix == null) {
                assertEquals(List.of(), fixIds(session));
            } else {
                assertFalse(session.getFixAttempts().isEmpty(), "an empty playbook");
                assertEquals(firstFix, fixIds(session).get(0), "playbook " + fixIds(session));
                session.getFixAttempts().forEach(attempt -> {
                    assertEquals(FixOutcome.PLANNED, attempt.getOutcome());
                    assertTrue(attempt.isAutomatable(), attempt.getFixId() + " on the demo workstation");
                });
            }
        }
    }

    @ParameterizedTest
    @MethodSource("discoveredScenarios")
    void playbookIsResolvedByItsVerifiedFirstStepAndRecordsIt(String scenario) throws Exception {
        try (Target target = Diagnoses.open("demo:" + scenario)) {
            Session session = Diagnoses.diagnose(target);
            List<FixAttempt> planned = List.copyOf(session.getFixAttempts());
            RecordingConfirmation confirmation = RecordingConfirmation.accepting();

            List<FixAttempt> run = Diagnoses.runPlaybook(target, session, confirmation);

            if (planned.isEmpty()) {
                // without a playbook, what is found is the tenant's to fix, handed over; or nothing is found
                assertEquals(PlaybookRunner.handedOver(session), concerns(session),
                        "no warning or error finding without a playbook but those handed to the admin");
                assertEquals(List.of(), run);
                assertEquals(List.of(), confirmation.questions());
                assertEquals(concerns(session).isEmpty() ? SessionOutcome.OPEN : SessionOutcome.ESCALATED,
                        session.getOutcome(), "nothing was done, so nothing is resolved");
                return;
            }
            FixAttempt first = planned.get(0);
            assertEquals(List.of(first.getFixId()), run.stream().map(FixAttempt::getFixId).toList(),
                    () -> "only the first step runs: " + planned.stream()
                            .map(a -> a.getFixId() + " " + a.getOutcome() + ": " + a.getOutcomeMessage()).toList());
            assertEquals(List.of(first.getFixId()), confirmation.askedFixIds());
            assertStepRecorded(session, first, confirmation.questions().get(0).preview());
            assertEquals(VerificationResult.PASSED, first.getVerificationResult(), first.getOutcomeMessage());
            for (FixAttempt later : planned.subList(1, planned.size())) {
                assertEquals(FixOutcome.SKIPPED, later.getOutcome(), later.getFixId());
                assertTrue(later.getOutcomeMessage().startsWith("not needed"), later.getOutcomeMessage());
                assertEquals(List.of(), later.getChanges(), later.getFixId() + " changed something");
            }
            assertEquals(SessionOutcome.RESOLVED, session.getOutcome(), session.getOutcomeSummary());
            assertTrue(session.getFindings().stream().noneMatch(f -> f.getSeverity() == Severity.ERROR),
                    "error findings left: " + findings(session));
        }
    }

    /**
     * The attempt holds the preview the operator confirmed, what the target changed (each with the exact
     * command), and the verification observations, which are the session's own.
     */
    static void assertStepRecorded(Session session, FixAttempt attempt, FixPreview confirmed) throws Exception {
        assertEquals(FixOutcome.APPLIED, attempt.getOutcome(), attempt.getOutcomeMessage());
        assertNotNull(attempt.getStartedAt(), "startedAt");
        assertNotNull(attempt.getFinishedAt(), "finishedAt");
        List<TargetAction> actions = confirmed.actions();
        assertFalse(actions.isEmpty(), "the confirmed preview changes nothing");
        assertEquals(describe(actions), describePlanned(attempt.getPlannedChanges()), "planned changes = preview");
        assertEquals(actions.size(), attempt.getChanges().size(), "one change per previewed action");
        for (int i = 0; i < actions.size(); i++) {
            Change change = attempt.getChanges().get(i);
            assertTrue(change.isSucceeded(),
                    change.getAction() + " " + change.getSubject() + ": " + change.getResult());
            assertEquals(actions.get(i).id(), change.getAction());
            assertEquals(actions.get(i).subject(), change.getSubject());
            assertEquals(actions.get(i).command(), change.getCommand());
        }
        List<String> probes = FixRegistry.read().byId(attempt.getFixId()).orElseThrow().fix().verificationProbes();
        assertEquals(probes, attempt.getVerification().stream().map(Observation::getProbeId).toList(),
                "the verification re-ran the fix's probes");
        for (Observation observation : attempt.getVerification()) {
            assertTrue(session.getObservations().stream().anyMatch(o -> o == observation),
                    observation.getProbeId() + " is not among the session's observations");
            assertSame(session, observation.eContainer());
        }
        assertEquals(List.of(), attempt.getRemainingCauses());
    }

    private static List<String> describe(List<TargetAction> actions) {
        return actions.stream().map(a -> a.id() + " | " + a.subject() + " | " + a.description() + " | " + a.command()
                + " | " + a.destructive()).toList();
    }

    private static List<String> describePlanned(List<Change> changes) {
        return changes.stream().map(c -> c.getAction() + " | " + c.getSubject() + " | " + c.getDescription() + " | "
                + c.getCommand() + " | " + c.isDestructive()).toList();
    }
}
