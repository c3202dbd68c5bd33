package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triage.core.target.TargetAction;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.Severity;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionJob;
import org.triage.ui.session.SessionManager;
import org.triage.ui.views.PlaybookView;

/**
 * Undo in the Playbook view, on the demo tls12-disabled workstation: the step that enabled TLS 1.2 is applied, then
 * undone after a confirmation listing each registry value now and as restored; the step list shows the undo and the
 * re-diagnosis finds TLS 1.2 disabled again. A value changed since the step is refused, and nothing is put back.
 */
class PlaybookUndoTest {

    private static final String TLS = "m365.enable-tls12";
    private static final String CLIENT = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols"
            + "\\TLS 1.2\\Client";

    private SessionManager manager;
    private Shell shell;
    private Display display;

    @BeforeEach
    void openTheTlsScenarioAndApplyItsStep() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(PlaybookView.ID);
        shell = page.getWorkbenchWindow().getShell();
        display = shell.getDisplay();
        manager = ConsoleSessions.manager();
        waitForSessionJobs();
        new DiagnoseJob(manager, "demo:tls12-disabled", null, "test").schedule();
        waitForSessionJobs();
        assertNotNull(manager.session());
        assertTrue(tlsFound(manager.session()), "the scenario starts with TLS 1.2 disabled");

        Table playbook = table();
        UiConditions.waitUntil("the playbook shows the TLS step", () -> playbook.getItemCount() == 1
                && playbook.getItem(0).getData() == manager.session().getFixAttempts().get(0), 60_000);
        assertEquals(TLS, manager.session().getFixAttempts().get(0).getFixId());
        select(playbook, 0);
        assertFalse(button(PlaybookView.UNDO).isEnabled(), "a planned step cannot be undone");
        AtomicReference<String> apply = new AtomicReference<>();
        MessageDialogs.answer(display, "Apply Enable TLS 1.2 and the required cipher suites", PlaybookView.CONFIRM_LABEL,
                apply);
        click(PlaybookView.APPLY);
        waitForSessionJobs();
        assertNotNull(apply.get(), "the registry change was confirmed first");
        assertEquals(FixOutcome.APPLIED, manager.session().getFixAttempts().get(0).getOutcome());
        assertFalse(tlsFound(manager.session()), "the step fixed it");
    }

    @AfterAll
    static void reopenDefaultScenario() {
        new DiagnoseJob(ConsoleSessions.manager(), "demo", null, "test").schedule();
        UiConditions.waitUntil("the default scenario is open again",
                () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
    }

    @Test
    void undoShowsEachValueAsksFirstAndTheTlsCauseIsFoundAgain() {
        Table playbook = table();
        UiConditions.waitUntil("the applied step is shown", () -> playbook.getItem(0).getText(2).equals("applied"),
                60_000);
        select(playbook, 0);
        UiConditions.waitUntil("Undo is offered for the applied step", () -> button(PlaybookView.UNDO).isEnabled(),
                30_000);

        AtomicReference<String> cancelled = new AtomicReference<>();
        MessageDialogs.answer(display, "Undo Enable TLS 1.2 and the required cipher suites", "Cancel", cancelled);
        click(PlaybookView.UNDO);
        waitForSessionJobs();
        assertNotNull(cancelled.get(), "asked");
        assertEquals(1, manager.session().getFixAttempts().size(), "cancelled, yet something was recorded");
        assertFalse(tlsFound(manager.session()));

        select(playbook, 0);
        AtomicReference<String> confirmation = new AtomicReference<>();
        MessageDialogs.answer(display, "Undo Enable TLS 1.2 and the required cipher suites", PlaybookView.UNDO_LABEL,
                confirmation);
        click(PlaybookView.UNDO);
        waitForSessionJobs();

        String asked = confirmation.get();
        assertNotNull(asked, "asked");
        assertTrue(asked.contains("put back 3 registry value(s)"), asked);
        assertTrue(asked.contains(CLIENT + "\\Enabled: 1 \u2192 0"), asked);
        assertTrue(asked.contains(CLIENT + "\\DisabledByDefault: 0 \u2192 1"), asked);
        Session session = manager.session();
        assertEquals(2, session.getFixAttempts().size());
        FixAttempt undo = session.getFixAttempts().get(1);
        assertEquals("undo:" + TLS, undo.getFixId());
        assertEquals(FixOutcome.APPLIED, undo.getOutcome(), undo.getOutcomeMessage());
        assertEquals(3, undo.getChanges().stream().filter(c -> c.isSucceeded()).count());
        assertTrue(tlsFound(session), "the re-diagnosis shows TLS 1.2 disabled again");
        assertEquals(SessionOutcome.UNRESOLVED, session.getOutcome(), session.getOutcomeSummary());
        UiConditions.waitUntil("the step list shows the undo", () -> playbook.getItemCount() == 2
                && playbook.getItem(1).getText(1).contains("(undo:" + TLS + ")")
                && playbook.getItem(1).getText(2).equals("applied"), 30_000);
        select(playbook, 0);
        assertFalse(button(PlaybookView.UNDO).isEnabled(), "an undone step is not offered again");
    }

    @Test
    void aValueChangedSinceTheStepIsRefusedAndNothingIsPutBack() {
        // someone turned TLS 1.2 off again after the step
        assertTrue(manager.target().perform(new TargetAction.SetRegistryValue(CLIENT, "Enabled", "REG_DWORD", "1", "0"),
                new NullProgressMonitor()).succeeded());
        Table playbook = table();
        UiConditions.waitUntil("the applied step is shown", () -> playbook.getItem(0).getText(2).equals("applied"),
                60_000);
        select(playbook, 0);

        AtomicReference<String> refusal = new AtomicReference<>();
        MessageDialogs.answer(display, "Cannot undo Enable TLS 1.2 and the required cipher suites", "OK", refusal);
        click(PlaybookView.UNDO);
        waitForSessionJobs();

        assertNotNull(refusal.get(), "told why");
        assertTrue(refusal.get().contains("1 value(s) changed since " + TLS + " ran, so nothing is put back: " + CLIENT
                + "\\Enabled is 0 now, not 1 as the step left it"), refusal.get());
        assertEquals(1, manager.session().getFixAttempts().size(), "refused, yet an undo was recorded");
        assertEquals(Integer.valueOf(0), manager.target().tlsSettings(new NullProgressMonitor()).value()
                .protocol("TLS 1.2").orElseThrow().disabledByDefault(), "DisabledByDefault is left as the step set it");
    }

    private static boolean tlsFound(Session session) {
        return session.getFindings().stream()
                .anyMatch(f -> f.getCauseId().equals("tls12-disabled") && f.getSeverity() == Severity.ERROR);
    }

    private static void select(Table table, int row) {
        table.setSelection(row);
        table.notifyListeners(SWT.Selection, new Event());
    }

    private void waitForSessionJobs() {
        UiConditions.waitUntil("no session job is running", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0,
                60_000);
    }

    private Table table() {
        List<Table> tables = UiConditions.find(shell, Table.class, table -> PlaybookView.TABLE.equals(table.getData()));
        assertEquals(1, tables.size(), "tables for " + PlaybookView.TABLE);
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
