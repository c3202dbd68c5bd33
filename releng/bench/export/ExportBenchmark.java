package org.triage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.target.Target;
import org.triage.export.ExportArchive;
import org.triage.export.ExportOptions;
import org.triage.export.ExportResult;
import org.triage.export.SessionExporter;
import org.triage.export.target.ExportTargetProvider;
import org.triage.model.RawEvidence;
import org.triage.model.Session;
import org.triage.model.io.SessionFiles;
import org.triage.snapshot.SnapshotTargetProvider;

/**
 * Exports and re-imports a session of N observations (10,000 by default) and prints the times. The session is
 * made by diagnosing a sample snapshot over and over, so its facts and raw evidence are real tool output (dsregcmd,
 * cmdkey, ipconfig in UTF-16LE ...), as a very long session of re-runs would hold. Runs outside OSGi against the
 * built product's bundles; see README.md.
 *
 * Usage: ExportBenchmark SNAPSHOT-FOLDER WORK-FOLDER [OBSERVATIONS] [ROUNDS]
 */
public final class ExportBenchmark {

    private record Timing(String what, List<Long> millis, String size) {
    }

    public static void main(String[] args) throws Exception {
        Path snapshot = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int observations = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;

        long started = System.nanoTime();
        Session session = session(snapshot, observations);
        long built = (System.nanoTime() - started) / 1_000_000;
        Path xmi = work.resolve("session.xmi");
        Path plain = work.resolve("plain.zip");
        Path pseudonymised = work.resolve("pseudonymised.zip");

        List<Timing> timings = new ArrayList<>();
        timings.add(new Timing("build the session (diagnose the snapshot " + observations / 7 + " times)",
                List.of(built), observations + " observations"));
        timings.add(time("save it as XMI", rounds, () -> {
            SessionFiles.save(session, xmi);
            return megabytes(xmi);
        }));
        timings.add(time("export, redacted (outputs repeat, as re-runs do)", rounds, () -> {
            ExportResult result = SessionExporter.export(session, plain, ExportOptions.redactedOnly("bench"),
                    new NullProgressMonitor());
            return megabytes(plain) + ", " + result.entries() + " entries";
        }));
        timings.add(time("export, pseudonymised (outputs repeat)", rounds, () -> {
            ExportResult result = SessionExporter.export(session, pseudonymised, ExportOptions.pseudonymized("bench"),
                    new NullProgressMonitor());
            return megabytes(pseudonymised) + ", " + result.pseudonyms().values().stream().mapToInt(i -> i).sum()
                    + " pseudonyms";
        }));
        // the worst case: no two outputs alike, so that nothing is redacted or pseudonymised only once
        Session distinct = EcoreUtil.copy(session);
        int[] run = { 0 };
        distinct.eAllContents().forEachRemaining(element -> {
            if (element instanceof RawEvidence evidence && evidence.getContent() != null) {
                evidence.setContent(evidence.getContent() + "\r\n(run " + ++run[0] + ")\r\n");
            }
        });
        timings.add(time("export, redacted, every output distinct", rounds, () -> {
            SessionExporter.export(distinct, plain, ExportOptions.redactedOnly("bench"), new NullProgressMonitor());
            return megabytes(plain);
        }));
        timings.add(time("export, pseudonymised, every output distinct", rounds, () -> {
            SessionExporter.export(distinct, pseudonymised, ExportOptions.pseudonymized("bench"),
                    new NullProgressMonitor());
            return megabytes(pseudonymised);
        }));
        SessionExporter.export(session, plain, ExportOptions.redactedOnly("bench"), new NullProgressMonitor());
        timings.add(time("import: read, check every hash, load the session", rounds, () -> {
            ExportArchive archive = ExportArchive.read(plain);
            if (!archive.intact() || archive.session().getObservations().size() != observations) {
                throw new IllegalStateException("the export did not come back whole: " + archive.integrityProblems());
            }
            return archive.session().getObservations().size() + " observations, intact";
        }));
        timings.add(time("re-diagnose offline from the export", rounds, () -> {
            try (Target target = new ExportTargetProvider().open(plain.toString())) {
                Session again = Diagnosis.newSession(target, null, null, "bench");
                DiagnosisEngine.standard().diagnose(again, target, new NullProgressMonitor());
                return again.getFindings().size() + " findings";
            }
        }));

        System.out.printf(Locale.ROOT, "Export benchmark: %d observations, %d round(s), Java %s, %d processors%n%n",
                observations, rounds, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-52s %10s %10s   %s%n", "step", "best ms", "median ms", "result");
        for (Timing timing : timings) {
            List<Long> sorted = timing.millis().stream().sorted().toList();
            System.out.printf(Locale.ROOT, "%-52s %10d %10d   %s%n", timing.what(), sorted.get(0),
                    sorted.get(sorted.size() / 2), timing.size());
        }
    }

    private static Session session(Path snapshot, int observations) throws Exception {
        try (Target target = new SnapshotTargetProvider().open(snapshot.toString())) {
            Session session = Diagnosis.newSession(target, null, null, "bench");
            DiagnosisEngine engine = DiagnosisEngine.standard();
            while (session.getObservations().size() < observations) {
                int missing = observations - session.getObservations().size();
                engine.runProbes(session, target, engine.probes().subList(0, Math.min(missing, engine.probes().size())),
                        new NullProgressMonitor());
            }
            engine.evaluate(session);
            return session;
        }
    }

    private static Timing time(String what, int rounds, Callable<String> step) throws Exception {
        List<Long> millis = new ArrayList<>();
        String result = null;
        for (int round = 0; round < rounds; round++) {
            long started = System.nanoTime();
            result = step.call();
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        return new Timing(what, millis, result);
    }

    private static String megabytes(Path file) throws IOException {
        return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1024.0 / 1024.0);
    }
}
