package org.triage.ui.export;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.triage.export.ExportResult;
import org.triage.model.Session;
import org.triage.ui.session.ConsoleSessions;

/** File > Export Session...: writes the open session as one redacted file for a ticket, in a job. */
public final class ExportSessionHandler extends AbstractHandler {

    /** The title of the dialog that reports a finished export, so that tests can find it. */
    public static final String DONE_TITLE = "Session exported";

    @Override
    public Object execute(ExecutionEvent event) {
        // the window's shell, not the active one: the report of a finished job outlives any dialog
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        Session session = ConsoleSessions.manager().session();
        if (session == null) {
            MessageDialog.openInformation(shell, "Export Session", "No session is open: open a target first.");
            return null;
        }
        Path suggested = Path.of(System.getProperty("user.home"), session.getId() + ".zip");
        ExportSessionDialog dialog = new ExportSessionDialog(shell, suggested, ConsoleSessions.productVersion());
        if (dialog.open() != Window.OK) {
            return null;
        }
        Display display = shell.getDisplay();
        new ExportJob(session, dialog.file(), dialog.options(), result -> display.asyncExec(() -> {
            if (!shell.isDisposed()) {
                MessageDialog.openInformation(shell, DONE_TITLE, describe(result));
            }
        })).schedule();
        return null;
    }

    static String describe(ExportResult result) {
        StringBuilder text = new StringBuilder("Exported to ").append(result.file()).append(" (")
                .append(result.entries()).append(" entries).\n\n");
        text.append(result.redactionTotal() == 0 ? "Nothing needed redacting."
                : result.redactionTotal() + " secret value(s) were redacted.");
        if (result.mapFile() != null) {
            text.append("\n\nNames, addresses and ids are pseudonyms. The map back to the real values is in ")
                    .append(result.mapFile()).append(": keep it on this computer, never attach it to the ticket.");
        }
        return text.toString();
    }
}
