package org.triage.ui.export;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.triage.export.ExportArchive;
import org.triage.export.ExportException;
import org.triage.ui.session.SessionOpeningJob;
import org.triage.ui.session.SessionManager;

/**
 * Reads and checks an export off the UI thread, then shows its session read only (it has no target to act on).
 * An export that fails the checks is refused with the reason; one whose entries were changed after it was written
 * is shown, with each change named in the session's log and told to {@code tampered}.
 */
public final class OpenExportJob extends SessionOpeningJob {

    private final Path file;
    private final Consumer<ExportArchive> tampered;

    public OpenExportJob(SessionManager manager, Path file, Consumer<ExportArchive> tampered) {
        super("Opening export " + file.getFileName(), manager);
        this.file = file;
        this.tampered = tampered;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ExportArchive archive;
        try {
            archive = ExportArchive.read(file);
        } catch (ExportException e) {
            return Status.error("Cannot open the export: " + e.getMessage(), e);
        }
        manager.open(archive.sessionForReview(), null);
        if (!archive.intact()) {
            tampered.accept(archive);
            return Status.warning("The export " + file.getFileName() + " was changed after it was written: "
                    + String.join("; ", archive.integrityProblems()));
        }
        return Status.OK_STATUS;
    }
}
