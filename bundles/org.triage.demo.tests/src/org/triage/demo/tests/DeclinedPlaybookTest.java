package org.triage.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.core.target.Target;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.VerificationResult;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.RecordingConfirmation;
import org.triage.tests.harness.ReportTrees;

import com.google.gson.JsonObject;

/** An operator who answers "no" gets every step recorded as declined and a workstation left as it was. */
class DeclinedPlaybookTest {

    @ParameterizedTest
    @ValueSource(strings = { "0x8004de40", "vpn-stale-dns", "device-disabled" })
    void declinedStepsAreRecordedAndChangeNothingOnTheTarget(String scenario) throws Exception {
        try (Target target = Diagnoses.open("demo:" + scenario)) {
            Session session = Diagnoses.diagnose(target);
            JsonObject diagnosed = ReportTrees.comparable(session);
            RecordingConfirmation confirmation = RecordingConfirmation.declining();

            Diagnoses.runPlaybook(target, session, confirmation);

            assertFalse(session.getFixAttempts().isEmpty(), "the scenario plans no fix");
            // a step whose preconditions do not hold (re-registering a device Entra ID refuses) is not offered
            List<FixAttempt> offered = session.getFixAttempts().stream().filter(a -> a.getOutcome() != FixOutcome.SKIPPED)
                    .toList();
            assertEquals(offered.stream().map(FixAttempt::getFixId).toList(), confirmation.askedFixIds(),
                    "every step that may run is asked, in order");
            for (FixAttempt skipped : session.getFixAttempts()) {
                if (skipped.getOutcome() == FixOutcome.SKIPPED) {
                    assertTrue(skipped.getOutcomeMessage().startsWith("preconditions do not hold"),
                            skipped.getOutcomeMessage());
                    assertEquals(0, skipped.getChanges().size(), skipped.getFixId() + " changed something");
                }
            }
            for (FixAttempt attempt : offered) {
                assertEquals(FixOutcome.DECLINED, attempt.getOutcome(), attempt.getFixId());
                assertEquals(VerificationResult.NOT_RUN, attempt.getVerificationResult(), attempt.getFixId());
                assertEquals(0, attempt.getChanges().size(), attempt.getFixId() + " changed something");
                assertEquals(0, attempt.getVerification().size(), attempt.getFixId() + " was verified");
                assertFalse(attempt.getPlannedChanges().isEmpty(), "the declined preview is kept");
            }
            assertEquals(SessionOutcome.UNRESOLVED, session.getOutcome(), session.getOutcomeSummary());

            Session again = Diagnoses.diagnose(target);
            assertEquals(diagnosed, ReportTrees.comparable(again), "a new diagnosis of the same workstation differs");
        }
    }
}
