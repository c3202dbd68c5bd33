package org.triage.ui.export;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.triage.export.ExportArchive;
import org.triage.ui.session.ConsoleSessions;

/** File > Open Export...: shows a session exported for a ticket, read only in every view. */
public final class OpenExportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        // the window's shell, not the active one: the report of a finished job outlives any dialog
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open Export");
        dialog.setFilterExtensions(new String[] { "*.zip", "*.*" });
        String chosen = dialog.open();
        if (chosen != null) {
            Display display = shell.getDisplay();
            new OpenExportJob(ConsoleSessions.manager(), Path.of(chosen),
                    archive -> display.asyncExec(() -> warn(shell, archive))).schedule();
        }
        return null;
    }

    /** Says plainly that the session on screen is not what was exported. */
    public static void warn(Shell shell, ExportArchive archive) {
        if (shell.isDisposed()) {
            return;
        }
        MessageDialog.openWarning(shell, "The export was changed",
                "Parts of " + archive.file().getFileName() + " were changed after it was written, so what is shown "
                        + "may not be what the session recorded:\n\n- " + String.join("\n- ", archive.integrityProblems())
                        + "\n\nThe session is shown read only; its log lists these problems too.");
    }
}
