package org.triage.ui.fleet;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.triage.fleet.FleetException;
import org.triage.fleet.FleetIndex;
import org.triage.fleet.IngestResult;
import org.triage.fleet.IngestedFile;

/**
 * Ingests snapshots and exports into a fleet index off the UI thread, with progress and cancellation: each file is
 * committed on its own, so a cancelled ingest keeps what it finished and the next one skips it.
 */
public final class FleetIngestJob extends Job {

    private final FleetDatabase database;
    private final List<Path> paths;
    private final Consumer<IngestResult> whenDone;
    private volatile IngestResult result;
    private volatile Consumer<IngestedFile> fileListener = file -> {
    };

    public FleetIngestJob(FleetDatabase database, List<Path> paths, Consumer<IngestResult> whenDone) {
        super("Ingesting " + paths.size() + (paths.size() == 1 ? " path" : " paths") + " into the fleet index");
        this.database = database;
        this.paths = List.copyOf(paths);
        this.whenDone = whenDone;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FleetView.JOB_FAMILY;
    }

    /** Told of each file once it is committed (or skipped), on the job's thread; set it before scheduling. */
    public void setFileListener(Consumer<IngestedFile> listener) {
        this.fileListener = listener;
    }

    /** What the ingest did; null until it has finished (or where it failed). */
    public IngestResult result() {
        return result;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Ingesting into " + database.describe(), 1);
        AtomicInteger done = new AtomicInteger();
        try (FleetIndex index = database.open()) {
            result = index.ingest(paths, file -> {
                int n = done.incrementAndGet();
                progress.subTask(n + " done; " + file.path().getFileName() + " " + describe(file));
                fileListener.accept(file);
            }, progress.split(1));
        } catch (FleetException e) {
            ILog.of(FleetIngestJob.class).error("The fleet ingest failed: " + e.getMessage(), e);
            return Status.error("The fleet ingest into " + database.describe() + " failed: " + e.getMessage(), e);
        } finally {
            if (whenDone != null && result != null) {
                whenDone.accept(result);
            }
        }
        return result.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    private static String describe(IngestedFile file) {
        return switch (file.outcome()) {
            case DIAGNOSED -> "diagnosed (" + file.device() + ")";
            case SKIPPED -> "already in the index";
            case UNREADABLE -> "unreadable: " + file.reason();
        };
    }
}
