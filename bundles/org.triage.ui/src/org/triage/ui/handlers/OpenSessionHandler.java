package org.triage.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.OpenSessionJob;

/** File > Open Session...: shows a saved session (.xmi) read only. */
public final class OpenSessionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.xmi", "*.*" });
        String chosen = dialog.open();
        if (chosen != null) {
            new OpenSessionJob(ConsoleSessions.manager(), Path.of(chosen)).schedule();
        }
        return null;
    }
}
