package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionJob;

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
    void eachViewOnTheDemoScenario() throws PartInitException, IOException {
        Path folder = Path.of(System.getProperty("triage.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        UiConditions.waitUntil("no session job is running",
                () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
        new DiagnoseJob(ConsoleSessions.manager(), "demo", "0x8004de40", "docs").schedule();
        UiConditions.waitUntil("the demo diagnosis is done",
                () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1280, 720);
        shell.layout(true, true);
        UiConditions.waitUntil("the credentials table is filled", () -> UiConditions
                .find(shell, Table.class, t -> "credentials.table".equals(t.getData()))
                .stream().anyMatch(t -> t.getItemCount() > 0), 10_000);
        for (Map.Entry<String, String> view : VIEWS.entrySet()) {
            page.showView(view.getKey());
            selectFirstRow(shell, SELECTIONS.get(view.getKey()));
            settle(shell.getDisplay());
            Path file = folder.resolve(view.getValue());
            ImageData picture = capture(shell);
            ImageLoader writer = new ImageLoader();
            writer.data = new ImageData[] { picture };
            writer.save(file.toString(), SWT.IMAGE_PNG);
            // the picture is kept first, so a view that fails the checks can be looked at
            ConsoleLayout.assertKeyRowsShown(shell, view.getKey());
            assertTrue(distinctColours(picture) > 20, view.getKey() + " looks blank");
            assertTrue(Files.size(file) > 10_000, file + " is too small to show a view");
        }
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

    private static void settle(Display display) {
        long until = System.currentTimeMillis() + 500;
        UiConditions.waitUntil("the view has painted", () -> {
            while (display.readAndDispatch()) {
                // drain pending paints
            }
            return System.currentTimeMillis() > until;
        }, 5_000);
    }

    private static ImageData capture(Shell shell) {
        Rectangle area = shell.getDisplay().map(shell, null, shell.getClientArea());
        Image image = new Image(shell.getDisplay(), area.width, area.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, area.x, area.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static int distinctColours(ImageData picture) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < picture.height; y += 7) {
            for (int x = 0; x < picture.width; x += 7) {
                colours.add(picture.getPixel(x, y));
            }
        }
        return colours.size();
    }
}
