package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.playbook.StepDecisions;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.Target;
import org.triage.core.target.Targets;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.VerificationResult;

/**
 * The record says what ran and nothing else: verifying a step that was skipped records the verification, not an
 * application; a skipped step can be planned again and applied; the outcome line credits only the steps that ran.
 */
class PlaybookRecordTest {

    private Target target;
    private Session session;
    private PlaybookRunner runner;

    @BeforeEach
    void diagnoseTheDemo() throws Exception {
        target = Targets.open("demo");
        session = Diagnosis.newSession(target, null, null, "test");
        Diagnosis.run(session, target, DiagnosisEngine.standard(), FixRegistry.read(), new NullProgressMonitor());
        runner = new PlaybookRunner(DiagnosisEngine.standard(), FixRegistry.read(), target, session);
    }

    @AfterEach
    void closeTheTarget() {
        target.close();
    }

    @Test
    void verifyingASkippedStepRecordsTheVerificationAndNothingApplied() {
        FixAttempt clear = session.getFixAttempts().get(0);
        assertEquals("m365.clear-cached-credentials", clear.getFixId());
        List<String> cachedBefore = cachedCredentials();
        StepDecisions.skip(clear);

        runner.reverify(clear, new NullProgressMonitor());

        assertEquals(FixOutcome.SKIPPED, clear.getOutcome(), clear.getOutcomeMessage());
        assertEquals("skipped by the operator", clear.getOutcomeMessage());
        assertTrue(clear.getChanges().isEmpty(), "nothing was changed");
        assertFalse(clear.getVerification().isEmpty(), "what was verified is recorded");
        assertEquals(VerificationResult.FAILED, clear.getVerificationResult(), "the stale credentials are still there");
        assertTrue(clear.getLog().stream().anyMatch(entry -> entry.getMessage()
                .startsWith("verified while skipped, nothing applied by this step: still found: ")),
                clear.getLog().toString());
        assertEquals(cachedBefore, cachedCredentials(), "the workstation is unchanged");
        assertFalse(PlaybookRunner.ran(clear));
        assertNotEquals(SessionOutcome.RESOLVED, session.getOutcome());
        assertFalse(String.valueOf(session.getOutcomeSummary()).contains(clear.getFixId()),
                session.getOutcomeSummary());
    }

    @Test
    void aSkippedStepCanBePlannedAgainAndApplied() {
        FixAttempt clear = session.getFixAttempts().get(0);
        StepDecisions.skip(clear);
        runner.reverify(clear, new NullProgressMonitor());
        assertThrows(IllegalStateException.class, () -> StepDecisions.skip(clear));

        StepDecisions.planAgain(clear);
        assertEquals(FixOutcome.PLANNED, clear.getOutcome());
        assertEquals(VerificationResult.NOT_RUN, clear.getVerificationResult());
        assertNull(clear.getFinishedAt());
        assertTrue(clear.getLog().stream().anyMatch(entry -> entry.getMessage()
                .startsWith("planned again by the operator; it was skipped")), clear.getLog().toString());

        runner.runStep(clear, (attempt, preview) -> true, new NullProgressMonitor());
        runner.conclude();
        assertEquals(FixOutcome.APPLIED, clear.getOutcome(), clear.getOutcomeMessage());
        assertFalse(clear.getChanges().isEmpty());
        assertEquals(VerificationResult.PASSED, clear.getVerificationResult(), clear.getOutcomeMessage());
        assertFalse(StepDecisions.canPlanAgain(clear), "a step that changed the workstation is not planned again");
        assertThrows(IllegalStateException.class, () -> StepDecisions.planAgain(clear));
        assertEquals(SessionOutcome.RESOLVED, session.getOutcome());
        assertEquals("no error finding remains after [m365.clear-cached-credentials]", session.getOutcomeSummary());
    }

    @Test
    void theOutcomeCreditsOnlyTheStepsThatRan() {
        FixAttempt clear = session.getFixAttempts().get(0);
        FixAttempt reset = session.getFixAttempts().get(1);
        // the reset is skipped; the credentials step is applied and removes the causes of both
        StepDecisions.skip(reset);
        runner.runStep(clear, (attempt, preview) -> true, new NullProgressMonitor());
        runner.reverify(reset, new NullProgressMonitor());

        assertEquals(VerificationResult.PASSED, reset.getVerificationResult(), "its causes are gone");
        assertEquals(FixOutcome.SKIPPED, reset.getOutcome(), "but it did not run");
        assertEquals(SessionOutcome.RESOLVED, session.getOutcome());
        assertEquals("no error finding remains after [m365.clear-cached-credentials]", session.getOutcomeSummary());
    }

    private List<String> cachedCredentials() {
        return target.credentials(new NullProgressMonitor()).value().stream().map(CachedCredential::targetName)
                .sorted().toList();
    }
}
