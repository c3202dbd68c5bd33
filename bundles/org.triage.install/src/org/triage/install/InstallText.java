package org.triage.install;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.triage.core.fix.FixDescriptor;

/**
 * What an install or a fix declares, as lines of text: the command line prints them and the console shows
 * them, so an admin reads the same in both before anything is installed.
 */
public final class InstallText {

    private InstallText() {
    }

    /** A fix in four lines; {@code label} starts the first, the others are indented as far. */
    public static List<String> fix(FixDescriptor fix, String label) {
        String indent = " ".repeat(label.length());
        return List.of(String.format("%s%-32s %s", label, fix.id(), fix.name()),
                String.format("%s    from %s; addresses %s; symptoms %s", indent, fix.origin(),
                        String.join(", ", fix.causes()), fix.symptoms().isEmpty() ? "any" : String.join(", ", fix.symptoms())),
                String.format("%s    destructive=%s needsElevation=%s reversible=%s order=%d timeout=%ds", indent,
                        fix.destructive(), fix.needsElevation(), fix.reversible(), fix.order(), fix.timeoutSeconds()),
                String.format("%s    uses %s", indent, fix.actions().isEmpty() ? "any action (declares none)"
                        : fix.actions().stream().map(FixDescriptor.DeclaredAction::toString).collect(Collectors.joining("; "))));
    }

    /** What installing the plan brings and what the policy says about it. */
    public static List<String> plan(InstallPlan plan) {
        FixBundleContent content = plan.content();
        List<String> lines = new ArrayList<>();
        lines.add("Source      " + plan.source());
        lines.add("Policy      " + plan.policy().describe());
        lines.add("Installs    " + roots(content));
        for (FixBundleContent.FeatureContent feature : content.newFeatures()) {
            lines.add("");
            lines.add("Feature     " + feature.id() + " " + feature.version() + (feature.name() == null ? "" : "  " + feature.name()));
            lines.add("            " + feature.signature().describe());
        }
        for (FixBundleContent.BundleContent bundle : content.newBundles()) {
            lines.add("");
            lines.add("Bundle      " + bundle.symbolicName() + " " + bundle.version() + (bundle.name() == null ? ""
                    : "  " + bundle.name() + (bundle.vendor() == null ? "" : " (" + bundle.vendor() + ")")));
            lines.add("            " + bundle.signature().describe());
            if (bundle.fixes().isEmpty()) {
                lines.add("            contributes no fix");
            }
            bundle.fixes().forEach(fix -> lines.addAll(fix(fix, "Fix         ")));
        }
        content.problems().forEach(problem -> {
            lines.add("");
            lines.add("Warning     " + problem);
        });
        plan.refusals().forEach(refusal -> {
            lines.add("");
            lines.add("REFUSED     " + refusal);
        });
        return lines;
    }

    /** What uninstalling removes. */
    public static List<String> uninstall(UninstallPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("Uninstalls  " + plan.what());
        plan.bundles().forEach(bundle -> lines.add("  bundle    " + bundle));
        plan.fixes().forEach(fix -> lines.add(String.format("  fix       %-44s %s", fix.id(), fix.name())));
        return lines;
    }

    /** The units an install brings, on one line. */
    public static String roots(FixBundleContent content) {
        return content.roots().stream().map(InstallRecord.Unit::toString).collect(Collectors.joining(", "));
    }
}
