package org.triage.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.rules.RuleRegistry;
import org.triage.core.playbook.Playbook;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.playbook.StepRisk;
import org.triage.core.playbook.UserInstructions;
import org.triage.core.report.ReportJson;
import org.triage.core.session.SessionRecovery;
import org.triage.core.session.Sessions;
import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.core.target.TargetProvider;
import org.triage.core.target.Targets;
import org.triage.export.ExportOptions;
import org.triage.export.ExportResult;
import org.triage.export.SessionExporter;
import org.triage.model.FixAttempt;
import org.triage.model.LogLevel;
import org.triage.model.Session;
import org.triage.model.io.SessionFileException;
import org.triage.model.io.SessionFiles;

/** The verbs of {@code triage}. Output for people on stdout, problems on stderr, and exit codes scripts rely on. */
public final class TriageCli {

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int TARGET_UNREADABLE = 3;
    /** The install policy refused a fix bundle (unsigned, tampered, or not signed by a trusted signer). */
    public static final int REFUSED = 4;

    private static final Set<String> TARGET_OPTIONS = Set.of("target", "symptom", "save", "password-changed", "export",
            "map", "resume", "instructions");
    private static final Set<String> PLAYBOOK_OPTIONS = union(TARGET_OPTIONS, "undo");

    private final PrintStream out;
    private final PrintStream err;
    /** stderr as given, for the progress bar alone: it redraws itself with a carriage return and carries only counts. */
    private final PrintStream progress;
    private final InputStream in;

    public TriageCli(PrintStream out, PrintStream err, InputStream in) {
        this.out = out;
        // an error may quote what it failed on: nothing secret reaches stderr
        this.err = RedactingErrorStream.around(err);
        this.progress = err;
        this.in = in;
    }

    public int run(String... args) {
        List<String> words = Arrays.asList(args);
        if (words.isEmpty()) {
            err.println("triage: no verb given");
            err.print(usage());
            return USAGE;
        }
        if (words.contains("--help") || words.contains("-h") || words.get(0).equals("help")) {
            out.print(usage());
            return DONE;
        }
        if (words.get(0).equals("--version")) {
            out.println("Triage Console " + version());
            return DONE;
        }
        List<String> rest = words.subList(1, words.size());
        try {
            return switch (words.get(0)) {
                case "diagnose" -> diagnose(Arguments.parse(rest, TARGET_OPTIONS, Set.of("json", "pseudonymize")));
                case "playbook" -> playbook(Arguments.parse(rest, PLAYBOOK_OPTIONS, Set.of("yes", "json", "pseudonymize")));
                case "undo" -> undo(Arguments.parse(rest, Set.of("session", "step", "target", "save"), Set.of("yes")));
                case "export" -> export(Arguments.parse(rest, Set.of("session", "out", "map"), Set.of("pseudonymize")));
                case "fixes" -> fixBundles().fixes(Arguments.parse(rest, Set.of(), Set.of()));
                case "symptoms" -> new SymptomCommands(out, err).symptoms(Arguments.parse(rest, Set.of(), Set.of()));
                case "install" -> fixBundles().install(Arguments.parse(rest, Set.of(), Set.of("trusted-only", "yes")));
                case "uninstall" -> fixBundles().uninstall(Arguments.parse(rest, Set.of(), Set.of("yes")));
                case "installs" -> fixBundles().installs(Arguments.parse(rest, Set.of(), Set.of()));
                case "fleet" -> new FleetCommands(out, err, progress).run(rest);
                default -> throw new UsageException("unknown verb '" + words.get(0) + "'");
            };
        } catch (UsageException e) {
            err.println("triage: " + e.getMessage());
            err.print(usage());
            return USAGE;
        } catch (RuntimeException | Error e) {
            // a script must never read a crash (or running out of memory) as success: name it and fail
            err.println("triage: internal error in '" + words.get(0) + "': " + e);
            StackTraceElement[] where = e.getStackTrace();
            if (where.length > 0) {
                err.println("triage:   at " + where[0]);
            }
            return FAILED;
        }
    }

    String usage() {
        StringBuilder usage = new StringBuilder();
        usage.append("Usage: triage <verb> [options]\n\n");
        usage.append("Verbs:\n");
        usage.append("  diagnose --target TARGET [--symptom CODE] [--password-changed ISO-8601] [--json] [--save FILE.xmi]\n");
        usage.append("           [--export FILE.zip [--pseudonymize] [--map FILE]]\n");
        usage.append("           inspect the target, print observations, findings and the playbook\n");
        usage.append("  playbook --target TARGET [--symptom CODE] [--password-changed ISO-8601] [--yes] [--json] [--save FILE.xmi]\n");
        usage.append("           [--export FILE.zip [--pseudonymize] [--map FILE]]\n");
        usage.append("           diagnose, then apply the fixes in order, verifying each (--yes: do not ask);\n");
        usage.append("           --save writes the session after every step, so that a crash loses at most the step in flight\n");
        usage.append("  playbook --resume FILE.xmi [--yes] [--json] [--save FILE.xmi] [--export FILE.zip]\n");
        usage.append("           continue a saved session after its last completed step, on the target it records\n");
        usage.append("           (opened again); it is saved back to FILE.xmi unless --save names another file\n");
        usage.append("           Steps that are destructive or drop the network connection are asked for with their\n");
        usage.append("           changes; without --yes and with no one to answer (no terminal) they are refused.\n");
        usage.append("  playbook ... --undo FIX-ID\n");
        usage.append("           after the playbook, undo that step in the same run (see undo)\n");
        usage.append("  undo     --session FILE.xmi --step FIX-ID [--target TARGET] [--yes] [--save FILE.xmi]\n");
        usage.append("           put back what a completed, reversible step changed (the registry values it recorded),\n");
        usage.append("           showing each value now and as restored and asking first; refused where the step is\n");
        usage.append("           unknown, never ran, is not reversible, or a value changed since. The undo and the\n");
        usage.append("           re-diagnosis are recorded and the session saved back. The demo workstation starts\n");
        usage.append("           afresh in every run: undo it with playbook --undo, or in the console\n");
        usage.append("  diagnose and playbook also take --instructions FILE.txt: the steps handed to the user, as text\n");
        usage.append("           for the ticket and as a PowerShell script (FILE.ps1) with the same commands\n");
        usage.append("  export   --session FILE.xmi --out FILE.zip [--pseudonymize] [--map FILE]\n");
        usage.append("           write a saved session as one redacted file for a ticket: session, reports, raw evidence\n");
        usage.append("  fixes    list every fix, cause and rule the product knows, with its contributing bundle and what it declares\n");
        usage.append("  symptoms list the symptom catalogue: each code with its message as users see it, its meaning,\n");
        usage.append("           the causes it points to and its source (any other --symptom code is diagnosed without hints)\n");
        usage.append("  install SOURCE [--trusted-only] [--yes]\n");
        usage.append("           install fix bundles from a p2 repository folder, its .zip or an http(s) URL: shows what\n");
        usage.append("           their fixes declare and whether they are signed, then asks (--trusted-only: refuse unsigned)\n");
        usage.append("  uninstall ID [--yes]\n");
        usage.append("           uninstall what brought a feature, bundle or fix id, or a file in dropins/\n");
        usage.append("  installs list what was installed (with p2 and in dropins/) and the install log\n");
        usage.append(FleetCommands.USAGE).append('\n');
        usage.append("Options:\n  --help          this text\n  --version       the product version\n");
        usage.append("  --pseudonymize  replace user, host and tenant names, addresses and ids in the export; the map\n");
        usage.append("                  goes to FILE.zip.map.json (or --map FILE) and stays on this machine\n\n");
        usage.append("Targets:\n");
        for (TargetProvider provider : Targets.providers()) {
            usage.append("  ").append(provider.usage()).append('\n');
        }
        usage.append("\nExit codes: 0 done (with or without findings), 1 failed, 2 usage error, 3 target unreadable,\n"
                + "4 refused by the install policy.\n");
        return usage.toString();
    }

    static String version() {
        Bundle bundle = FrameworkUtil.getBundle(TriageCli.class);
        return bundle == null ? "unknown" : bundle.getVersion().toString();
    }

    private int diagnose(Arguments arguments) throws UsageException {
        String spec = required(arguments, "target");
        exportOptions(arguments);
        try (Target target = open(spec)) {
            if (target == null) {
                return TARGET_UNREADABLE;
            }
            Session session = newSession(target, arguments);
            FixRegistry fixes = FixRegistry.read();
            Diagnosis.run(session, target, DiagnosisEngine.standard(), fixes, new NullProgressMonitor());
            warnOfFixesLeftOut(session, fixes);
            if (arguments.flag("json")) {
                out.println(ReportJson.write(session));
            } else {
                new SummaryPrinter(out).print(session);
            }
            int instructions = instructionsIfAsked(session, arguments, new SummaryPrinter(arguments.flag("json") ? err : out));
            return worst(worst(save(session, arguments), instructions), exportIfAsked(session, arguments));
        }
    }

    private int playbook(Arguments arguments) throws UsageException {
        if (arguments.value("resume") != null) {
            return resume(arguments);
        }
        String spec = required(arguments, "target");
        exportOptions(arguments);
        try (Target target = open(spec)) {
            if (target == null) {
                return TARGET_UNREADABLE;
            }
            Session session = newSession(target, arguments);
            DiagnosisEngine engine = DiagnosisEngine.standard();
            FixRegistry fixes = FixRegistry.read();
            Diagnosis.run(session, target, engine, fixes, new NullProgressMonitor());
            warnOfFixesLeftOut(session, fixes);
            return walk(session, target, engine, fixes, arguments, arguments.value("save"));
        }
    }

    /** {@code playbook --resume FILE}: the saved session goes on where it stopped, on its target opened again. */
    private int resume(Arguments arguments) throws UsageException {
        String file = arguments.value("resume");
        if (file.isBlank()) {
            throw new UsageException("--resume needs a session file");
        }
        for (String option : List.of("target", "symptom", "password-changed")) {
            if (arguments.value(option) != null) {
                throw new UsageException("--" + option + " does not go with --resume: the session records its target "
                        + "and symptom");
            }
        }
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + arguments.positional().get(0) + "'");
        }
        exportOptions(arguments);
        Session session;
        try {
            session = SessionFiles.load(Path.of(file));
        } catch (SessionFileException e) {
            err.println("triage: cannot read the session: " + e.getMessage());
            return FAILED;
        }
        String spec = SessionRecovery.targetSpec(session);
        if (spec == null) {
            err.println("triage: the session " + file + " does not record its target; it cannot be resumed");
            return TARGET_UNREADABLE;
        }
        try (Target target = open(spec)) {
            if (target == null) {
                return TARGET_UNREADABLE;
            }
            List<FixAttempt> interrupted = SessionRecovery.markInterrupted(session);
            Sessions.log(session, LogLevel.INFO, "recovery", "resumed by the command line after "
                    + SessionRecovery.finishedSteps(session) + " finished step(s); the target " + spec
                    + " was opened again");
            PrintStream report = arguments.flag("json") ? err : out;
            report.println("Resuming session " + session.getId() + " on " + spec + ": "
                    + SessionRecovery.finishedSteps(session) + " of " + session.getFixAttempts().size()
                    + " steps finished, " + SessionRecovery.remaining(session).size() + " still planned");
            interrupted.forEach(step -> report.println("  " + step.getFixId() + ": " + step.getOutcomeMessage()));
            String save = arguments.value("save") == null ? file : arguments.value("save");
            return walk(session, target, DiagnosisEngine.standard(), FixRegistry.read(), arguments, save);
        }
    }

    /** Prints the session, runs its planned steps (asking where told to), then saves, writes and exports it. */
    private int walk(Session session, Target target, DiagnosisEngine engine, FixRegistry fixes, Arguments arguments,
            String saveFile) throws UsageException {
        Autosave autosave = new Autosave(session, saveFile);
        autosave.save();
        boolean json = arguments.flag("json");
        SummaryPrinter printer = new SummaryPrinter(json ? err : out);
        BufferedReader answers = answers();
        printer.print(session);
        if (PlaybookRunner.planned(session).isEmpty() && !PlaybookRunner.handedOver(session).isEmpty()) {
            printer.line("\nNothing to do on this PC: what is found is decided in the tenant and handed over.");
            new PlaybookRunner(engine, fixes, target, session).onChange(attempt -> autosave.save()).conclude();
            printer.outcome(session);
        } else if (PlaybookRunner.planned(session).isEmpty()) {
            printer.line(session.getFixAttempts().isEmpty() ? "\nNothing to do: no finding calls for a fix."
                    : "\nNothing to do: no step is still planned.");
        } else {
            boolean yes = arguments.flag("yes");
            printer.line("\nPlaybook");
            new PlaybookRunner(engine, fixes, target, session)
                    .onChange(attempt -> {
                        autosave.save();
                        if (attempt != null && attempt.getFinishedAt() != null) {
                            printer.step(attempt);
                        }
                    })
                    .runAll((attempt, preview) -> yes || ask(printer, answers, attempt, StepRisk.of(attempt, fixes)),
                            new NullProgressMonitor());
            printer.outcome(session);
        }
        int undone = DONE;
        if (arguments.value("undo") != null) {
            undone = new UndoCommands(printer, err, answers).undo(session, target, arguments.value("undo"),
                    arguments.flag("yes"));
        }
        if (json) {
            out.println(ReportJson.write(session));
        }
        return worst(undone, worst(worst(autosave.save(), instructionsIfAsked(session, arguments, printer)),
                exportIfAsked(session, arguments)));
    }

    /** {@code --instructions FILE}: the steps handed to the user, as text and as a PowerShell script beside it. */
    private int instructionsIfAsked(Session session, Arguments arguments, SummaryPrinter printer) {
        String file = arguments.value("instructions");
        if (file == null) {
            return DONE;
        }
        List<FixAttempt> steps = UserInstructions.handedToUser(session);
        if (steps.isEmpty()) {
            printer.line("No step is handed to the user: nothing written to " + file);
            return DONE;
        }
        try {
            Path script = UserInstructions.write(session, steps, Path.of(file));
            printer.line("Instructions for the user (" + steps.size() + " step(s)) written to " + file + " and, as a "
                    + "PowerShell script, to " + script);
            return DONE;
        } catch (IOException e) {
            err.println("triage: cannot write the instructions to " + file + ": " + e.getMessage());
            return FAILED;
        }
    }

    /**
     * Every fix that is not in the plan, every rule left out of the diagnosis, and why, on stderr: where the admin
     * looks, also with --json.
     */
    private void warnOfFixesLeftOut(Session session, FixRegistry fixes) {
        Playbook.leftOut(session, fixes).forEach(problem -> err.println("triage: warning: " + problem));
        RuleRegistry.read().problems().forEach(problem -> err.println("triage: warning: " + problem));
        session.getLog().stream().filter(entry -> entry.getLevel() == LogLevel.ERROR && entry.getSource() != null
                && entry.getSource().startsWith("rule ")).forEach(entry -> err.println("triage: warning: "
                        + entry.getMessage()));
    }

    private FixBundleCommands fixBundles() {
        return new FixBundleCommands(out, err, answers());
    }

    private BufferedReader answers() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Saves the live session to {@code --save FILE} after every change, atomically, so that a process killed in
     * the middle of a playbook leaves a whole session that lacks at most the step in flight. A failed save is
     * reported once and the playbook goes on; the run then ends with {@link #FAILED}.
     */
    private final class Autosave {

        private final Session session;
        private final Path file;
        private boolean failed;

        Autosave(Session session, String file) {
            this.session = session;
            this.file = file == null ? null : Path.of(file);
        }

        int save() {
            if (file == null) {
                return DONE;
            }
            try {
                SessionFiles.save(session, file);
            } catch (IOException e) {
                if (!failed) {
                    err.println("triage: cannot save the session to " + file + ": " + e.getMessage());
                }
                failed = true;
            }
            return failed ? FAILED : DONE;
        }
    }

    /** {@code undo --session FILE --step FIX-ID}: the step's recorded values put back on the session's target. */
    private int undo(Arguments arguments) throws UsageException {
        String file = required(arguments, "session");
        String step = required(arguments, "step");
        Session session;
        try {
            session = SessionFiles.load(Path.of(file));
        } catch (SessionFileException e) {
            err.println("triage: cannot read the session: " + e.getMessage());
            return TARGET_UNREADABLE;
        }
        String spec = arguments.value("target") != null ? arguments.value("target") : SessionRecovery.targetSpec(session);
        if (spec == null || spec.isBlank()) {
            err.println("triage: the session " + file + " does not record its target; name it with --target");
            return TARGET_UNREADABLE;
        }
        try (Target target = open(spec)) {
            if (target == null) {
                return TARGET_UNREADABLE;
            }
            String recorded = session.getTarget() == null ? null : session.getTarget().getHostname();
            String opened = target.info().hostname();
            if (recorded != null && opened != null && !recorded.equalsIgnoreCase(opened)) {
                err.println("triage: cannot undo " + step + ": the session is of " + recorded + " but the target "
                        + spec + " is " + opened + "; undo on the workstation the step ran on");
                return FAILED;
            }
            out.println("Session " + session.getId() + " on " + spec);
            int steps = session.getFixAttempts().size();
            int result = new UndoCommands(new SummaryPrinter(out), err, answers()).undo(session, target, step,
                    arguments.flag("yes"));
            if (session.getFixAttempts().size() == steps) {
                return result;
            }
            String save = arguments.value("save") == null ? file : arguments.value("save");
            try {
                SessionFiles.save(session, Path.of(save));
                out.println("Session saved to " + save);
            } catch (IOException e) {
                err.println("triage: cannot save the session to " + save + ": " + e.getMessage());
                return FAILED;
            }
            return result;
        }
    }

    private static Set<String> union(Set<String> options, String more) {
        java.util.HashSet<String> all = new java.util.HashSet<>(options);
        all.add(more);
        return Set.copyOf(all);
    }

    private int export(Arguments arguments) throws UsageException {
        String sessionFile = required(arguments, "session");
        String outFile = required(arguments, "out");
        ExportOptions options = new ExportOptions(arguments.flag("pseudonymize"), mapFile(arguments), version());
        Session session;
        try {
            session = SessionFiles.load(Path.of(sessionFile));
        } catch (SessionFileException e) {
            err.println("triage: cannot read the session: " + e.getMessage());
            return TARGET_UNREADABLE;
        }
        return export(session, Path.of(outFile), options, out);
    }

    /** Validates --export, --pseudonymize and --map; null where no export is asked for. */
    private ExportOptions exportOptions(Arguments arguments) throws UsageException {
        if (arguments.value("export") == null) {
            if (arguments.flag("pseudonymize") || arguments.value("map") != null) {
                throw new UsageException("--pseudonymize and --map go with --export FILE.zip");
            }
            return null;
        }
        if (arguments.value("export").isBlank()) {
            throw new UsageException("--export needs a file name");
        }
        return new ExportOptions(arguments.flag("pseudonymize"), mapFile(arguments), version());
    }

    private Path mapFile(Arguments arguments) throws UsageException {
        String map = arguments.value("map");
        if (map != null && !arguments.flag("pseudonymize")) {
            throw new UsageException("--map FILE goes with --pseudonymize");
        }
        return map == null ? null : Path.of(map);
    }

    private int exportIfAsked(Session session, Arguments arguments) throws UsageException {
        ExportOptions options = exportOptions(arguments);
        if (options == null) {
            return DONE;
        }
        return export(session, Path.of(arguments.value("export")), options, arguments.flag("json") ? err : out);
    }

    private int export(Session session, Path zip, ExportOptions options, PrintStream report) {
        try {
            ExportResult result = SessionExporter.export(session, zip, options, new NullProgressMonitor());
            report.println("Exported to " + result.file() + ": " + result.entries() + " entries, "
                    + (result.redactionTotal() == 0 ? "nothing needed redacting"
                            : result.redactionTotal() + " value(s) redacted " + result.redactions().entrySet().stream()
                                    .map(entry -> entry.getKey().label() + " " + entry.getValue()).toList()));
            if (result.mapFile() != null) {
                report.println("Pseudonymised " + result.pseudonyms().values().stream().mapToInt(Integer::intValue).sum()
                        + " value(s); the map from pseudonyms to real values is in " + result.mapFile()
                        + ": keep it on this machine, never attach it to the ticket");
            }
            return DONE;
        } catch (IOException e) {
            err.println("triage: " + e.getMessage());
            return FAILED;
        }
    }

    private static int worst(int first, int second) {
        return Math.max(first, second);
    }

    /**
     * Asks on the terminal whether to apply a step, showing its changes and, for a step that is destructive or drops
     * the connection, why it is asked. With no one to answer (the input ended: no terminal), nothing is applied.
     */
    private boolean ask(SummaryPrinter printer, BufferedReader answers, FixAttempt attempt, StepRisk risk) {
        printer.preview(attempt);
        if (risk.asksFirst()) {
            printer.line("  " + risk.warning());
        }
        printer.prompt("Apply " + attempt.getFixId() + "? [y/N] ");
        String answer;
        try {
            answer = answers.readLine();
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null) {
            printer.line("");
            printer.line("  no answer (no terminal): " + attempt.getFixId() + " is not applied"
                    + (risk.asksFirst() ? "; it " + (risk.dropsConnectivity() ? "drops the connection"
                            : risk.destructive() ? "is destructive" : "changes system settings")
                            + " and is applied only when confirmed" : "")
                    + "; run with --yes to apply the steps without asking");
            return false;
        }
        return answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
    }

    private Target open(String spec) {
        try {
            Target target = Targets.open(spec);
            // e.g. an export whose entries were changed after it was written, files a snapshot left out
            target.notes().forEach(note -> err.println("triage: warning: " + note));
            return target;
        } catch (TargetException e) {
            err.println("triage: cannot open target '" + spec + "': " + e.getMessage());
            return null;
        }
    }

    private Session newSession(Target target, Arguments arguments) throws UsageException {
        Instant passwordChanged = null;
        String changed = arguments.value("password-changed");
        if (changed != null) {
            try {
                passwordChanged = Instant.parse(changed);
            } catch (DateTimeParseException e) {
                throw new UsageException("--password-changed takes an ISO-8601 instant such as 2026-11-25T08:00:00Z");
            }
        }
        return Diagnosis.newSession(target, arguments.value("symptom"), passwordChanged, version());
    }

    private int save(Session session, Arguments arguments) {
        String file = arguments.value("save");
        if (file == null) {
            return DONE;
        }
        try {
            SessionFiles.save(session, Path.of(file));
            return DONE;
        } catch (IOException e) {
            err.println("triage: cannot save the session to " + file + ": " + e.getMessage());
            return FAILED;
        }
    }

    private static String required(Arguments arguments, String name) throws UsageException {
        String value = arguments.value(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("--" + name + " is required");
        }
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + arguments.positional().get(0) + "'");
        }
        return value;
    }
}
