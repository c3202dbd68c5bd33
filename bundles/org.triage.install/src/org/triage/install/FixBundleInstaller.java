package org.triage.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.triage.core.fix.FixDescriptor;
import org.triage.core.fix.FixRegistry;

/**
 * Installs and uninstalls third-party fix bundles in the product this runtime runs from, the same way for
 * the command line and the console: first {@link #prepare} reads the source into a local mirror and shows
 * what it brings (its fixes and what they declare, whether it is signed, what the policy says), then
 * {@link #install} hands exactly that mirror to the p2 director, in a child process of the product's own
 * launcher. Every install and uninstall, done, refused or failed, is appended to the install log. Changes
 * take effect when the product starts next.
 */
public final class FixBundleInstaller {

    private static final ILog LOG = ILog.of(FixBundleInstaller.class);
    private static final Duration DIRECTOR_TIMEOUT = Duration.ofMinutes(10);

    private final ProductInstallation product;
    private final InstallLog log;

    public FixBundleInstaller(ProductInstallation product) {
        this.product = product;
        this.log = new InstallLog(product.stateDir());
    }

    /** @throws InstallException where this runtime is not an installed product with a p2 profile */
    public static FixBundleInstaller forRunningProduct() throws InstallException {
        return new FixBundleInstaller(ProductInstallation.running());
    }

    public ProductInstallation product() {
        return product;
    }

    public InstallLog log() {
        return log;
    }

    /** The policy in force, strengthened to signed content only where the admin asks for it. */
    public InstallPolicy policy(boolean trustedOnly) throws InstallException {
        return InstallPolicy.read(product.stateDir()).requiringTrust(trustedOnly);
    }

    /**
     * Reads the source into a local mirror and inspects it. Nothing is installed; close the plan when done.
     *
     * @throws InstallException where the source cannot be read or the policy file is broken
     */
    public InstallPlan prepare(FixBundleSource source, boolean trustedOnly, IProgressMonitor monitor)
            throws InstallException {
        InstallPolicy policy = policy(trustedOnly);
        Path folder;
        try {
            folder = Files.createTempDirectory("triage-install-");
        } catch (IOException e) {
            throw new InstallException("cannot create a folder to read " + source + " into: " + e.getMessage(), e);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + source, 10);
        RepositoryMirror mirror = null;
        try {
            try {
                mirror = RepositoryMirror.fetch(source, folder, progress.split(8));
            } catch (TamperedContentException e) {
                record(InstallRecord.INSTALL, InstallRecord.REFUSED, e.getMessage(), source.text(), policy, List.of(),
                        List.of(), List.of(), null, null);
                throw e;
            }
            FixBundleContent content = FixBundleInspector.inspect(mirror);
            progress.worked(2);
            return new InstallPlan(source, folder, mirror, content, policy);
        } catch (InstallException | RuntimeException e) {
            if (mirror != null) {
                mirror.close();
            }
            FileTrees.delete(folder);
            throw e;
        }
    }

    /**
     * Installs the plan's content, or, where the policy refuses it, records the refusal and installs nothing.
     * The director trusts only what the plan's policy trusts, so a source that changed after it was read cannot
     * bring unsigned content either.
     */
    public InstallOutcome install(InstallPlan plan, IProgressMonitor monitor) throws InstallException {
        FixBundleContent content = plan.content();
        if (plan.refused()) {
            return record(InstallRecord.INSTALL, InstallRecord.REFUSED, "refused by the install policy: "
                    + String.join("; ", plan.refusals()), plan.source().text(), plan.policy(), content.roots(),
                    artifacts(content), fixes(content.fixes()), null, null);
        }
        List<String> arguments = new ArrayList<>(List.of("-repository", plan.repository().toUri().toString(),
                "-installIU", String.join(",", content.roots().stream().map(InstallRecord.Unit::id).toList()),
                "-profile", product.profileId(), "-verboseTrust", "-tag", "triage install " + plan.source().text()));
        if (plan.policy().trustedOnly()) {
            arguments.add("-trustSignedContentOnly");
        }
        if (!plan.policy().trustedSigners().isEmpty()) {
            arguments.addAll(List.of("-trustedCertificates", String.join(",", plan.policy().trustedSigners())));
        }
        SubMonitor.convert(monitor, "Installing " + content.roots(), SubMonitor.UNKNOWN);
        P2Application.Result result = P2Application.run(product, P2Application.DIRECTOR, arguments, DIRECTOR_TIMEOUT);
        if (!result.succeeded()) {
            LOG.warn("p2 director failed to install " + content.roots() + ":\n" + result.output());
            return record(InstallRecord.INSTALL, InstallRecord.FAILED, "the p2 director failed (exit code "
                    + result.exitCode() + "): " + directorProblem(result.output()), plan.source().text(), plan.policy(),
                    content.roots(), artifacts(content), fixes(content.fixes()), result, null);
        }
        return record(InstallRecord.INSTALL, InstallRecord.DONE, InstallOutcome.RESTART, plan.source().text(),
                plan.policy(), content.roots(), artifacts(content), fixes(content.fixes()), result, null);
    }

    /**
     * Works out what uninstalling {@code id} removes: a unit installed with p2 (its id, with or without
     * {@code .feature.group}), the unit or dropins entry that holds a bundle or a fix of that id, or a dropins
     * entry by its file name.
     */
    public UninstallPlan prepareUninstall(String id) throws InstallException {
        if (id == null || id.isBlank()) {
            throw new InstallException("name what to uninstall: a feature, a bundle, a fix id or a dropins file");
        }
        String wanted = id.strip();
        InstalledContent installed = installed();
        FixRegistry fixes = FixRegistry.read();
        Optional<FixDescriptor> fix = fixes.byId(wanted);
        String bundle = fix.map(FixDescriptor::contributor).orElse(wanted);

        for (InstalledContent.InstalledUnit unit : installed.units()) {
            boolean named = unit.id().equals(wanted) || unit.id().equals(wanted + ".feature.group");
            if (named || unit.bundles().stream().anyMatch(b -> b.id().equals(bundle))) {
                return new UninstallPlan(wanted, new InstallRecord.Unit(unit.id(), unit.version()), null,
                        unit.bundles(), fixesOf(unit.bundles(), fixes));
            }
        }
        for (InstalledContent.DropIn dropIn : installed.dropins()) {
            String file = dropIn.path().getFileName().toString();
            if (file.equals(wanted) || dropIn.bundles().stream().anyMatch(b -> b.id().equals(bundle))) {
                return new UninstallPlan(wanted, null, dropIn.path(), dropIn.bundles(), fixesOf(dropIn.bundles(), fixes));
            }
        }
        boolean ownUnit = installed.product().stream().anyMatch(unit -> unit.id().equals(wanted)
                || unit.id().equals(wanted + ".feature.group"));
        if (ownUnit || bundle.startsWith("org.triage.") || bundle.startsWith("org.eclipse.")) {
            throw new InstallException(wanted + " is part of Triage Console itself and cannot be uninstalled");
        }
        throw new InstallException("nothing installed is called " + wanted
                + (installed.problems().isEmpty() ? "" : " (" + String.join("; ", installed.problems()) + ")")
                + "; 'triage installs' lists what is");
    }

    /** Uninstalls with p2 (then collects its files), or deletes the dropins entry; records it either way. */
    public InstallOutcome uninstall(UninstallPlan plan, IProgressMonitor monitor) throws InstallException {
        List<InstallRecord.Artifact> bundles = plan.bundles().stream()
                .map(b -> new InstallRecord.Artifact(b.id(), b.version(), null)).toList();
        if (plan.dropIn() != null) {
            FileTrees.delete(plan.dropIn());
            if (Files.exists(plan.dropIn())) {
                return record(InstallRecord.UNINSTALL, InstallRecord.FAILED, "cannot delete " + plan.dropIn(),
                        plan.requested(), null, List.of(), bundles, plan.fixes(), null, plan.dropIn());
            }
            return record(InstallRecord.UNINSTALL, InstallRecord.DONE, "deleted " + plan.dropIn() + ". "
                    + InstallOutcome.RESTART, plan.requested(), null, List.of(), bundles, plan.fixes(), null, plan.dropIn());
        }
        SubMonitor.convert(monitor, "Uninstalling " + plan.what(), SubMonitor.UNKNOWN);
        P2Application.Result result = P2Application.run(product, P2Application.DIRECTOR, List.of("-uninstallIU",
                plan.unit().id(), "-profile", product.profileId(), "-tag", "triage uninstall " + plan.requested()),
                DIRECTOR_TIMEOUT);
        if (!result.succeeded()) {
            LOG.warn("p2 director failed to uninstall " + plan.unit() + ":\n" + result.output());
            return record(InstallRecord.UNINSTALL, InstallRecord.FAILED, "the p2 director failed (exit code "
                    + result.exitCode() + "): " + directorProblem(result.output()), plan.requested(), null,
                    List.of(plan.unit()), bundles, plan.fixes(), result, null);
        }
        String message = InstallOutcome.RESTART;
        P2Application.Result collected = P2Application.run(product, P2Application.GARBAGE_COLLECTOR,
                List.of("-profile", product.profileId()), DIRECTOR_TIMEOUT);
        if (!collected.succeeded()) {
            LOG.warn("p2 garbage collector failed:\n" + collected.output());
            message = "The bundles' files stay in plugins/ until p2 collects them (the garbage collector failed with exit"
                    + " code " + collected.exitCode() + "). " + message;
        }
        return record(InstallRecord.UNINSTALL, InstallRecord.DONE, message, plan.requested(), null,
                List.of(plan.unit()), bundles, plan.fixes(), result, null);
    }

    public InstalledContent installed() {
        return InstalledContent.of(product);
    }

    public InstallLog.Entries history() throws InstallException {
        return log.read();
    }

    private InstallOutcome record(String action, String outcome, String message, String source, InstallPolicy policy,
            List<InstallRecord.Unit> units, List<InstallRecord.Artifact> bundles, List<InstallRecord.FixEntry> fixes,
            P2Application.Result result, Path dropIn) throws InstallException {
        InstallRecord record = new InstallRecord(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), action,
                outcome, message, source, System.getProperty("user.name"), policy == null ? null : policy.describe(),
                dropIn == null ? units : List.of(new InstallRecord.Unit("dropins/" + dropIn.getFileName(), "")),
                bundles, fixes, result == null ? null : result.exitCode());
        log.append(record);
        boolean done = InstallRecord.DONE.equals(outcome);
        return new InstallOutcome(done, message, done, result == null ? null : result.output(), record);
    }

    private static List<InstallRecord.Artifact> artifacts(FixBundleContent content) {
        List<InstallRecord.Artifact> artifacts = new ArrayList<>();
        content.newBundles().forEach(bundle -> artifacts.add(new InstallRecord.Artifact(bundle.symbolicName(),
                bundle.version(), bundle.signature().describe())));
        return artifacts;
    }

    private static List<InstallRecord.FixEntry> fixes(List<FixDescriptor> fixes) {
        return fixes.stream().map(fix -> new InstallRecord.FixEntry(fix.id(), fix.name(), fix.origin())).toList();
    }

    private static List<InstallRecord.FixEntry> fixesOf(List<InstallRecord.Unit> bundles, FixRegistry registry) {
        return fixes(registry.descriptors().stream()
                .filter(fix -> bundles.stream().anyMatch(bundle -> bundle.id().equals(fix.contributor()))).toList());
    }

    /** The lines of the director's output that say what went wrong. */
    static String directorProblem(String output) {
        List<String> lines = output.lines().map(String::strip)
                .filter(line -> {
                    String lower = line.toLowerCase(Locale.ROOT);
                    return lower.contains("fail") || lower.contains("error") || lower.contains("unsigned")
                            || lower.contains("cannot") || lower.contains("missing") || lower.contains("not trusted");
                }).distinct().limit(8).toList();
        return lines.isEmpty() ? "see the output above" : String.join(" | ", lines);
    }
}
