package org.triage.ui.session;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.triage.model.Session;
import org.triage.model.io.SessionFileException;
import org.triage.model.io.SessionFiles;

/** Reads a saved session (.xmi) off the UI thread and shows it read only; a damaged file is refused with the reason. */
public final class OpenSessionJob extends SessionOpeningJob {

    private final Path file;

    public OpenSessionJob(SessionManager manager, Path file) {
        super("Opening session " + file.getFileName(), manager);
        this.file = file;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Session session;
        try {
            session = SessionFiles.load(file);
        } catch (SessionFileException e) {
            return Status.error("Cannot open the session: " + e.getMessage(), e);
        }
        manager.open(session, null);
        return Status.OK_STATUS;
    }
}
