package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triage.app.SessionRestore;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.target.Target;
import org.triage.core.target.Targets;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.io.SessionFiles;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.SessionJob;
import org.triage.ui.session.SessionManager;

/**
 * The next start after a crash: an unfinished session is offered for resuming instead of being reopened silently;
 * resuming records the step in flight as interrupted and reopens the target; starting fresh keeps the session.
 */
class SessionRestoreTest {

    private SessionManager manager;
    private Shell shell;
    private Display display;
    private Path saved;
    /** Set once the offer of the running test returned, so that no answer outlives its test. */
    private volatile boolean offered;

    @BeforeEach
    void saveAnUnfinishedSession() throws Exception {
        manager = ConsoleSessions.manager();
        shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        display = shell.getDisplay();
        UiConditions.waitUntil("no session job is running", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0,
                30_000);
        Session session;
        try (Target target = Targets.open("demo")) {
            session = Diagnosis.newSession(target, null, null, "test");
            Diagnosis.run(session, target, DiagnosisEngine.standard(), FixRegistry.read(), new NullProgressMonitor());
        }
        // the console died while the first step was being applied
        session.getFixAttempts().get(0).setStartedAt(new Date());
        saved = Files.createTempDirectory("sessions").resolve("current.xmi");
        SessionFiles.save(session, saved);
    }

    @Test
    void resumingReopensTheTargetAndRecordsTheStepInFlightAsInterrupted() throws Exception {
        Session before = SessionFiles.load(saved);
        AtomicReference<String> question = new AtomicReference<>();
        display.timerExec(200, () -> answer(SessionRestore.RESUME, question));

        boolean resuming = new SessionRestore(manager, saved).offer(shell);
        offered = true;
        assertTrue(resuming, "resumed");
        UiConditions.waitUntil("the session is resumed", () -> manager.session() != null
                && manager.session().getId().equals(before.getId())
                && Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);

        assertTrue(question.get().contains("session " + before.getId()), question.get());
        assertTrue(question.get().contains("In flight when it stopped") && question.get()
                .contains("m365.clear-cached-credentials"), question.get());
        Session resumed = manager.session();
        FixAttempt interrupted = resumed.getFixAttempts().get(0);
        assertEquals(FixOutcome.CANCELLED, interrupted.getOutcome());
        assertTrue(interrupted.getOutcomeMessage().startsWith("interrupted"), interrupted.getOutcomeMessage());
        assertEquals(FixOutcome.PLANNED, resumed.getFixAttempts().get(1).getOutcome(), "the next step is still planned");
        assertNotNull(manager.target(), "the demo target was opened again: the playbook goes on");
        assertEquals("demo", manager.target().info().kind());
        assertTrue(resumed.getLog().stream().anyMatch(entry -> entry.getMessage().startsWith("resumed after the console "
                + "stopped")));
    }

    @Test
    void startingFreshKeepsTheUnfinishedSessionBesideIt() throws IOException {
        String id = SessionFiles.load(saved).getId();
        AtomicReference<String> question = new AtomicReference<>();
        display.timerExec(200, () -> answer(SessionRestore.START_FRESH, question));

        boolean resumed = new SessionRestore(manager, saved).offer(shell);
        offered = true;
        assertFalse(resumed, "the console starts fresh");
        assertFalse(Files.exists(saved));
        Path kept = saved.resolveSibling(id + ".xmi");
        assertTrue(Files.isRegularFile(kept), "kept as " + kept);
        assertEquals(id, SessionFiles.load(kept).getId());
        assertTrue(question.get().contains("Starting fresh keeps it in " + kept), question.get());
    }

    @Test
    void aFinishedSessionIsKeptWithoutAsking() throws IOException {
        Session finished = SessionFiles.load(saved);
        finished.getFixAttempts().get(0).setFinishedAt(new Date());
        // resolved: the steps still planned were skipped as not needed, as the playbook concludes
        finished.getFixAttempts().stream().filter(step -> step.getOutcome() == FixOutcome.PLANNED).forEach(step -> {
            step.setOutcome(FixOutcome.SKIPPED);
            step.setFinishedAt(new Date());
        });
        finished.setOutcome(SessionOutcome.RESOLVED);
        SessionFiles.save(finished, saved);
        // were it asked, the dialog's event loop would run this watch, which notes it and answers
        AtomicBoolean asked = new AtomicBoolean();
        AtomicBoolean returned = new AtomicBoolean();
        Runnable[] watch = new Runnable[1];
        watch[0] = () -> {
            if (returned.get()) {
                return;
            }
            Shell dialog = open(SessionRestore.TITLE);
            if (dialog != null) {
                asked.set(true);
                UiConditions.find(dialog, Button.class, b -> b.getText().replace("&", "").equals(SessionRestore.START_FRESH))
                        .get(0).notifyListeners(SWT.Selection, new Event());
            } else {
                display.timerExec(50, watch[0]);
            }
        };
        display.timerExec(0, watch[0]);

        assertFalse(new SessionRestore(manager, saved).offer(shell));
        returned.set(true);
        assertFalse(asked.get(), "a finished session is not offered");
        assertTrue(Files.isRegularFile(saved.resolveSibling(finished.getId() + ".xmi")));
    }

    @Test
    void aDamagedSaveIsKeptAsideAndTheConsoleStartsFresh() throws IOException {
        Files.writeString(saved, "<?xml version=\"1.0\"?><triage:Session");
        assertFalse(new SessionRestore(manager, saved).offer(shell));
        assertFalse(Files.exists(saved));
        try (var files = Files.list(saved.getParent())) {
            assertTrue(files.anyMatch(file -> file.getFileName().toString().startsWith("damaged-")));
        }
    }

    /** Answers the dialog once it shows; gives up once the question was asked elsewhere or the offer returned. */
    private void answer(String button, AtomicReference<String> question) {
        if (offered) {
            return;
        }
        Shell dialog = open(SessionRestore.TITLE);
        if (dialog == null) {
            display.timerExec(100, () -> answer(button, question));
            return;
        }
        question.set(UiConditions.find(dialog, Label.class, label -> label.getText().length() > 40).get(0).getText());
        UiConditions.find(dialog, Button.class, b -> b.getText().replace("&", "").equals(button)).get(0)
                .notifyListeners(SWT.Selection, new Event());
    }

    private Shell open(String title) {
        for (Shell candidate : display.getShells()) {
            if (!candidate.isDisposed() && candidate.isVisible() && candidate.getText().equals(title)) {
                return candidate;
            }
        }
        return null;
    }
}
