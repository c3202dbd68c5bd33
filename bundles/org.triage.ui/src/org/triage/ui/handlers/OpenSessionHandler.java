package org.triage.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.triage.model.Session;
import org.triage.model.io.SessionFileException;
import org.triage.model.io.SessionFiles;
import org.triage.ui.session.ConsoleSessions;

/** File > Open Session...: shows a saved session (.xmi) read only. */
public final class OpenSessionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.xmi", "*.*" });
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        try {
            Session session = SessionFiles.load(Path.of(chosen));
            ConsoleSessions.manager().open(session, null);
        } catch (SessionFileException e) {
            MessageDialog.openError(shell, "Cannot open the session", e.getMessage());
        }
        return null;
    }
}
