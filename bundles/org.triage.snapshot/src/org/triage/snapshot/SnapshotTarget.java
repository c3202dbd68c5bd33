package org.triage.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.triage.core.target.TargetAction;
import org.triage.core.target.TargetInfo;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.SnapshotFile;
import org.triage.formats.readings.SnapshotOutputsTarget;

/**
 * A snapshot collected on the user's machine. It observes only: every action becomes a step for the user,
 * and a file the collector could not write is a skipped observation, not an error.
 */
public final class SnapshotTarget extends SnapshotOutputsTarget {

    private final SnapshotContents contents;
    private final SnapshotManifest manifest;
    private final TargetInfo info;

    SnapshotTarget(SnapshotContents contents) {
        this.contents = contents;
        this.manifest = contents.file(SnapshotFile.MANIFEST).map(SnapshotManifest::parse)
                .orElse(SnapshotManifest.missing());
        this.info = new TargetInfo("snapshot", contents.source().toString(), manifest.hostname(), manifest.os(),
                manifest.user(), manifest.collectedAt(), true);
    }

    @Override
    protected Optional<RawOutput> output(SnapshotFile file) {
        return contents.file(file).map(bytes -> new RawOutput(file.command(), file.fileName(), null,
                manifest.collectedAt(), bytes));
    }

    @Override
    protected String whyMissing(SnapshotFile file) {
        return "the snapshot has no " + file.fileName() + " (" + file.command() + ")"
                + (file == SnapshotFile.ENDPOINT_TESTS ? "; collect with -TestEndpoints to include the endpoint tests" : "");
    }

    @Override
    public TargetInfo info() {
        return info;
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>(contents.notes());
        if (manifest.problem() != null) {
            notes.add(manifest.problem());
        }
        return notes;
    }

    @Override
    public String whyUnable(TargetAction action) {
        return "a snapshot only observes; the user carries this step out";
    }
}
