package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triage.export.ExportArchive;
import org.triage.export.ExportLayout;
import org.triage.export.ExportOptions;
import org.triage.export.SessionExporter;
import org.triage.model.Session;
import org.triage.ui.endpoints.EndpointTestsView;
import org.triage.ui.export.ExportJob;
import org.triage.ui.export.ExportSessionDialog;
import org.triage.ui.export.ExportSessionHandler;
import org.triage.ui.export.OpenExportHandler;
import org.triage.ui.export.OpenExportJob;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionJob;
import org.triage.ui.session.SessionManager;
import org.triage.ui.views.PlaybookView;

/**
 * File > Export Session... with the pseudonymise checkbox, run in a job; File > Open Export... showing the session
 * read only in every view, and warning where the export was changed.
 */
class ConsoleExportTest {

    private static final String[] VIEWS = { "org.triage.ui.views.playbook", "org.triage.ui.views.endpoints",
            "org.triage.ui.views.session" };

    private SessionManager manager;
    private Shell shell;
    private Display display;
    private Path folder;

    @BeforeEach
    void openDemoTarget() throws PartInitException, IOException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        for (String view : VIEWS) {
            page.showView(view);
        }
        shell = page.getWorkbenchWindow().getShell();
        display = shell.getDisplay();
        manager = ConsoleSessions.manager();
        folder = Files.createTempDirectory("console-export");
        waitForJobs();
        new DiagnoseJob(manager, "demo", "0x8004de40", "test").schedule();
        waitForJobs();
        assertNotNull(manager.target());
    }

    @AfterEach
    void closeDialogs() {
        for (Shell open : display.getShells()) {
            if (open != shell && !open.isDisposed() && open.getParent() == shell) {
                open.close();
            }
        }
    }

    @Test
    void theFileMenuOffersOpenExportAndExportSession() {
        Menu bar = shell.getMenuBar();
        MenuItem file = Arrays.stream(bar.getItems()).filter(item -> item.getText().replace("&", "").equals("File"))
                .findFirst().orElseThrow();
        file.getMenu().notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(file.getMenu().getItems()).map(item -> item.getText().replace("&", ""))
                .map(text -> text.split("\t")[0]).toList();
        file.getMenu().notifyListeners(SWT.Hide, new Event());
        assertTrue(items.contains("Open Export...") && items.contains("Export Session..."), items.toString());
    }

    @Test
    void exportSessionAsksWhereAndWhetherToPseudonymiseThenExportsInAJob() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        List<String> mapNotes = new ArrayList<>();
        AtomicReference<String> done = new AtomicReference<>();
        display.timerExec(200, () -> fillInExportDialog(zip, mapNotes));
        display.timerExec(300, () -> acknowledge(ExportSessionHandler.DONE_TITLE, done));

        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand("org.triage.ui.export.exportSession", null);
        UiConditions.waitUntil("the export job has run and said so", () -> done.get() != null
                && Job.getJobManager().find(ExportJob.FAMILY).length == 0, 30_000);

        assertEquals(List.of("Names, addresses and ids stay readable in the export.",
                "The map from pseudonyms to real values goes to ticket.zip.map.json beside the export. It stays on this "
                        + "computer: never attach it to the ticket."), mapNotes);
        assertTrue(done.get().startsWith("Exported to " + zip), done.get());
        ExportArchive archive = ExportArchive.read(zip);
        assertTrue(archive.intact());
        assertTrue(archive.manifest().pseudonymized());
        assertEquals("HOST-1", archive.session().getTarget().getHostname());
        assertEquals(manager.session().getId(), archive.session().getId());
        assertTrue(Files.readString(folder.resolve("ticket.zip.map.json")).contains("CONTOSO-LT-042"));
    }

    /** Types the file, ticks the box (noting what the dialog says about the map before and after) and confirms. */
    private void fillInExportDialog(Path zip, List<String> mapNotes) {
        Shell dialog = shell("Export Session");
        if (dialog == null) {
            display.timerExec(100, () -> fillInExportDialog(zip, mapNotes));
            return;
        }
        Text file = UiConditions.find(dialog, Text.class, text -> ExportSessionDialog.FILE.equals(text.getData())).get(0);
        file.setText(zip.toString());
        Label map = UiConditions.find(dialog, Label.class, label -> ExportSessionDialog.MAP.equals(label.getData())).get(0);
        mapNotes.add(map.getText());
        Button pseudonymize = UiConditions.find(dialog, Button.class,
                button -> ExportSessionDialog.PSEUDONYMIZE.equals(button.getData())).get(0);
        pseudonymize.setSelection(true);
        pseudonymize.notifyListeners(SWT.Selection, new Event());
        mapNotes.add(map.getText());
        click(dialog, "Export");
    }

    @Test
    void anOpenedExportIsShownReadOnlyInEveryView() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        SessionExporter.export(manager.session(), zip, ExportOptions.redactedOnly("test"), new NullProgressMonitor());
        String id = manager.session().getId();
        List<ExportArchive> warned = new ArrayList<>();

        OpenExportJob open = new OpenExportJob(manager, zip, warned::add);
        open.schedule();
        waitForJobs();

        assertEquals(IStatus.OK, open.getResult().getSeverity(), open.getResult().getMessage());
        assertEquals(List.of(), warned);
        Session shown = manager.session();
        assertEquals(id, shown.getId());
        assertEquals("export", shown.getTarget().getKind());
        assertNull(manager.target(), "an export has no target to act on");
        UiConditions.waitUntil("the Session view says the session is read only", () -> !UiConditions.find(shell,
                Label.class, label -> label.getText().equals("Session " + id + " (reopened, read only)")).isEmpty(), 5_000);
        Table playbook = table(PlaybookView.TABLE);
        UiConditions.waitUntil("the playbook shows the exported steps", () -> playbook.getItemCount() == 3
                && playbook.getItem(0).getData() == shown.getFixAttempts().get(0), 5_000);
        playbook.setSelection(0);
        playbook.notifyListeners(SWT.Selection, new Event());
        for (String action : List.of(PlaybookView.APPLY, PlaybookView.VERIFY, PlaybookView.SKIP, PlaybookView.NOTE)) {
            assertFalse(button(action).isEnabled(), action + " is enabled on a read-only session");
        }
        assertFalse(button(EndpointTestsView.RERUN_ALL).isEnabled(), "endpoints cannot be re-tested from an export");
    }

    @Test
    void aChangedExportOpensWithAWarningThatNamesTheChange() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        SessionExporter.export(manager.session(), zip, ExportOptions.redactedOnly("test"), new NullProgressMonitor());
        Path tampered = folder.resolve("tampered.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(ExportLayout.REPORT_MARKDOWN)
                        ? "all fixed, close it".getBytes(StandardCharsets.UTF_8) : bytes);
                out.closeEntry();
            }
        }
        AtomicReference<String> warning = new AtomicReference<>();
        display.timerExec(200, () -> acknowledge("The export was changed", warning));

        OpenExportJob open = new OpenExportJob(manager, tampered,
                archive -> display.asyncExec(() -> OpenExportHandler.warn(shell, archive)));
        open.schedule();
        UiConditions.waitUntil("the warning was shown", () -> warning.get() != null, 10_000);
        waitForJobs();

        assertEquals(IStatus.WARNING, open.getResult().getSeverity());
        assertTrue(warning.get().contains("- report.md: changed after the export was written"), warning.get());
        assertEquals("export", manager.session().getTarget().getKind(), "shown, flagged");
        assertTrue(manager.session().getLog().stream().anyMatch(entry -> entry.getMessage()
                .startsWith("integrity: report.md")), "and the warning is in the session's log");
    }

    @Test
    void aBrokenExportIsRefusedAndTheOpenSessionStays() throws Exception {
        Session before = manager.session();
        Path broken = Files.writeString(folder.resolve("broken.zip"), "not a zip");
        OpenExportJob open = new OpenExportJob(manager, broken, archive -> {
        });
        open.setUser(false);
        open.schedule();
        waitForJobs();
        assertEquals(IStatus.ERROR, open.getResult().getSeverity());
        assertTrue(open.getResult().getMessage().startsWith("Cannot open the export: " + broken + ": not a readable zip"),
                open.getResult().getMessage());
        assertEquals(before, manager.session());
    }

    /** Presses the only button of the message dialog titled {@code title}, noting its message. */
    private void acknowledge(String title, AtomicReference<String> message) {
        Shell dialog = shell(title);
        if (dialog == null) {
            display.timerExec(100, () -> acknowledge(title, message));
            return;
        }
        message.set(UiConditions.find(dialog, Label.class, label -> label.getText().length() > 20).stream()
                .map(Label::getText).reduce("", (a, b) -> a + b));
        click(dialog, "OK");
    }

    private Shell shell(String title) {
        for (Shell open : display.getShells()) {
            if (!open.isDisposed() && open.isVisible() && open.getText().equals(title)) {
                return open;
            }
        }
        return null;
    }

    private static void click(Shell dialog, String label) {
        Button button = UiConditions.find(dialog, Button.class, b -> b.getText().replace("&", "").equals(label)).get(0);
        assertTrue(button.isEnabled(), label + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private void waitForJobs() {
        UiConditions.waitUntil("no session or export job is running", () -> Job.getJobManager().find(SessionJob.FAMILY)
                .length == 0 && Job.getJobManager().find(ExportJob.FAMILY).length == 0, 30_000);
    }

    private Table table(String key) {
        return UiConditions.find(shell, Table.class, table -> key.equals(table.getData())).get(0);
    }

    private Button button(String key) {
        List<Button> buttons = UiConditions.find(shell, Button.class, b -> key.equals(b.getData()));
        assertEquals(1, buttons.size(), "buttons for " + key);
        return buttons.get(0);
    }
}
