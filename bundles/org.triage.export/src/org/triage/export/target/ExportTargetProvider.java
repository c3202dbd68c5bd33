package org.triage.export.target;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.core.target.TargetProvider;
import org.triage.export.ExportArchive;
import org.triage.export.ExportException;

/** Opens {@code export:FILE.zip}: an export written by Triage Console, re-diagnosed from its raw evidence. */
public final class ExportTargetProvider implements TargetProvider {

    @Override
    public String kind() {
        return "export";
    }

    @Override
    public String usage() {
        return "export:FILE.zip             a Triage export, re-diagnosed offline from its raw evidence (read only)";
    }

    @Override
    public List<String> suggestions() {
        return List.of();
    }

    @Override
    public Target open(String location) throws TargetException {
        if (location == null || location.isBlank()) {
            throw new TargetException("export needs a file: export:FILE.zip");
        }
        try {
            return new ExportTarget(ExportArchive.read(Path.of(location.trim())));
        } catch (InvalidPathException e) {
            throw new TargetException("not a path: " + location, e);
        } catch (ExportException e) {
            throw new TargetException(e.getMessage(), e);
        }
    }
}
