package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.triage.core.session.Sessions;
import org.triage.model.LogLevel;
import org.triage.model.Note;
import org.triage.model.Session;
import org.triage.model.TriageFactory;
import org.triage.ui.session.SessionEditJob;
import org.triage.ui.session.SessionJob;
import org.triage.ui.session.SessionManager;
import org.triage.ui.views.SessionView;

/** The console as it starts: its window, the Triage perspective and the Session view following the model. */
class ConsoleWindowTest {

    private static final String SESSION_VIEW = "org.triage.ui.views.session";

    @Test
    void windowIsTitledTriageConsoleAndShowsTheTriagePerspective() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window is open");
        assertEquals("Triage Console", window.getShell().getText());
        assertEquals("org.triage.app.perspective", window.getActivePage().getPerspective().getId());
    }

    @Test
    void sessionViewShowsTheDemoSessionAndFollowsModelChanges() throws InterruptedException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart view = page.findView(SESSION_VIEW);
        assertNotNull(view, "the Session view is not open in the Triage perspective");
        Shell shell = page.getWorkbenchWindow().getShell();

        SessionManager manager = sessionManager();
        UiConditions.waitUntil("the start-up diagnosis has opened a session", () -> manager.session() != null
                && Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
        Session session = manager.session();
        UiConditions.waitUntil("the view shows the demo target",
                () -> value(shell, SessionView.TARGET).contains("CONTOSO-LT-042"), 10_000);
        assertEquals(Integer.toString(session.getObservations().size()), value(shell, SessionView.OBSERVATIONS));
        assertTrue(session.getObservations().size() >= 7, "observations: " + session.getObservations().size());
        assertEquals(Integer.toString(session.getFindings().size()), value(shell, SessionView.FINDINGS));
        assertEquals(Integer.toString(session.getFixAttempts().size()), value(shell, SessionView.FIX_ATTEMPTS));
        for (String key : List.of(SessionView.TARGET, SessionView.SYMPTOM, SessionView.STARTED, SessionView.OBSERVATIONS,
                SessionView.FINDINGS, SessionView.FIX_ATTEMPTS)) {
            assertShownWhole(shell, key);
        }
        assertTrue(value(shell, SessionView.SYMPTOM).startsWith("0x8004de40"), value(shell, SessionView.SYMPTOM));

        int notesBefore = session.getNotes().size();
        int logBefore = session.getLog().size();
        new SessionEditJob("add a note", manager, edited -> {
            Note note = TriageFactory.eINSTANCE.createNote();
            note.setId(Sessions.newId("note"));
            note.setText("checked with the user");
            edited.getNotes().add(note);
            Sessions.log(edited, LogLevel.INFO, "test", "a change the view must follow");
        }).schedule();
        UiConditions.waitUntil("the timeline shows the new note", () -> timeline(shell).stream()
                .anyMatch(row -> row.equals("note checked with the user")), 10_000);
        assertEquals(notesBefore + 1, manager.session().getNotes().size());
        assertEquals(logBefore + 1, manager.session().getLog().size());
        assertTrue(session != manager.session(), "a change publishes a new version; the shown one is never edited");
    }

    private static List<String> timeline(Shell shell) {
        List<Table> tables = UiConditions.find(shell, Table.class, table -> SessionView.TIMELINE.equals(table.getData()));
        assertEquals(1, tables.size());
        return Arrays.stream(tables.get(0).getItems()).map(item -> item.getText(1) + " " + item.getText(3))
                .toList();
    }

    private static SessionManager sessionManager() {
        var context = FrameworkUtil.getBundle(ConsoleWindowTest.class).getBundleContext();
        var reference = context.getServiceReference(SessionManager.class);
        assertNotNull(reference, "no SessionManager service: is felix.scr running?");
        return context.getService(reference);
    }

    private static String value(Shell shell, String key) {
        return label(shell, key).getText();
    }

    private static Label label(Shell shell, String key) {
        List<Label> labels = UiConditions.find(shell, Label.class, label -> key.equals(label.getData()));
        assertEquals(1, labels.size(), "labels for " + key);
        return labels.get(0);
    }

    /** The value is visible and not cut off by the bottom of the view, above the timeline. */
    private static void assertShownWhole(Shell shell, String key) {
        Label value = label(shell, key);
        Table timeline = UiConditions.find(shell, Table.class, table -> SessionView.TIMELINE.equals(table.getData())).get(0);
        Composite view = timeline.getParent();
        Point bottom = view.toControl(value.toDisplay(0, value.getSize().y));
        assertTrue(value.isVisible() && value.getSize().y > 0, key + " is not shown");
        assertTrue(bottom.y <= view.getClientArea().height, key + " is cut off at the bottom of the Session view");
        assertTrue(bottom.y <= timeline.getLocation().y, key + " is under the timeline");
    }
}
