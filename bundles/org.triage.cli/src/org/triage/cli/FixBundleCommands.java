package org.triage.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.triage.core.fix.FixDescriptor;
import org.triage.core.fix.FixRegistry;
import org.triage.core.rules.CauseDescriptor;
import org.triage.core.rules.RuleDescriptor;
import org.triage.core.rules.RuleRegistry;
import org.triage.install.FixBundleInstaller;
import org.triage.install.FixBundleSource;
import org.triage.install.InstallException;
import org.triage.install.TamperedContentException;
import org.triage.install.InstallLog;
import org.triage.install.InstallOutcome;
import org.triage.install.InstallPlan;
import org.triage.install.InstallText;
import org.triage.install.InstallRecord;
import org.triage.install.InstalledContent;
import org.triage.install.UninstallPlan;

/**
 * The verbs about fixes and the bundles that bring them: {@code fixes}, {@code install}, {@code uninstall} and
 * {@code installs}. What a bundle's fixes declare is printed the same way before it is installed as after.
 */
final class FixBundleCommands {

    private final PrintStream out;
    private final PrintStream err;
    private final BufferedReader answers;

    FixBundleCommands(PrintStream out, PrintStream err, BufferedReader answers) {
        this.out = out;
        this.err = err;
        this.answers = answers;
    }

    int fixes(Arguments arguments) throws UsageException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("fixes takes no arguments");
        }
        FixRegistry registry = FixRegistry.read();
        registry.descriptors().forEach(fix -> InstallText.fix(fix, "").forEach(out::println));
        RuleRegistry rules = RuleRegistry.read();
        printCauses(rules, registry);
        printRules(rules);
        registry.problems().forEach(problem -> err.println("triage: " + problem));
        rules.problems().forEach(problem -> err.println("triage: " + problem));
        return TriageCli.DONE;
    }

    /** The causes findings may name, with the fixes that address each or, where none does, the admin's advice. */
    private void printCauses(RuleRegistry rules, FixRegistry fixes) {
        out.println();
        out.println("Causes");
        for (CauseDescriptor cause : rules.causes()) {
            List<String> fixedBy = fixes.descriptors().stream().filter(fix -> fix.causes().contains(cause.id()))
                    .map(FixDescriptor::id).toList();
            out.println(String.format("  %-34s %s", cause.id(), cause.title()));
            out.println("      from " + cause.origin() + "; rank " + cause.rank() + "; "
                    + (!fixedBy.isEmpty() ? "fixed by " + String.join(", ", fixedBy)
                            : cause.advice() != null ? "for the admin: " + cause.advice() : "no fix addresses it"));
        }
    }

    /** The rules a diagnosis applies, with what each reads and may report. */
    private void printRules(RuleRegistry rules) {
        out.println();
        out.println("Rules");
        for (RuleDescriptor rule : rules.rules()) {
            out.println(String.format("  %-34s %s", rule.id(), rule.name()));
            out.println("      from " + rule.origin() + "; reads " + (rule.reads().isEmpty() ? "nothing"
                    : rule.reads().stream().map(read -> read.probe() + (read.required() ? "" : " (where present)"))
                            .collect(Collectors.joining(", ")))
                    + "; reports " + String.join(", ", rule.reports()));
        }
    }

    int install(Arguments arguments) throws UsageException {
        String source = single(arguments, "install takes one source: a p2 repository folder, its .zip, or an http(s) URL");
        try {
            FixBundleSource parsed = FixBundleSource.parse(source);
            FixBundleInstaller installer = FixBundleInstaller.forRunningProduct();
            try (InstallPlan plan = installer.prepare(parsed, arguments.flag("trusted-only"), new NullProgressMonitor())) {
                printPlan(plan);
                if (plan.refused()) {
                    InstallOutcome outcome = installer.install(plan, new NullProgressMonitor());
                    err.println("triage: refused: " + String.join("; ", plan.refusals()));
                    err.println("triage: nothing was installed; the refusal is recorded in " + installer.log().file());
                    return outcome.succeeded() ? TriageCli.FAILED : TriageCli.REFUSED;
                }
                if (!arguments.flag("yes") && !ask("Install " + InstallText.roots(plan.content()) + "? [y/N] ")) {
                    out.println("Nothing was installed.");
                    return TriageCli.DONE;
                }
                return report(installer.install(plan, new NullProgressMonitor()), "Installed " + InstallText.roots(plan.content()));
            }
        } catch (TamperedContentException e) {
            err.println("triage: refused: " + e.getMessage());
            err.println("triage: nothing was installed");
            return TriageCli.REFUSED;
        } catch (InstallException e) {
            err.println("triage: " + e.getMessage());
            return TriageCli.FAILED;
        }
    }

    int uninstall(Arguments arguments) throws UsageException {
        String id = single(arguments, "uninstall takes one id: a feature, a bundle, a fix id or a dropins file name");
        try {
            FixBundleInstaller installer = FixBundleInstaller.forRunningProduct();
            UninstallPlan plan = installer.prepareUninstall(id);
            InstallText.uninstall(plan).forEach(out::println);
            if (!arguments.flag("yes") && !ask("Uninstall " + plan.what() + "? [y/N] ")) {
                out.println("Nothing was uninstalled.");
                return TriageCli.DONE;
            }
            return report(installer.uninstall(plan, new NullProgressMonitor()), "Uninstalled " + plan.what());
        } catch (InstallException e) {
            err.println("triage: " + e.getMessage());
            return TriageCli.FAILED;
        }
    }

    int installs(Arguments arguments) throws UsageException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("installs takes no arguments");
        }
        try {
            FixBundleInstaller installer = FixBundleInstaller.forRunningProduct();
            InstalledContent installed = installer.installed();
            out.println(installed.units().isEmpty() ? "Installed with p2: nothing" : "Installed with p2");
            for (InstalledContent.InstalledUnit unit : installed.units()) {
                out.printf("  %s %s%s%n", unit.id(), unit.version(), unit.name() == null ? "" : "  (" + unit.name() + ")");
                unit.bundles().forEach(bundle -> out.printf("      bundle %s%n", bundle));
            }
            out.println(installed.dropins().isEmpty() ? "In dropins/: nothing" : "In dropins/ (" + installer.product().dropins() + ")");
            for (InstalledContent.DropIn dropIn : installed.dropins()) {
                out.printf("  %s: %s%n", dropIn.path().getFileName(), dropIn.bundles().isEmpty() ? "no bundle"
                        : dropIn.bundles().stream().map(InstallRecord.Unit::toString).collect(Collectors.joining(", ")));
            }
            InstallLog.Entries history = installer.history();
            out.printf("History (%s)%n", installer.log().file());
            if (history.records().isEmpty()) {
                out.println("  nothing installed or uninstalled yet");
            }
            for (InstallRecord record : history.records()) {
                out.printf("  %s  %-9s %-7s %s, by %s%n", record.time(), record.action(), record.outcome(),
                        record.units().stream().map(InstallRecord.Unit::toString).collect(Collectors.joining(", ")),
                        record.user());
                out.printf("      %s %s%n", InstallRecord.INSTALL.equals(record.action()) ? "from" : "asked for", record.source());
                record.bundles().forEach(bundle -> out.printf("      bundle %s %s%s%n", bundle.id(), bundle.version(),
                        bundle.signature() == null ? "" : ", " + bundle.signature()));
                record.fixes().forEach(fix -> out.printf("      fix    %s  %s%n", fix.id(), fix.name()));
                if (!InstallRecord.DONE.equals(record.outcome())) {
                    out.printf("      %s%n", record.message());
                }
            }
            installed.problems().forEach(problem -> err.println("triage: " + problem));
            history.problems().forEach(problem -> err.println("triage: " + problem));
            return TriageCli.DONE;
        } catch (InstallException e) {
            err.println("triage: " + e.getMessage());
            return TriageCli.FAILED;
        }
    }

    private void printPlan(InstallPlan plan) {
        InstallText.plan(plan).stream().filter(line -> !line.startsWith("REFUSED")).forEach(out::println);
        out.println();
    }

    private int report(InstallOutcome outcome, String done) {
        if (!outcome.succeeded()) {
            if (outcome.output() != null) {
                err.println(outcome.output().strip());
            }
            err.println("triage: " + outcome.message());
            return TriageCli.FAILED;
        }
        out.println(done + ".");
        out.println(outcome.message());
        return TriageCli.DONE;
    }

    private boolean ask(String question) {
        out.print(question);
        out.flush();
        try {
            String answer = answers.readLine();
            return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
        } catch (IOException e) {
            return false;
        }
    }

    private static String single(Arguments arguments, String usage) throws UsageException {
        List<String> positional = arguments.positional();
        if (positional.size() != 1) {
            throw new UsageException(usage);
        }
        return positional.get(0);
    }
}
