package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.IViewDescriptor;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.PlaybookStepJob;
import org.triage.ui.session.SessionJob;
import org.triage.ui.session.SessionManager;
import org.triage.ui.views.PlaybookView;
import org.triage.ui.views.SessionView;

/**
 * The console as an admin under pressure reads it: the verdict on top of the Session view in plain words, the result
 * page once the playbook is done, the keys for the playbook's steps, the Error Log with a bad contribution in it, and
 * no Welcome or Outline view that does nothing.
 */
class ConsoleAtAGlanceTest {

    private static final Pattern GUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private SessionManager manager;
    private Shell shell;
    private IWorkbenchPage page;

    @BeforeEach
    void openDemoTarget() throws PartInitException {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView("org.triage.ui.views.session");
        page.showView(PlaybookView.ID);
        shell = page.getWorkbenchWindow().getShell();
        manager = ConsoleSessions.manager();
        waitForSessionJobs();
        Session before = manager.session();
        new DiagnoseJob(manager, "demo", "0x8004de40", "test").schedule();
        waitForSessionJobs();
        assertNotNull(manager.session());
        assertTrue(manager.session() != before && manager.session().getFixAttempts().stream()
                .allMatch(a -> a.getOutcome() == FixOutcome.PLANNED), "a freshly diagnosed session is shown");
    }

    @AfterAll
    static void reopenDefaultScenario() {
        new DiagnoseJob(ConsoleSessions.manager(), "demo", null, "test").schedule();
        UiConditions.waitUntil("the default scenario is open again",
                () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
    }

    @Test
    void theVerdictNamesWhatIsWrongInPlainWordsWhichStepFixesItAndWhatToDoNow() {
        UiConditions.waitUntil("the verdict shows the session just diagnosed",
                () -> verdict().contains("1. Clear cached Microsoft 365 credentials — to do"), 10_000);
        String verdict = verdict();
        assertTrue(verdict.startsWith("3 problems found."), verdict);
        assertTrue(verdict.contains("• Cached credentials are stale: Entra ID rejected the password"), verdict);
        assertTrue(verdict.contains("AADSTS50126: The password presented is not the user's"),
                "the AADSTS code is told with its meaning: " + verdict);
        assertTrue(verdict.contains("• The Primary Refresh Token is missing or stale"), verdict);
        assertTrue(verdict.contains("• Sign-in traffic goes through a full-tunnel VPN"), verdict);
        assertTrue(verdict.contains("fixed by step 1 (Clear cached Microsoft 365 credentials)"), verdict);
        assertTrue(verdict.contains("1. Clear cached Microsoft 365 credentials — to do"), verdict);
        assertTrue(verdict.contains("What to do now: Apply step 1, Clear cached Microsoft 365 credentials"), verdict);
        // ids, trace ids and the whole server error text stay in the details
        assertFalse(verdict.contains("stale-cached-credentials"), verdict);
        assertFalse(verdict.contains("prt-missing-or-stale"), verdict);
        assertFalse(GUID.matcher(verdict).find(), "a trace or correlation id is in the verdict: " + verdict);
        assertFalse(verdict.contains("Trace ID"), verdict);
    }

    @Test
    void onceNoStepIsLeftTheVerdictIsAResultPageWithWhatChanged() {
        FixAttempt first = manager.session().getFixAttempts().get(0);
        List<String> confirmed = first.getPlannedChanges().stream().map(PlaybookStepJob::describe).toList();
        new PlaybookStepJob(manager, first, confirmed).schedule();
        waitForSessionJobs();
        assertEquals(SessionOutcome.RESOLVED, manager.session().getOutcome(), manager.session().getOutcomeSummary());
        UiConditions.waitUntil("the verdict turns into the result page",
                () -> verdict().startsWith("Fixed: what broke sign-in is gone."), 10_000);
        String result = verdict();
        assertTrue(result.contains("What changed"), result);
        assertTrue(result.contains("Clear cached Microsoft 365 credentials: "), result);
        assertTrue(result.contains("1. Clear cached Microsoft 365 credentials — done, verified fixed"), result);
        assertTrue(result.contains("What to do now: Ask the user to sign in again."), result);
        assertTrue(result.contains("Still found\n  • Sign-in traffic goes through a full-tunnel VPN"), result);
        assertFalse(result.contains("What is wrong"), result);
    }

    @Test
    void applyVerifySkipAndInspectAgainHaveKeysAndTheSkipKeySkipsTheSelectedStep() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        for (String command : List.of("org.triage.ui.applyStep", "org.triage.ui.verifyStep", "org.triage.ui.skipStep",
                "org.triage.ui.inspectAgain")) {
            assertTrue(bindings.getActiveBindingsFor(command).length > 0, command + " has no key binding");
        }
        assertEquals(KeySequence.getInstance("M1+M2+J").format(),
                bindings.getBestActiveBindingFormattedFor("org.triage.ui.skipStep"));
        assertEquals(KeySequence.getInstance("F5").format(),
                bindings.getBestActiveBindingFormattedFor("org.triage.ui.inspectAgain"), "F5 inspects again, not Refresh");
        Table playbook = UiConditions.find(shell, Table.class, t -> PlaybookView.TABLE.equals(t.getData())).get(0);
        UiConditions.waitUntil("the playbook shows the session just published",
                () -> playbook.getItemCount() > 0 && playbook.getItem(0).getData() == manager.session().getFixAttempts().get(0),
                10_000);
        playbook.setSelection(0);
        playbook.notifyListeners(SWT.Selection, new Event());
        String id = manager.session().getFixAttempts().get(0).getId();

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.triage.ui.skipStep", null);
        waitForSessionJobs();
        FixAttempt skipped = manager.session().getFixAttempts().stream().filter(a -> a.getId().equals(id)).findFirst()
                .orElseThrow();
        assertEquals(FixOutcome.SKIPPED, skipped.getOutcome());
        assertTrue(skipped.getChanges().isEmpty(), "skipping changes nothing");
    }

    @Test
    void propertiesOfAStepShowWhatTheGeneratedItemProvidersDescribe() throws PartInitException {
        page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        page.showView(PlaybookView.ID);
        Table playbook = UiConditions.find(shell, Table.class, t -> PlaybookView.TABLE.equals(t.getData())).get(0);
        UiConditions.waitUntil("the playbook shows the session just published",
                () -> playbook.getItemCount() > 0 && playbook.getItem(0).getData() == manager.session().getFixAttempts().get(0),
                10_000);
        playbook.setFocus();
        playbook.setSelection(0);
        playbook.notifyListeners(SWT.Selection, new Event());
        PropertySheet properties = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
        try {
            UiConditions.waitUntil("the Properties view shows the step's causes and whether it can run here",
                    () -> propertyRows(properties).contains("Addressed Causes=stale-cached-credentials, prt-missing-or-stale")
                            && propertyRows(properties).contains("Automatable=true")
                            && propertyRows(properties).contains("Fix Id=m365.clear-cached-credentials"), 10_000);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it shows " + propertyRows(properties), e);
        }
    }

    /** Every row of the Properties view as name=value, categories expanded. */
    private static List<String> propertyRows(PropertySheet properties) {
        List<String> rows = new ArrayList<>();
        if (properties.getCurrentPage().getControl() instanceof Tree tree) {
            for (TreeItem item : tree.getItems()) {
                item.setExpanded(true);
                rows.add(item.getText(0) + "=" + item.getText(1));
                for (TreeItem child : item.getItems()) {
                    rows.add(child.getText(0) + "=" + child.getText(1));
                }
            }
        }
        return rows;
    }

    @Test
    void theErrorLogListsABadFixContribution() throws PartInitException {
        // this bundle's plugin.xml contributes a fix with no name and an order that is not a number
        IViewPart log = page.showView("org.eclipse.pde.runtime.LogView");
        UiConditions.waitUntil("the Error Log lists the malformed fix of org.triage.ui.tests",
                () -> logMessages().stream().anyMatch(message -> message.contains("uitest.malformed-fix")
                        && message.contains("org.triage.ui.tests")), 20_000);
        page.hideView(log);
    }

    @Test
    void showViewOffersNeitherTheWelcomeNorTheOutlineView() {
        List<String> offered = Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getViews())
                .filter(view -> !WorkbenchActivityHelper.filterItem(view)).map(IViewDescriptor::getId).toList();
        assertFalse(offered.contains("org.eclipse.ui.internal.introview"), "the Welcome view is offered: " + offered);
        assertFalse(offered.contains("org.eclipse.ui.views.ContentOutline"), "the Outline view is offered: " + offered);
        for (String wanted : List.of("org.triage.ui.views.session", "org.triage.ui.views.playbook",
                "org.eclipse.pde.runtime.LogView", "org.eclipse.ui.views.ProgressView",
                "org.eclipse.ui.views.PropertySheet")) {
            assertTrue(offered.contains(wanted), wanted + " is not offered: " + offered);
        }
    }

    private List<String> logMessages() {
        List<String> messages = new ArrayList<>();
        for (Tree tree : UiConditions.find(shell, Tree.class, Tree::isVisible)) {
            for (TreeItem item : tree.getItems()) {
                messages.add(item.getText(0));
                for (TreeItem child : item.getItems()) {
                    messages.add(child.getText(0));
                }
            }
        }
        return messages;
    }

    private String verdict() {
        List<StyledText> texts = UiConditions.find(shell, StyledText.class, t -> SessionView.VERDICT.equals(t.getData()));
        assertEquals(1, texts.size(), "verdicts on screen");
        return texts.get(0).getText();
    }

    private static void waitForSessionJobs() {
        UiConditions.waitUntil("no session job is running", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0,
                30_000);
    }
}
