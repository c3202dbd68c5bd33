package org.triage.fleet.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.triage.export.target.ExportTargetProvider;
import org.triage.fleet.internal.FleetDatabase;
import org.triage.fleet.internal.FleetCredentials;
import org.triage.fleet.internal.FleetIngest;
import org.triage.fleet.internal.Migrations;
import org.triage.snapshot.SnapshotTargetProvider;

/**
 * The ingest in a process of its own, for {@link FleetKillTest} to kill: {@code IngestChild JDBC-URL PATH...} prints
 * {@code committed SHA256} once each file's transaction has committed. It runs on a plain class path (no OSGi), so the
 * target providers are made directly rather than found as services.
 */
public final class IngestChild {

    private IngestChild() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            paths.add(Path.of(args[i]));
        }
        try (FleetDatabase database = FleetDatabase.of(args[0], FleetCredentials.standard())) {
            Migrations.migrate(database);
            System.out.println("started");
            System.out.flush();
            FleetIngest ingest = new FleetIngest(database, (kind, path) -> kind.equals("export")
                    ? new ExportTargetProvider().open(path.toString())
                    : new SnapshotTargetProvider().open(path.toString()), 1, "test");
            ingest.run(paths, file -> {
                System.out.println(file.outcome() + " " + file.sha256());
                System.out.flush();
            }, new NullProgressMonitor());
        }
        System.out.println("finished");
    }
}
