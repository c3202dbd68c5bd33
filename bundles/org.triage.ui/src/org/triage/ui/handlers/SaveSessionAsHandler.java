package org.triage.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.triage.model.Session;
import org.triage.model.io.SessionFiles;
import org.triage.ui.session.ConsoleSessions;

/** File > Save Session As...: writes the open session as XMI. */
public final class SaveSessionAsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Session session = ConsoleSessions.manager().session();
        Shell shell = HandlerUtil.getActiveShell(event);
        if (session == null) {
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xmi" });
        dialog.setFileName(session.getId() + ".xmi");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                SessionFiles.save(session, Path.of(chosen));
            } catch (IOException e) {
                MessageDialog.openError(shell, "Cannot save the session", e.getMessage());
            }
        }
        return null;
    }
}
