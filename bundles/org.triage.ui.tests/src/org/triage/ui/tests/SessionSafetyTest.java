package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.app.SessionRestore;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.target.Target;
import org.triage.core.target.Targets;
import org.triage.model.Session;
import org.triage.model.io.SessionFiles;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionJob;
import org.triage.ui.session.SessionManager;

/** Opening another target never loses the session that was open, and never pulls the target from under a step. */
class SessionSafetyTest {

    @TempDir
    Path folder;

    private static Session diagnosed(String spec) throws Exception {
        try (Target target = Targets.open(spec)) {
            Session session = Diagnosis.newSession(target, null, null, "test");
            Diagnosis.run(session, target, DiagnosisEngine.standard(), FixRegistry.read(), new NullProgressMonitor());
            return session;
        }
    }

    @Test
    void openingAnotherSessionKeepsTheOneThatWasOpenUnderItsId() throws Exception {
        SessionManager manager = new SessionManager();
        Path current = folder.resolve("current.xmi");
        manager.saveTo(current);
        Session first = diagnosed("demo");
        Session second = diagnosed("demo:healthy-split-tunnel");

        manager.open(first, null);
        manager.open(second, null);

        assertEquals(second.getId(), SessionFiles.load(current).getId());
        Path kept = folder.resolve(first.getId() + ".xmi");
        assertEquals(first.getId(), SessionFiles.load(kept).getId(), "the first session was saved over");
        assertEquals(first.getFixAttempts().size(), SessionFiles.load(kept).getFixAttempts().size());

        manager.open(second, null); // the same session again, as a resume opens it: nothing more to keep
        assertFalse(Files.exists(folder.resolve(second.getId() + ".xmi")));
    }

    @Test
    void aConsoleStartedForATargetSetsTheSavedUnfinishedSessionAside() throws Exception {
        Session unfinished = diagnosed("demo");
        unfinished.getFixAttempts().get(0).setStartedAt(new Date()); // killed while the first step ran
        Path current = folder.resolve("current.xmi");
        SessionFiles.save(unfinished, current);

        new SessionRestore(new SessionManager(), current).setAside();

        assertFalse(Files.exists(current), "the next save would overwrite it");
        Session kept = SessionFiles.load(folder.resolve(unfinished.getId() + ".xmi"));
        assertEquals(unfinished.getFixAttempts().get(0).getStartedAt(), kept.getFixAttempts().get(0).getStartedAt());
    }

    @Test
    void aDiagnosisWaitsUntilTheStepActingOnTheTargetIsDone() throws Exception {
        CountDownLatch stepRunning = new CountDownLatch(1);
        CountDownLatch stepMayEnd = new CountDownLatch(1);
        Job step = Job.create("a playbook step acting on the target", monitor -> {
            stepRunning.countDown();
            try {
                stepMayEnd.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Status.OK_STATUS;
        });
        step.setRule(SessionJob.RULE);
        step.schedule();
        assertTrue(stepRunning.await(30, TimeUnit.SECONDS), "the step did not start");
        SessionManager manager = new SessionManager();
        DiagnoseJob diagnose = new DiagnoseJob(manager, "demo", null, "test");

        diagnose.schedule();

        assertFalse(diagnose.join(1_000, null), "the diagnosis ran while the step held the session");
        assertNull(manager.session());
        stepMayEnd.countDown();
        assertTrue(diagnose.join(60_000, null), "the diagnosis did not run after the step");
        assertEquals("demo", manager.target().info().kind());
    }
}
