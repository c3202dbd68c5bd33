package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triage.app.SessionRestore;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.Target;
import org.triage.core.target.Targets;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.VerificationResult;
import org.triage.model.io.SessionFiles;
import org.triage.ui.handlers.OpenTargetHandler;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionJob;
import org.triage.ui.session.SessionManager;
import org.triage.ui.views.PlaybookView;

/**
 * The record never lies, worked through the console: Verify on a skipped step records nothing applied and the step
 * can be planned again; a session killed after a failed verification is offered at the next start and goes on at
 * the next step; Open Target asks before replacing an unfinished session.
 */
class PlaybookRecordTest {

    /** Clearing Credential Manager does not help while the token broker holds old tokens: its verification fails. */
    private static final String BROKER_CACHE_SCENARIO = """
            {
              "name": "lab-broker-cache",
              "hostname": "LAB-PC-07",
              "os": "Microsoft Windows 11 Enterprise 10.0.26100",
              "user": "kim@contoso.com",
              "passwordChangedMinutesAgo": 45,
              "symptom": { "code": "0x8004de40", "application": "OneDrive" },
              "credentials": [ { "targetName": "MicrosoftOffice16_Data:SSPI:kim@contoso.com",
                                 "user": "kim@contoso.com", "writtenMinutesAgo": 20000 } ],
              "registration": { "tenantId": "3c5e9a1d-8b7f-4e2a-9d61-7a0c4f2b8e15",
                                "deviceId": "0f6c2e8a-4b1d-4f3e-9a7c-5d2b8e1f0a63", "prtUpdatedMinutesAgo": 900 },
              "userFolders": { "%LOCALAPPDATA%\\\\Packages\\\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\\\AC\\\\TokenBroker\\\\Accounts":
                               [ { "name": "a3f9c1d2e4b5.tbacct", "writtenMinutesAgo": 20000 } ] }
            }
            """;

    private SessionManager manager;
    private Shell shell;
    private Display display;

    @BeforeEach
    void openTheDemo() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView("org.triage.ui.views.playbook");
        shell = page.getWorkbenchWindow().getShell();
        display = shell.getDisplay();
        manager = ConsoleSessions.manager();
        java.lang.reflect.Field viewsManager = org.triage.ui.views.SessionViewPart.class.getDeclaredField("manager");
        viewsManager.setAccessible(true);
        Object shown = viewsManager.get(page.findView("org.triage.ui.views.playbook"));
        assertTrue(shown == manager, "the Playbook view listens to the console's session manager, "
                + shown + " is not " + manager);
        waitForSessionJobs();
        new DiagnoseJob(manager, "demo", "0x8004de40", "test").schedule();
        waitForSessionJobs();
        assertNotNull(manager.session());
    }

    /** Leaves the console as it started, on the default demo scenario, whatever runs next. */
    @AfterAll
    static void reopenDefaultScenario() {
        new DiagnoseJob(ConsoleSessions.manager(), "demo", null, "test").schedule();
        UiConditions.waitUntil("the default scenario is open again",
                () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
    }

    @Test
    void verifyOnASkippedStepRecordsNothingAppliedAndTheStepCanBePlannedAgain() {
        Table playbook = table(PlaybookView.TABLE);
        UiConditions.waitUntil("the playbook shows the session just published", () -> playbook.getItemCount() == 3
                && playbook.getItem(0).getData() == manager.session().getFixAttempts().get(0), 60_000);
        List<String> cachedBefore = cached();
        select(playbook, 0);
        click(PlaybookView.SKIP);
        waitForSessionJobs();
        assertEquals(FixOutcome.SKIPPED, manager.session().getFixAttempts().get(0).getOutcome());

        UiConditions.waitUntil("the skipped step is shown", () -> playbook.getItem(0).getText(2).equals("skipped"), 60_000);
        select(playbook, 0);
        click(PlaybookView.VERIFY);
        waitForSessionJobs();

        FixAttempt verified = manager.session().getFixAttempts().get(0);
        assertEquals(FixOutcome.SKIPPED, verified.getOutcome(), verified.getOutcomeMessage());
        assertEquals("skipped by the operator", verified.getOutcomeMessage());
        assertTrue(verified.getChanges().isEmpty(), "nothing was changed");
        assertFalse(verified.getVerification().isEmpty(), "what was verified is recorded");
        assertTrue(verified.getLog().stream().anyMatch(e -> e.getMessage().startsWith("verified while skipped, "
                + "nothing applied by this step")), verified.getLog().toString());
        assertEquals(cachedBefore, cached(), "the workstation is unchanged");
        assertNotEquals(SessionOutcome.RESOLVED, manager.session().getOutcome());

        UiConditions.waitUntil("the verified step is shown", () -> playbook.getItem(0).getText(3).equals(
                verified.getVerificationResult().getLiteral()), 60_000);
        select(playbook, 0);
        assertEquals(PlaybookView.PLAN_AGAIN_LABEL, button(PlaybookView.SKIP).getText());
        click(PlaybookView.SKIP);
        waitForSessionJobs();
        assertEquals(FixOutcome.PLANNED, manager.session().getFixAttempts().get(0).getOutcome());
        UiConditions.waitUntil("the step is planned again", () -> playbook.getItem(0).getText(2).equals("planned"), 60_000);
        select(playbook, 0);
        assertTrue(button(PlaybookView.APPLY).isEnabled(), "it can be applied now");
        assertEquals("Skip", button(PlaybookView.SKIP).getText());
    }

    @Test
    void theCopyButtonCopiesTheStepAsInstructionsForTheUser() {
        Table playbook = table(PlaybookView.TABLE);
        UiConditions.waitUntil("the playbook shows the session just published", () -> playbook.getItemCount() == 3
                && playbook.getItem(0).getData() == manager.session().getFixAttempts().get(0), 60_000);
        select(playbook, 0);
        click(PlaybookView.COPY);
        Clipboard clipboard = new Clipboard(display);
        try {
            String copied = (String) clipboard.getContents(TextTransfer.getInstance());
            assertNotNull(copied, "something was copied");
            assertTrue(copied.contains("Step 1. Clear cached Microsoft 365 credentials\r\n"), copied);
            assertTrue(copied.contains("Command: cmdkey /delete:\"MicrosoftOffice16_Data:SSPI:alex@contoso.com\""), copied);
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void aSessionKilledAfterAFailedVerificationIsOfferedAndResumesAtTheNextStep() throws Exception {
        Path folder = Files.createTempDirectory("killed");
        Path scenario = Files.writeString(folder.resolve("scenario.json"), BROKER_CACHE_SCENARIO, StandardCharsets.UTF_8);
        Path saved = folder.resolve("current.xmi");
        Session killed;
        try (Target target = Targets.open("demo:" + scenario)) {
            killed = Diagnosis.newSession(target, null, null, "test");
            Diagnosis.run(killed, target, DiagnosisEngine.standard(), FixRegistry.read(), new NullProgressMonitor());
            // what the console does for one step: apply it, then conclude for the moment; then it is killed
            PlaybookRunner runner = new PlaybookRunner(DiagnosisEngine.standard(), FixRegistry.read(), target, killed);
            runner.runStep(killed.getFixAttempts().get(0), (attempt, preview) -> true, new NullProgressMonitor());
            runner.conclude();
        }
        FixAttempt first = killed.getFixAttempts().get(0);
        assertEquals(VerificationResult.FAILED, first.getVerificationResult(), first.getOutcomeMessage());
        assertEquals(SessionOutcome.UNRESOLVED, killed.getOutcome(), "concluded unresolved for the moment");
        SessionFiles.save(killed, saved);
        Date firstStarted = first.getStartedAt();

        AtomicReference<String> question = new AtomicReference<>();
        MessageDialogs.answer(display, SessionRestore.TITLE, SessionRestore.RESUME, question);
        assertTrue(new SessionRestore(manager, saved).offer(shell), "offered and resumed");
        UiConditions.waitUntil("the session is resumed", () -> manager.session() != null
                && manager.session().getId().equals(killed.getId())
                && Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
        assertTrue(question.get().contains("resuming goes on with Reset OneDrive (m365.onedrive-reset)"), question.get());
        assertTrue(question.get().contains("Outcome so far: unresolved"), question.get());
        assertNotNull(manager.target(), "the scenario was opened again from its file");

        Table playbook = table(PlaybookView.TABLE);
        try {
            UiConditions.waitUntil("the playbook shows the resumed session", () -> playbook.getItemCount() == 3
                    && playbook.getItem(1).getData() == manager.session().getFixAttempts().get(1), 60_000);
        } catch (AssertionError e) {
            List<String> rows = java.util.Arrays.stream(playbook.getItems())
                    .map(item -> item.getText(1) + " " + item.getText(2) + " " + (item.getData() instanceof FixAttempt a
                            ? a.getId() : null)).toList();
            throw new AssertionError(e.getMessage() + "; the table shows " + rows + ", the session has "
                    + manager.session().getFixAttempts().stream().map(a -> a.getFixId() + " " + a.getOutcome() + " "
                            + a.getId()).toList(), e);
        }
        select(playbook, 1);
        AtomicReference<String> confirmation = new AtomicReference<>();
        MessageDialogs.answer(display, "Apply Reset OneDrive", PlaybookView.CONFIRM_LABEL, confirmation);
        click(PlaybookView.APPLY);
        waitForSessionJobs();

        Session resumed = manager.session();
        assertEquals(firstStarted, resumed.getFixAttempts().get(0).getStartedAt(), "the first step was not run again");
        assertEquals(VerificationResult.FAILED, resumed.getFixAttempts().get(0).getVerificationResult());
        FixAttempt reset = resumed.getFixAttempts().get(1);
        assertEquals(FixOutcome.APPLIED, reset.getOutcome(), reset.getOutcomeMessage());
        assertEquals(FixOutcome.PLANNED, resumed.getFixAttempts().get(2).getOutcome());
        assertTrue(confirmation.get().contains("cannot simply be undone"), confirmation.get());
    }

    @Test
    void openTargetAsksBeforeReplacingAnUnfinishedSession() throws Exception {
        Session open = manager.session();
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);

        AtomicReference<String> question = new AtomicReference<>();
        MessageDialogs.answer(display, OpenTargetHandler.REPLACE_TITLE, "Cancel", question);
        handlers.executeCommand("org.triage.ui.openTarget", null);
        assertNotNull(question.get(), "asked");
        assertTrue(question.get().contains("Session " + open.getId() + " on demo:0x8004de40 is unfinished"),
                question.get());
        manager.keptFile(open).ifPresent(kept -> assertTrue(question.get().contains("keeps it in " + kept),
                question.get()));
        assertTrue(MessageDialogs.visible(display, "Open Target") == null, "cancelled: no target is chosen");
        assertEquals(open.getId(), manager.session().getId(), "the unfinished session is still open");

        AtomicReference<String> again = new AtomicReference<>();
        MessageDialogs.answer(display, OpenTargetHandler.REPLACE_TITLE, OpenTargetHandler.REPLACE, again);
        AtomicReference<String> chooser = new AtomicReference<>();
        answerShell("Open Target", "Cancel", chooser);
        handlers.executeCommand("org.triage.ui.openTarget", null);
        assertNotNull(again.get());
        assertNotNull(chooser.get(), "confirmed: the Open Target dialog follows");
        assertEquals(open.getId(), manager.session().getId(), "nothing opened: the dialog was cancelled");
    }

    private void answerShell(String title, String button, AtomicReference<String> seen) {
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = MessageDialogs.visible(display, title);
            if (dialog == null) {
                display.timerExec(50, poll[0]);
                return;
            }
            seen.set(title);
            UiConditions.find(dialog, Button.class, b -> b.getText().replace("&", "").equals(button)).get(0)
                    .notifyListeners(SWT.Selection, new Event());
        };
        display.timerExec(50, poll[0]);
    }

    private List<String> cached() {
        return manager.target().credentials(new NullProgressMonitor()).value().stream()
                .map(CachedCredential::targetName).sorted().toList();
    }

    private static void select(Table table, int row) {
        table.setSelection(row);
        table.notifyListeners(SWT.Selection, new Event());
    }

    private void waitForSessionJobs() {
        UiConditions.waitUntil("no session job is running", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0,
                30_000);
    }

    private Table table(String key) {
        List<Table> tables = UiConditions.find(shell, Table.class, table -> key.equals(table.getData()));
        assertEquals(1, tables.size(), "tables for " + key);
        return tables.get(0);
    }

    private Button button(String key) {
        List<Button> buttons = UiConditions.find(shell, Button.class, b -> key.equals(b.getData()));
        assertEquals(1, buttons.size(), "buttons for " + key);
        return buttons.get(0);
    }

    private void click(String key) {
        Button button = button(key);
        assertTrue(button.isEnabled(), key + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }
}
