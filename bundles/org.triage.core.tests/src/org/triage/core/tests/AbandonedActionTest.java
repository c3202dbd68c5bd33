package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.Playbook;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.session.Sessions;
import org.triage.core.target.ActionResult;
import org.triage.core.tests.support.ScriptedTarget;
import org.triage.model.Change;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.Severity;
import org.triage.model.TriageFactory;

/**
 * A command that is still running when its fix is abandoned at the fix's timeout stays in the session's record, with
 * its exact command, as started and of unknown outcome; what it does later changes nothing in the record.
 */
class AbandonedActionTest {

    @Test
    void anActionStillRunningAtTheFixTimeoutIsRecordedAsStartedWithItsCommand() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        ScriptedTarget target = new ScriptedTarget().acting(action -> {
            running.countDown();
            // a hung command: being abandoned (an interrupt) does not end it, only the test does
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (mayFinish.getCount() > 0 && System.nanoTime() < deadline) {
                try {
                    mayFinish.await(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    // ignored, as a process that does not stop when asked
                }
            }
            finished.countDown();
            return ActionResult.done("finished after all", action.command());
        });
        Session session = Sessions.create(target.info(), null, "test");
        Finding finding = TriageFactory.eINSTANCE.createFinding();
        finding.setId(Sessions.newId("finding"));
        finding.setCauseId("test-cause.action-hangs");
        finding.setSeverity(Severity.ERROR);
        finding.setRuleId("test");
        session.getFindings().add(finding);
        FixRegistry registry = FixRegistry.read();
        List<FixAttempt> planned = Playbook.plan(session, target, registry, new NullProgressMonitor());
        assertEquals(List.of("test.action-hangs"), planned.stream().map(FixAttempt::getFixId).toList());

        new PlaybookRunner(DiagnosisEngine.standard(), registry, target, session).runAll((attempt, preview) -> true,
                new NullProgressMonitor());

        assertEquals(0, running.getCount(), "the action never started");
        FixAttempt attempt = planned.get(0);
        assertEquals(FixOutcome.FAILED, attempt.getOutcome(), attempt.getOutcomeMessage());
        assertTrue(attempt.getOutcomeMessage().contains("did not finish within 1.0 s"), attempt.getOutcomeMessage());
        assertEquals(1, attempt.getChanges().size(), "the running command is missing from the record");
        Change change = attempt.getChanges().get(0);
        assertEquals("command.run", change.getAction());
        assertTrue(change.getCommand().contains("triage-test --well-behaved"), change.getCommand());
        assertFalse(change.isSucceeded());
        assertTrue(change.getResult().startsWith("started, and still running when the fix was abandoned"),
                change.getResult());

        mayFinish.countDown();
        assertTrue(finished.await(30, TimeUnit.SECONDS));
        assertTrue(change.getResult().startsWith("started"), "the record changed after the fix was abandoned: "
                + change.getResult());
    }
}
