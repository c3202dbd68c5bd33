package org.triage.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.triage.model.Session;
import org.triage.model.io.SessionFiles;
import org.triage.ui.session.ConsoleSessions;

/**
 * File > Save Session As...: writes the open session as XMI, off the UI thread (a large session takes a while). The
 * published session is never changed, so the job writes exactly the version that was open when it was asked.
 */
public final class SaveSessionAsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Session session = ConsoleSessions.manager().session();
        if (session == null) {
            return null;
        }
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xmi" });
        dialog.setFileName(session.getId() + ".xmi");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            Path file = Path.of(chosen);
            Job save = Job.create("Saving session " + session.getId(), monitor -> {
                try {
                    SessionFiles.save(session, file);
                    return Status.OK_STATUS;
                } catch (IOException e) {
                    return Status.error("Cannot save the session to " + file + ": " + e.getMessage(), e);
                }
            });
            save.setUser(true);
            save.schedule();
        }
        return null;
    }
}
