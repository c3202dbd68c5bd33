package org.triage.snapshot;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.core.target.TargetProvider;

/** Opens {@code snapshot:PATH}, a folder the collector wrote or its .zip. */
public final class SnapshotTargetProvider implements TargetProvider {

    @Override
    public String kind() {
        return "snapshot";
    }

    @Override
    public String usage() {
        return "snapshot:PATH               a folder or .zip written by Collect-TriageSnapshot.ps1";
    }

    @Override
    public List<String> suggestions() {
        return List.of();
    }

    @Override
    public Target open(String location) throws TargetException {
        if (location == null || location.isBlank()) {
            throw new TargetException("snapshot needs a path: snapshot:PATH");
        }
        try {
            return new SnapshotTarget(SnapshotContents.read(Path.of(location.trim())));
        } catch (InvalidPathException e) {
            throw new TargetException("not a path: " + location, e);
        }
    }
}
