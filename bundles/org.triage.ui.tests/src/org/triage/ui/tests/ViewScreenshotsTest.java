package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.triage.ui.endpoints.EndpointTestsView;
import org.triage.ui.fleet.FleetPerspective;
import org.triage.ui.fleet.FleetView;
import org.triage.ui.registration.DeviceRegistrationView;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionJob;
import org.triage.ui.session.SessionManager;

/**
 * Pictures of each view on the demo scenario at 1280×720, as the README shows them. Each picture must show a filled
 * view, not a blank window, and no table in it may be shorter than its minimum rows (its key rows). They are written to {@code triage.screenshots} when that property names a
 * folder (releng/scripts/screenshots.sh sets it to docs/), else to target/screenshots.
 */
class ViewScreenshotsTest {

    private static final Map<String, String> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put("org.triage.ui.views.credentials", "view-credentials.png");
        VIEWS.put("org.triage.ui.views.vpn", "view-vpn-state.png");
        VIEWS.put("org.triage.ui.views.endpoints", "view-endpoint-tests.png");
        VIEWS.put("org.triage.ui.views.registration", "view-device-registration.png");
        VIEWS.put("org.triage.ui.views.playbook", "view-playbook.png");
        VIEWS.put("org.triage.ui.views.session", "view-session.png");
    }

    @Test
    void eachViewOnTheDemoScenario() throws PartInitException, WorkbenchException, IOException {
        Path folder = Path.of(System.getProperty("triage.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        UiConditions.waitUntil("no session job is running",
                () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
        new DiagnoseJob(ConsoleSessions.manager(), "demo", "0x8004de40", "docs").schedule();
        UiConditions.waitUntil("the demo diagnosis is done",
                () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
        IWorkbenchPage page = triagePerspectiveAsItStarts();
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1280, 720);
        shell.layout(true, true);
        UiConditions.waitUntil("the credentials table is filled", () -> UiConditions
                .find(shell, Table.class, t -> "credentials.table".equals(t.getData()))
                .stream().anyMatch(t -> t.getItemCount() > 0), 10_000);
        for (Map.Entry<String, String> view : VIEWS.entrySet()) {
            page.showView(view.getKey());
            selectFirstRow(shell, SELECTIONS.get(view.getKey()));
            Pictures.settle(shell.getDisplay(), 500);
            Path file = folder.resolve(view.getValue());
            ImageData picture = Pictures.capture(shell);
            ImageLoader writer = new ImageLoader();
            writer.data = new ImageData[] { picture };
            writer.save(file.toString(), SWT.IMAGE_PNG);
            // the picture is kept first, so a view that fails the checks can be looked at
            ConsoleLayout.assertKeyRowsShown(shell, view.getKey());
            assertTrue(distinctColours(picture) > 20, view.getKey() + " looks blank");
            assertTrue(Files.size(file) > 10_000, file + " is too small to show a view");
        }
    }

    /**
     * A new cause where an admin looks for it: a demo scenario, the view that shows its evidence (maximised, so that
     * its columns and lines are in sight), a table that must be filled, the picture.
     */
    private record ScenarioPicture(String scenario, String viewId, String filledTable, String file) {
    }

    private static final List<ScenarioPicture> SCENARIOS = List.of(
            new ScenarioPicture("conditional-access-blocked", "org.triage.ui.views.registration",
                    DeviceRegistrationView.BROKER_FAILURES, "view-device-registration-conditional-access.png"),
            new ScenarioPicture("conditional-access-blocked", "org.triage.ui.views.session", "session.timeline",
                    "view-session-conditional-access.png"),
            new ScenarioPicture("clock-skew", "org.triage.ui.views.endpoints", EndpointTestsView.TABLE,
                    "view-endpoint-tests-clock-skew.png"),
            new ScenarioPicture("tls12-disabled", "org.triage.ui.views.endpoints", EndpointTestsView.TABLE,
                    "view-endpoint-tests-tls12-disabled.png"));

    @Test
    void newCausesWhereAnAdminLooksForThem() throws PartInitException, WorkbenchException, IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("triage.screenshots", "target/screenshots")));
        SessionManager manager = ConsoleSessions.manager();
        IWorkbenchPage page = triagePerspectiveAsItStarts();
        Shell shell = page.getWorkbenchWindow().getShell();
        try {
            for (ScenarioPicture picture : SCENARIOS) {
                UiConditions.waitUntil("no session job is running",
                        () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
                if (manager.session() == null
                        || !picture.scenario().equals(manager.session().getTarget().getLocation())) {
                    new DiagnoseJob(manager, "demo:" + picture.scenario(), null, "docs").schedule();
                    UiConditions.waitUntil("demo:" + picture.scenario() + " is diagnosed",
                            () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0 && manager.session() != null
                                    && picture.scenario().equals(manager.session().getTarget().getLocation()),
                            60_000);
                }
                shell.setBounds(0, 0, 1280, 720);
                shell.layout(true, true);
                page.showView(picture.viewId());
                IViewReference shown = page.findViewReference(picture.viewId());
                page.setPartState(shown, IWorkbenchPage.STATE_MAXIMIZED);
                try {
                    UiConditions.waitUntil(picture.filledTable() + " is filled", () -> UiConditions
                            .find(shell, Table.class, t -> picture.filledTable().equals(t.getData()))
                            .stream().anyMatch(t -> t.getItemCount() > 0), 10_000);
                    Pictures.settle(shell.getDisplay(), 500);
                    // once the maximised view is laid out: the rows in sight are those of its full height
                    showFindingLast(shell, SELECTIONS.get(picture.viewId()));
                    Pictures.settle(shell.getDisplay(), 500);
                    Path file = folder.resolve(picture.file());
                    ImageData image = Pictures.capture(shell);
                    ImageLoader writer = new ImageLoader();
                    writer.data = new ImageData[] { image };
                    writer.save(file.toString(), SWT.IMAGE_PNG);
                    ConsoleLayout.assertKeyRowsShown(shell, picture.viewId() + " on " + picture.scenario());
                    assertTrue(distinctColours(image) > 20, picture.file() + " looks blank");
                    assertTrue(Files.size(file) > 10_000, file + " is too small to show a view");
                } finally {
                    page.setPartState(shown, IWorkbenchPage.STATE_RESTORED);
                }
            }
        } finally {
            // the other tests of this workbench expect the demo workstation it started with
            UiConditions.waitUntil("no session job is running",
                    () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 60_000);
            new DiagnoseJob(manager, "demo", null, "test").schedule();
            UiConditions.waitUntil("the demo is diagnosed again", () -> Job.getJobManager()
                    .find(SessionJob.FAMILY).length == 0 && manager.session() != null
                    && "0x8004de40".equals(manager.session().getTarget().getLocation()),
                    60_000);
        }
    }

    /**
     * The Triage perspective as the console opens it: a test that showed the Fleet view in it (FleetViewTest's) leaves
     * it there, where it is not by default and would squeeze the pictured views.
     */
    private static IWorkbenchPage triagePerspectiveAsItStarts() throws WorkbenchException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        PlatformUI.getWorkbench().showPerspective(FleetPerspective.TRIAGE_PERSPECTIVE, window);
        IWorkbenchPage page = window.getActivePage();
        IViewReference fleet = page.findViewReference(FleetView.ID);
        if (fleet != null) {
            page.hideView(fleet);
        }
        return page;
    }

    /** What each picture shows selected: the first step's preview, a finding with its evidence. */
    private static final Map<String, String> SELECTIONS = Map.of(
            "org.triage.ui.views.playbook", "playbook.table",
            "org.triage.ui.views.session", "session.timeline");

    private static void selectFirstRow(Shell shell, String tableKey) {
        if (tableKey == null) {
            return;
        }
        Table table = UiConditions.find(shell, Table.class, t -> tableKey.equals(t.getData())).get(0);
        int row = 0;
        for (int i = 0; i < table.getItemCount(); i++) {
            if ("finding".equals(table.getItem(i).getText(1)) && "error".equals(table.getItem(i).getText(2))) {
                row = i;
                break;
            }
        }
        table.setSelection(row);
        table.notifyListeners(SWT.Selection, new Event());
    }

    /**
     * Selects the error finding of a timeline, scrolled to be its last visible row: what follows it in the test
     * workbench is the log line of the malformed fix the UI test bundle installs on purpose, no part of the product.
     */
    private static void showFindingLast(Shell shell, String tableKey) {
        if (!"session.timeline".equals(tableKey)) {
            return;
        }
        selectFirstRow(shell, tableKey);
        Table table = UiConditions.find(shell, Table.class, t -> tableKey.equals(t.getData())).get(0);
        int visible = Math.max(1, (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight());
        table.setTopIndex(Math.max(0, table.getSelectionIndex() - visible + 1));
    }

    static int distinctColours(ImageData picture) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < picture.height; y += 7) {
            for (int x = 0; x < picture.width; x += 7) {
                colours.add(picture.getPixel(x, y));
            }
        }
        return colours.size();
    }
}
