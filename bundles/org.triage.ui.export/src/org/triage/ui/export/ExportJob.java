package org.triage.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.triage.export.ExportOptions;
import org.triage.export.ExportResult;
import org.triage.export.SessionExporter;
import org.triage.model.Session;

/**
 * Writes a session as a ticket export in the background. The session is a published version, which nobody
 * changes, so the job reads it without copying it first.
 */
public final class ExportJob extends Job {

    /** The family of export jobs; tests and shutdown wait for it. */
    public static final Object FAMILY = ExportJob.class;

    private final Session session;
    private final Path file;
    private final ExportOptions options;
    private final Consumer<ExportResult> done;
    private volatile ExportResult result;

    /** @param done told of the result on the job's thread once the export is written */
    public ExportJob(Session session, Path file, ExportOptions options, Consumer<ExportResult> done) {
        super("Exporting session to " + file.getFileName());
        this.session = session;
        this.file = file;
        this.options = options;
        this.done = done;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            result = SessionExporter.export(session, file, options, monitor);
            done.accept(result);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException e) {
            return Status.error("Cannot export the session: " + e.getMessage(), e);
        }
    }

    /** What the export wrote; null until it has. */
    public ExportResult result() {
        return result;
    }
}
