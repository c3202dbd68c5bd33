package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
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
import org.triage.ui.session.DiagnoseJob;
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
                && Job.getJobManager().find(DiagnoseJob.FAMILY).length == 0, 30_000);
        Session session = manager.session();
        UiConditions.waitUntil("the view shows the demo target",
                () -> value(shell, SessionView.TARGET).contains("CONTOSO-LT-042"), 10_000);
        assertEquals(Integer.toString(session.getObservations().size()), value(shell, SessionView.OBSERVATIONS));
        assertTrue(session.getObservations().size() >= 7, "observations: " + session.getObservations().size());
        assertEquals(Integer.toString(session.getFindings().size()), value(shell, SessionView.FINDINGS));
        assertTrue(value(shell, SessionView.SYMPTOM).startsWith("0x8004de40"), value(shell, SessionView.SYMPTOM));

        int attemptsBefore = session.getFixAttempts().size();
        session.getFixAttempts().add(TriageFactory.eINSTANCE.createFixAttempt());
        Note note = TriageFactory.eINSTANCE.createNote();
        note.setId(Sessions.newId("note"));
        note.setText("checked with the user");
        session.getNotes().add(note);
        Sessions.log(session, LogLevel.INFO, "test", "a change the view must follow");
        UiConditions.waitUntil("the view counts the new fix attempt",
                () -> value(shell, SessionView.FIX_ATTEMPTS).equals(Integer.toString(attemptsBefore + 1)), 5_000);
    }

    private static SessionManager sessionManager() {
        var context = FrameworkUtil.getBundle(ConsoleWindowTest.class).getBundleContext();
        var reference = context.getServiceReference(SessionManager.class);
        assertNotNull(reference, "no SessionManager service: is felix.scr running?");
        return context.getService(reference);
    }

    private static String value(Shell shell, String key) {
        List<Label> labels = UiConditions.find(shell, Label.class, label -> key.equals(label.getData()));
        assertEquals(1, labels.size(), "labels for " + key);
        return labels.get(0).getText();
    }
}
