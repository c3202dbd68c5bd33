package org.triage.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.triage.fleet.Dimension;
import org.triage.fleet.FleetCell;
import org.triage.fleet.FleetDevice;
import org.triage.fleet.FleetException;
import org.triage.fleet.FleetFinding;
import org.triage.fleet.FleetIndex;
import org.triage.fleet.FleetReport;
import org.triage.fleet.FleetReportJson;
import org.triage.fleet.FleetReportText;
import org.triage.fleet.IngestListener;
import org.triage.fleet.IngestResult;
import org.triage.fleet.IngestedFile;
import org.triage.fleet.UnreadableFile;
import org.triage.fleet.export.FleetExport;
import org.triage.fleet.internal.FleetCredentials;

/** {@code triage fleet ingest|report|devices|unreadable|export|login}: the fleet index from the command line. */
final class FleetCommands {

    static final String USAGE = """
              fleet ingest PATH... [--db URL] [--threads N] [--progress] [--list]
                       diagnose every snapshot (zip or folder) and export under the paths offline and record each
                       device's newest snapshot, findings and facts in the fleet index; files already ingested (by
                       content) are skipped, unreadable ones recorded with the reason; a progress bar on a terminal;
                       --list prints a line per file as soon as it is committed: diagnosed|skipped|unreadable
                       SHA256 PATH (SHA256 is - for a file that could not be read at all)
              fleet report [--json] [--since DATE] [--db URL]
                       devices affected by each cause, each cause by VPN client, gateway, tunnel mode, site, OS
                       build, join type, proxy and day; the top combinations
              fleet devices [--cause ID] [--by FACT --value V] [--since DATE] [--db URL]
                       the devices of a report cell, each with its snapshot as a --target spec (FACT: %s)
              fleet unreadable [--db URL]
                       the files recorded as unreadable, and why
              fleet export --out DIR [--pseudonymize [--map FILE]] [--since DATE] [--db URL]
                       the fleet report as HTML with charts, JSON and CSV, redacted as session exports are
              fleet login --db URL
                       store the user name and password of a shared fleet database in the secure storage (asked
                       on the terminal); or set TRIAGE_FLEET_DB_USER and TRIAGE_FLEET_DB_PASSWORD
                       The fleet index is an H2 database in the state folder (~/.triage/fleet) unless
                       --db names one (jdbc:postgresql://HOST[:PORT]/DB); credentials never go into the URL.
            """.formatted(String.join(", ", java.util.Arrays.stream(Dimension.values()).map(Dimension::key).toList()));

    private final PrintStream out;
    private final PrintStream err;
    /** stderr unfiltered: the progress bar's carriage returns must reach the terminal as they are. */
    private final PrintStream progress;

    FleetCommands(PrintStream out, PrintStream err, PrintStream progress) {
        this.out = out;
        this.err = err;
        this.progress = progress;
    }

    int run(List<String> words) throws UsageException {
        if (words.isEmpty()) {
            throw new UsageException("fleet needs a verb: ingest, report, devices, unreadable, export or login");
        }
        List<String> rest = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "ingest" -> ingest(Arguments.parse(rest, Set.of("db", "threads"), Set.of("progress", "list")));
            case "report" -> report(Arguments.parse(rest, Set.of("db", "since"), Set.of("json")));
            case "devices" -> devices(Arguments.parse(rest, Set.of("db", "since", "cause", "by", "value"), Set.of()));
            case "unreadable" -> unreadable(Arguments.parse(rest, Set.of("db"), Set.of()));
            case "export" -> export(Arguments.parse(rest, Set.of("db", "since", "out", "map"), Set.of("pseudonymize")));
            case "login" -> login(Arguments.parse(rest, Set.of("db"), Set.of()));
            default -> throw new UsageException("unknown fleet verb '" + words.get(0) + "'");
        };
    }

    private FleetIndex open(Arguments arguments) throws FleetException {
        return FleetIndex.openDefaultOr(arguments.value("db"));
    }

    private int ingest(Arguments arguments) throws UsageException {
        if (arguments.positional().isEmpty()) {
            throw new UsageException("fleet ingest needs at least one PATH (a snapshot zip or folder, an export, or a "
                    + "folder holding them)");
        }
        int threads = Runtime.getRuntime().availableProcessors();
        if (arguments.value("threads") != null) {
            try {
                threads = Integer.parseInt(arguments.value("threads"));
            } catch (NumberFormatException e) {
                threads = 0;
            }
            if (threads < 1 || threads > 256) {
                throw new UsageException("--threads takes a number from 1 to 256");
            }
        }
        boolean bar = arguments.flag("progress") || onTerminal();
        List<Path> paths = arguments.positional().stream().map(Path::of).toList();
        try (FleetIndex index = open(arguments)) {
            out.println("Ingesting into " + index.database() + " with " + threads + " worker(s)");
            ProgressBar progress = new ProgressBar(this.progress, bar);
            IngestResult result = index.ingest(paths, threads, arguments.flag("list") ? listing(progress) : progress,
                    new NullProgressMonitor());
            progress.finish();
            result.problems().forEach(problem -> err.println("triage: warning: " + problem));
            progress.unreadable().forEach(file -> err.println("triage: unreadable: " + file.path() + ": "
                    + file.reason()));
            out.printf(Locale.ROOT, "%d file(s) found: %d diagnosed, %d already in the index, %d unreadable%n",
                    result.found(), result.diagnosed(), result.skipped(), result.unreadable());
            double seconds = result.took().toNanos() / 1e9;
            out.printf(Locale.ROOT, "took %.1f s (%.1f files/s); workers spent %.1f s reading and diagnosing, "
                    + "%.1f s in the database%n", seconds, seconds == 0 ? 0 : result.found() / seconds,
                    result.reading().toNanos() / 1e9, result.database().toNanos() / 1e9);
            return result.problems().isEmpty() || result.found() > 0 ? TriageCli.DONE : TriageCli.FAILED;
        } catch (FleetException e) {
            err.println("triage: " + e.getMessage());
            return TriageCli.FAILED;
        }
    }

    /**
     * The progress bar, and a line per file on stdout as soon as its transaction committed (flushed at once, so that a
     * script or an admin watching knows what a run that is stopped midway has already recorded).
     */
    private IngestListener listing(ProgressBar progress) {
        return new IngestListener() {

            @Override
            public void found(int files) {
                progress.found(files);
            }

            @Override
            public void accept(IngestedFile file) {
                progress.accept(file);
                out.println(file.outcome().name().toLowerCase(Locale.ROOT) + " "
                        + (file.sha256() == null ? "-" : file.sha256()) + " " + file.path());
                out.flush();
            }
        };
    }

    private int report(Arguments arguments) throws UsageException {
        LocalDate since = since(arguments);
        noPositional(arguments);
        try (FleetIndex index = open(arguments)) {
            FleetReport report = index.report(since);
            out.print(arguments.flag("json") ? FleetReportJson.write(report) + "\n" : FleetReportText.write(report));
            return TriageCli.DONE;
        } catch (FleetException e) {
            err.println("triage: " + e.getMessage());
            return TriageCli.FAILED;
        }
    }

    private int devices(Arguments arguments) throws UsageException {
        LocalDate since = since(arguments);
        noPositional(arguments);
        Dimension dimension = null;
        if (arguments.value("by") != null) {
            dimension = Dimension.byKey(arguments.value("by")).orElseThrow(() -> new UsageException("--by takes one "
                    + "of " + String.join(", ", java.util.Arrays.stream(Dimension.values()).map(Dimension::key)
                            .toList())));
            if (arguments.value("value") == null) {
                throw new UsageException("--by goes with --value V (an empty value: the devices where it is unknown)");
            }
        } else if (arguments.value("value") != null) {
            throw new UsageException("--value goes with --by FACT");
        }
        String value = arguments.value("value") == null || arguments.value("value").isEmpty() ? null
                : arguments.value("value");
        try (FleetIndex index = open(arguments)) {
            List<FleetDevice> devices = index.devicesOf(new FleetCell(arguments.value("cause"), dimension, value,
                    since));
            for (FleetDevice device : devices) {
                out.printf(Locale.ROOT, "%-20s %-26s %-40s %s%n", device.device(),
                        device.collectedAt() == null ? "(collected ?)" : device.collectedAt().toString(),
                        String.join(" ", device.findings().stream().map(FleetFinding::causeId).toList()),
                        device.targetSpec());
            }
            out.println(devices.size() + " device(s)");
            return TriageCli.DONE;
        } catch (FleetException e) {
            err.println("triage: " + e.getMessage());
            return TriageCli.FAILED;
        }
    }

    private int unreadable(Arguments arguments) throws UsageException {
        noPositional(arguments);
        try (FleetIndex index = open(arguments)) {
            List<UnreadableFile> files = index.unreadable();
            files.forEach(file -> out.println(file.path() + ": " + file.reason()));
            out.println(files.size() + " unreadable file(s)");
            return TriageCli.DONE;
        } catch (FleetException e) {
            err.println("triage: " + e.getMessage());
            return TriageCli.FAILED;
        }
    }

    private int export(Arguments arguments) throws UsageException {
        LocalDate since = since(arguments);
        noPositional(arguments);
        String folder = arguments.value("out");
        if (folder == null || folder.isBlank()) {
            throw new UsageException("fleet export needs --out DIR");
        }
        if (arguments.value("map") != null && !arguments.flag("pseudonymize")) {
            throw new UsageException("--map FILE goes with --pseudonymize");
        }
        try (FleetIndex index = open(arguments)) {
            FleetExport.Result result = FleetExport.export(index, since, Path.of(folder),
                    arguments.flag("pseudonymize"), arguments.value("map") == null ? null : Path.of(arguments.value("map")));
            out.println("Exported the fleet report of " + result.devices() + " device(s) to " + result.folder() + ": "
                    + result.files().stream().map(file -> file.getFileName().toString()).toList()
                    + (result.redacted() == 0 ? "" : "; " + result.redacted() + " value(s) redacted"));
            if (result.mapFile() != null) {
                out.println("Pseudonymised " + result.pseudonymised() + " value(s); the map from pseudonyms to real "
                        + "values is in " + result.mapFile() + ": keep it on this machine, never attach it to a ticket");
            }
            return TriageCli.DONE;
        } catch (FleetException | IOException e) {
            err.println("triage: " + e.getMessage());
            return TriageCli.FAILED;
        }
    }

    private int login(Arguments arguments) throws UsageException {
        noPositional(arguments);
        String url = arguments.value("db");
        if (url == null || url.isBlank()) {
            throw new UsageException("fleet login needs --db URL");
        }
        Console console = System.console();
        if (console == null) {
            err.println("triage: fleet login asks for the password on a terminal; without one, set "
                    + FleetCredentials.USER_VARIABLE + " and " + FleetCredentials.PASSWORD_VARIABLE);
            return TriageCli.FAILED;
        }
        String user = console.readLine("User for %s: ", url);
        char[] password = console.readPassword("Password: ");
        if (user == null || user.isBlank() || password == null) {
            err.println("triage: no user name given; nothing stored");
            return TriageCli.FAILED;
        }
        try {
            FleetCredentials.store(url, user.strip(), password);
            java.util.Arrays.fill(password, '\0');
            try (FleetIndex index = FleetIndex.open(url)) {
                out.println("Stored in the secure storage; " + index.database() + " opens with them");
            }
            return TriageCli.DONE;
        } catch (FleetException e) {
            err.println("triage: " + e.getMessage());
            return TriageCli.FAILED;
        }
    }

    /** Whether a person watches: System.console() alone is not null on Java 22+ even when output is redirected. */
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return true;
        }
    }

    private static LocalDate since(Arguments arguments) throws UsageException {
        String since = arguments.value("since");
        if (since == null) {
            return null;
        }
        try {
            return LocalDate.parse(since);
        } catch (DateTimeParseException e) {
            throw new UsageException("--since takes a date such as 2026-11-25");
        }
    }

    private static void noPositional(Arguments arguments) throws UsageException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + arguments.positional().get(0) + "'");
        }
    }

    /** The progress bar on stderr: redrawn in place at most five times a second, only where asked or on a terminal. */
    static final class ProgressBar implements IngestListener {

        private final PrintStream err;
        private final boolean shown;
        private final long started = System.nanoTime();
        private final List<IngestedFile> unreadable = new java.util.ArrayList<>();
        private int total;
        private int done;
        private long drawn;

        ProgressBar(PrintStream err, boolean shown) {
            this.err = err;
            this.shown = shown;
        }

        @Override
        public void found(int files) {
            total = files;
            draw(true);
        }

        @Override
        public void accept(IngestedFile file) {
            done++;
            if (file.outcome() == IngestedFile.Outcome.UNREADABLE) {
                unreadable.add(file);
            }
            draw(done == total);
        }

        List<IngestedFile> unreadable() {
            return unreadable;
        }

        private void draw(boolean now) {
            long time = System.nanoTime();
            if (!shown || !now && time - drawn < 200_000_000L) {
                return;
            }
            drawn = time;
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) width * done / total);
            double seconds = (time - started) / 1e9;
            err.printf(Locale.ROOT, "\r[%s%s] %d/%d %3d%%  %.1f files/s  %d unreadable ", "#".repeat(filled),
                    "-".repeat(width - filled), done, total, total == 0 ? 100 : 100 * done / total,
                    seconds == 0 ? 0 : done / seconds, unreadable.size());
            err.flush();
        }

        void finish() {
            if (shown) {
                draw(true);
                err.println();
            }
        }
    }
}
