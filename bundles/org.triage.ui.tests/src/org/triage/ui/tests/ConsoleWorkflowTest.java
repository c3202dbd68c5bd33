package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.VerificationResult;
import org.triage.ui.credentials.CredentialsView;
import org.triage.ui.endpoints.EndpointTestsView;
import org.triage.ui.handlers.OpenTargetHandler;
import org.triage.ui.registration.DeviceRegistrationView;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionJob;
import org.triage.ui.session.SessionManager;
import org.triage.ui.views.PlaybookView;
import org.triage.ui.views.SessionView;
import org.triage.ui.vpn.VpnStateView;

/**
 * A 0x8004de40 ticket worked in the console: the demo target fills the four views, the first playbook step
 * is applied through the UI after its confirmation, and a hanging probe neither blocks the UI nor resists
 * cancellation.
 */
class ConsoleWorkflowTest {

    private static final String[] VIEWS = { "org.triage.ui.views.credentials", "org.triage.ui.views.vpn",
            "org.triage.ui.views.endpoints", "org.triage.ui.views.registration", "org.triage.ui.views.playbook" };

    private SessionManager manager;
    private Shell shell;

    @BeforeEach
    void openDemoTarget() throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        for (String view : VIEWS) {
            page.showView(view);
        }
        shell = page.getWorkbenchWindow().getShell();
        manager = ConsoleSessions.manager();
        waitForSessionJobs();
        new DiagnoseJob(manager, "demo", "0x8004de40", "test").schedule();
        waitForSessionJobs();
        assertNotNull(manager.session());
        assertEquals("demo", manager.session().getTarget().getKind());
    }

    /** Leaves the console as it started, on the default demo scenario, whatever runs next. */
    @AfterAll
    static void reopenDefaultScenario() {
        new DiagnoseJob(ConsoleSessions.manager(), "demo", null, "test").schedule();
        UiConditions.waitUntil("the default scenario is open again",
                () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
    }

    @Test
    void theFourViewsFillIn() {
        UiConditions.waitUntil("the playbook shows the session just published",
                () -> table(PlaybookView.TABLE).getItemCount() > 0
                        && table(PlaybookView.TABLE).getItem(0).getData() == manager.session().getFixAttempts().get(0),
                5_000);
        UiConditions.waitUntil("the credentials table lists the 8 cached credentials",
                () -> rows(CredentialsView.TABLE).size() == 8, 5_000);
        assertEquals(4, rows(CredentialsView.TABLE).stream().filter(row -> row.getText(5).contains("removed")).count(),
                "the four Microsoft 365 entries are marked as removed by the playbook");
        assertEquals(1, rows(VpnStateView.CONNECTIONS).size());
        assertEquals("no (full tunnel)", rows(VpnStateView.CONNECTIONS).get(0).getText(3));
        assertEquals(2, rows(VpnStateView.ENTRA_ROUTES).size());
        assertEquals("yes", rows(VpnStateView.ENTRA_ROUTES).get(0).getText(4), "Entra ID goes through the tunnel");
        assertEquals(8, rows(EndpointTestsView.TABLE).size());
        TableItem login = rows(EndpointTestsView.TABLE).get(0);
        List<String> headers = java.util.Arrays.stream(table(EndpointTestsView.TABLE).getColumns())
                .map(column -> column.getText()).toList();
        for (String step : List.of("DNS ms", "TCP ms", "TLS ms", "HTTP ms")) {
            assertTrue(login.getText(headers.indexOf(step)).matches("\\d+"), step + ": " + login.getText(headers.indexOf(step)));
        }
        UiConditions.waitUntil("the Device Registration view shows the meaning of AADSTS50126",
                () -> rows(DeviceRegistrationView.SUMMARY).stream()
                        .anyMatch(row -> row.getText(1).startsWith("AADSTS50126")), 5_000);
        assertEquals(3, rows(PlaybookView.TABLE).size());
    }

    @Test
    void applyingTheFirstStepThroughTheUiRemovesTheCredentialsAndRecordsTheAttempt() {
        Table playbook = table(PlaybookView.TABLE);
        UiConditions.waitUntil("the playbook shows the steps of the session just published",
                () -> playbook.getItemCount() == 3
                        && playbook.getItem(0).getData() == manager.session().getFixAttempts().get(0), 5_000);
        assertTrue(rows(PlaybookView.TABLE).get(0).getText(1).contains("m365.clear-cached-credentials"));
        playbook.setSelection(0);
        playbook.notifyListeners(SWT.Selection, new Event());
        assertTrue(text(PlaybookView.DETAILS).contains("cmdkey /delete:\"MicrosoftOffice16_Data:SSPI:alex@contoso.com\""),
                "the preview names exactly what will be removed");

        AtomicBoolean confirmed = new AtomicBoolean();
        Display display = shell.getDisplay();
        display.timerExec(200, () -> confirm(display, confirmed));
        click(PlaybookView.APPLY);
        assertTrue(confirmed.get(), "the destructive step asked for confirmation");
        waitForSessionJobs();

        Session session = manager.session();
        FixAttempt attempt = session.getFixAttempts().get(0);
        assertEquals(FixOutcome.APPLIED, attempt.getOutcome(), attempt.getOutcomeMessage() + " " + attempt.getLog());
        assertEquals(VerificationResult.PASSED, attempt.getVerificationResult());
        assertEquals(5, attempt.getChanges().size());
        assertTrue(attempt.getChanges().stream().allMatch(change -> change.isSucceeded()));
        UiConditions.waitUntil("the Microsoft 365 credentials are gone from the Credentials view",
                () -> rows(CredentialsView.TABLE).size() == 4, 10_000);
        assertTrue(rows(CredentialsView.TABLE).stream().noneMatch(row -> row.getText(0).startsWith("MicrosoftOffice16")));

        UiConditions.waitUntil("the Session view records the attempt and its verification",
                () -> rows(SessionView.TIMELINE).stream().anyMatch(row -> row.getText(3)
                        .startsWith("m365.clear-cached-credentials, verification passed")), 5_000);
        assertEquals("resolved", manager.session().getOutcome().getLiteral());
        assertTrue(label(SessionView.OUTCOME).startsWith("resolved"), label(SessionView.OUTCOME));
    }

    @Test
    void propertiesShowTheFactsOfTheSelectedRow() throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        page.showView("org.triage.ui.views.credentials");
        UiConditions.waitUntil("the credentials table is filled", () -> table(CredentialsView.TABLE).getItemCount() == 8,
                5_000);
        Table credentials = table(CredentialsView.TABLE);
        credentials.setFocus();
        credentials.setSelection(0);
        credentials.notifyListeners(SWT.Selection, new Event());
        PropertySheet properties = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
        try {
            UiConditions.waitUntil("the Properties view lists the fields of the selected credential",
                    () -> propertyRows(properties).contains("TargetName=MicrosoftOffice16_Data:SSPI:alex@contoso.com"),
                    5_000);
            UiConditions.waitUntil("the Properties view offers the raw evidence the row was read from",
                    () -> propertyRows(properties).contains("cmdkey /list=cmdkey /list"), 5_000);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it shows " + propertyRows(properties)
                    + ", page " + properties.getCurrentPage(), e);
        }
    }

    @Test
    void selectingAFindingSelectsItsEvidenceAndShowsTheFindingInProperties() throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        page.showView("org.triage.ui.views.session");
        Table timeline = table(SessionView.TIMELINE);
        int finding = -1;
        for (int i = 0; i < timeline.getItemCount(); i++) {
            if (timeline.getItem(i).getText(1).equals("finding")
                    && timeline.getItem(i).getText(3).startsWith("stale-cached-credentials")) {
                finding = i;
            }
        }
        assertTrue(finding >= 0, "no stale-cached-credentials finding in the timeline");
        timeline.setFocus();
        timeline.setSelection(finding);
        timeline.notifyListeners(SWT.Selection, new Event());

        List<String> selected = java.util.Arrays.stream(timeline.getSelection())
                .map(item -> item.getText(1) + " " + item.getText(3).split(":")[0]).toList();
        assertTrue(selected.contains("observation credentials.cached") && selected.contains("observation registration.dsregcmd"),
                "the finding's evidence is selected with it: " + selected);
        PropertySheet properties = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
        UiConditions.waitUntil("the Properties view shows the finding",
                () -> propertyRows(properties).contains("Cause Id=stale-cached-credentials"), 5_000);
    }

    /** Every row of the Properties view as name=value, categories expanded. */
    private static List<String> propertyRows(PropertySheet properties) {
        Control control = properties.getCurrentPage().getControl();
        if (!(control instanceof Tree tree)) {
            return List.of();
        }
        List<String> rows = new java.util.ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            item.setExpanded(true);
            rows.add(item.getText(0) + "=" + item.getText(1));
            for (TreeItem child : item.getItems()) {
                rows.add(child.getText(0) + "=" + child.getText(1));
            }
        }
        return rows;
    }

    @Test
    void openTargetDialogOpensTheChosenScenario() throws Exception {
        Display display = shell.getDisplay();
        AtomicBoolean answered = new AtomicBoolean();
        display.timerExec(200, () -> chooseScenario(display, "vpn-stale-dns", answered));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.triage.ui.openTarget", null);
        assertTrue(answered.get(), "the Open Target dialog was shown and answered");
        UiConditions.waitUntil("the chosen scenario is diagnosed",
                () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0
                        && "vpn-stale-dns".equals(manager.session().getTarget().getLocation()), 20_000);
        assertEquals("0x8004de40", manager.session().getSymptom().getCode());
        assertEquals("m365.vpn-reconnect-flush-dns", manager.session().getFixAttempts().get(0).getFixId());
    }

    private static void chooseScenario(Display display, String scenario, AtomicBoolean answered) {
        for (Shell open : display.getShells()) {
            // the open session is unfinished: the console asks before replacing it
            if (open.isVisible() && OpenTargetHandler.REPLACE_TITLE.equals(open.getText())) {
                UiConditions.find(open, Button.class, b -> OpenTargetHandler.REPLACE.equals(b.getText().replace("&", "")))
                        .get(0).notifyListeners(SWT.Selection, new Event());
                display.timerExec(100, () -> chooseScenario(display, scenario, answered));
                return;
            }
            if (open.isVisible() && "Open Target".equals(open.getText())) {
                Combo scenarios = UiConditions.find(open, Combo.class, combo -> combo.indexOf(scenario) >= 0).get(0);
                scenarios.select(scenarios.indexOf(scenario));
                Button inspect = UiConditions.find(open, Button.class, b -> "Inspect".equals(b.getText())).get(0);
                answered.set(true);
                inspect.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        display.timerExec(100, () -> chooseScenario(display, scenario, answered));
    }

    private static void confirm(Display display, AtomicBoolean confirmed) {
        for (Shell open : display.getShells()) {
            if (open.isVisible() && open.getText().startsWith("Apply ")) {
                List<Button> apply = UiConditions.find(open, Button.class,
                        button -> PlaybookView.CONFIRM_LABEL.equals(button.getText().replace("&", "")));
                if (!apply.isEmpty()) {
                    confirmed.set(true);
                    apply.get(0).notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
        }
        display.timerExec(100, () -> confirm(display, confirmed));
    }

    @Test
    void aHangingProbeDoesNotBlockTheUiAndCanBeCancelled() throws IOException {
        Session before = manager.session();
        Path scenario = slowScenario();
        DiagnoseJob slow = new DiagnoseJob(manager, "demo:" + scenario, "0x8004de40", "test");
        slow.schedule();
        UiConditions.waitUntil("the diagnosis is running", () -> slow.getState() == Job.RUNNING, 5_000);

        AtomicBoolean uiAnswered = new AtomicBoolean();
        Display display = shell.getDisplay();
        new Thread(() -> display.asyncExec(() -> uiAnswered.set(true))).start();
        // a guard, not a speed bound: the probe hangs for ten minutes, so an answer within the guard shows the UI free
        UiConditions.waitUntil("the UI thread runs other work while the probe hangs", uiAnswered::get, 60_000);
        assertEquals(Job.RUNNING, slow.getState(), "the probe is still hanging");

        slow.cancel();
        // the probe would hang for ten minutes: ending within the guard means the cancellation reached it
        UiConditions.waitUntil("the cancelled diagnosis ends", () -> slow.getState() == Job.NONE, 60_000);
        assertEquals(IStatus.CANCEL, slow.getResult().getSeverity());
        assertSame(before, manager.session(), "a cancelled diagnosis replaces nothing");
    }

    /** The default scenario, with endpoint tests that take ten minutes. */
    private static Path slowScenario() throws IOException {
        try (InputStream in = Platform.getBundle("org.triage.demo").getEntry("scenarios/0x8004de40.json").openStream()) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"latencyMillis\": 30", "\"latencyMillis\": 30, \"probeDelayMillis\": 600000");
            assertTrue(json.contains("probeDelayMillis"), "test precondition: the delay was added");
            Path file = Files.createTempFile("slow-scenario", ".json");
            Files.writeString(file, json);
            return file;
        }
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

    private List<TableItem> rows(String key) {
        return List.of(table(key).getItems());
    }

    private String text(String key) {
        return UiConditions.find(shell, Text.class, t -> key.equals(t.getData())).get(0).getText();
    }

    private String label(String key) {
        return UiConditions.find(shell, Label.class, l -> key.equals(l.getData())).get(0).getText();
    }

    private void click(String key) {
        List<Button> buttons = UiConditions.find(shell, Button.class, b -> key.equals(b.getData()));
        assertEquals(1, buttons.size(), "buttons for " + key);
        assertTrue(buttons.get(0).isEnabled(), key + " is enabled");
        assertFalse(buttons.get(0).isDisposed());
        buttons.get(0).notifyListeners(SWT.Selection, new Event());
    }
}
