package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.Playbook;
import org.triage.core.session.SessionRecovery;
import org.triage.core.target.Target;
import org.triage.core.target.Targets;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogLevel;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.VerificationResult;

/** A session saved by a process that died: what counts as unfinished, and how the steps in flight are recorded. */
class SessionRecoveryTest {

    private Session session;
    private Target target;

    @BeforeEach
    void diagnoseTheDemo() throws Exception {
        target = Targets.open("demo");
        session = Diagnosis.newSession(target, null, null, "test");
        Diagnosis.run(session, target, DiagnosisEngine.standard(), FixRegistry.read(), new NullProgressMonitor());
        target.close();
    }

    @Test
    void anOpenSessionIsUnfinishedAConcludedOneIsNot() {
        assertEquals(SessionOutcome.OPEN, session.getOutcome());
        assertTrue(SessionRecovery.unfinished(session));
        session.getFixAttempts().forEach(step -> {
            step.setOutcome(FixOutcome.SKIPPED);
            step.setFinishedAt(new Date());
        });
        for (SessionOutcome concluded : List.of(SessionOutcome.RESOLVED, SessionOutcome.UNRESOLVED,
                SessionOutcome.ESCALATED)) {
            session.setOutcome(concluded);
            assertFalse(SessionRecovery.unfinished(session), concluded.getLiteral());
        }
        session.setOutcome(SessionOutcome.OPEN);
        session.setClosedAt(new Date());
        assertFalse(SessionRecovery.unfinished(session), "closed by hand");
    }

    @Test
    void aSessionWithStepsStillPlannedIsUnfinishedWhateverItsOutcome() {
        // a step applied, its verification failed: the playbook concluded "unresolved" for now, two steps to go
        FixAttempt first = session.getFixAttempts().get(0);
        first.setStartedAt(new Date());
        first.setOutcome(FixOutcome.APPLIED);
        first.setVerificationResult(VerificationResult.FAILED);
        first.setFinishedAt(new Date());
        for (SessionOutcome outcome : SessionOutcome.VALUES) {
            session.setOutcome(outcome);
            assertTrue(SessionRecovery.unfinished(session), outcome.getLiteral());
        }
        assertEquals(session.getFixAttempts().subList(1, 3), SessionRecovery.remaining(session));
        assertEquals(1, SessionRecovery.finishedSteps(session));
        session.setClosedAt(new Date());
        assertFalse(SessionRecovery.unfinished(session), "closed by hand");
    }

    @Test
    void theTargetSpecIsWhatOpensTheTargetAgain() throws Exception {
        assertEquals("demo:0x8004de40", SessionRecovery.targetSpec(session), "the scenario the demo ran");
        session.getTarget().setLocation("/tmp/scenario.json");
        assertEquals("demo:/tmp/scenario.json", SessionRecovery.targetSpec(session));
        session.setTarget(null);
        assertEquals(null, SessionRecovery.targetSpec(session));
    }

    @Test
    void onlyStartedAndUnfinishedStepsAreInFlight() {
        List<FixAttempt> steps = session.getFixAttempts();
        assertEquals(3, steps.size());
        assertEquals(List.of(), SessionRecovery.inFlight(session), "planned steps have not started");
        steps.get(0).setStartedAt(new Date());
        steps.get(0).setFinishedAt(new Date());
        steps.get(0).setOutcome(FixOutcome.DECLINED);
        steps.get(1).setStartedAt(new Date());
        assertEquals(List.of(steps.get(1)), SessionRecovery.inFlight(session));
    }

    @Test
    void aStepInterruptedBeforeItAppliedIsCancelledAndCanBePlannedAgain() throws Exception {
        FixAttempt step = session.getFixAttempts().get(0);
        step.setStartedAt(new Date());

        assertEquals(List.of(step), SessionRecovery.markInterrupted(session));
        assertEquals(FixOutcome.CANCELLED, step.getOutcome());
        assertNotNull(step.getFinishedAt());
        assertTrue(step.getOutcomeMessage().startsWith("interrupted"), step.getOutcomeMessage());
        assertEquals(LogLevel.WARNING, step.getLog().get(step.getLog().size() - 1).getLevel());
        assertTrue(session.getLog().stream().anyMatch(entry -> entry.getMessage().startsWith(step.getFixId() + ": interrupted")));
        assertEquals(List.of(), SessionRecovery.inFlight(session));

        try (Target again = Targets.open("demo")) {
            List<FixAttempt> planned = Playbook.plan(session, again, FixRegistry.read(), new NullProgressMonitor());
            assertTrue(planned.stream().anyMatch(attempt -> attempt.getFixId().equals(step.getFixId())),
                    "a cancelled step is offered again");
        }
    }

    @Test
    void aStepInterruptedAfterItAppliedStaysAppliedButUnverified() {
        FixAttempt step = session.getFixAttempts().get(0);
        step.setStartedAt(new Date());
        step.setOutcome(FixOutcome.APPLIED);

        SessionRecovery.markInterrupted(session);
        assertEquals(FixOutcome.APPLIED, step.getOutcome());
        assertEquals(VerificationResult.NOT_RUN, step.getVerificationResult());
        assertTrue(step.getOutcomeMessage().contains("verify it again"), step.getOutcomeMessage());
    }
}
