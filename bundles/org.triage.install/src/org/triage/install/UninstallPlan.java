package org.triage.install;

import java.nio.file.Path;
import java.util.List;

/**
 * What uninstalling would remove: a unit installed with p2, or a jar or folder in dropins/, with its bundles
 * and the fixes they contribute now.
 *
 * @param requested what the admin named: a unit, a bundle, a fix id or a dropins entry
 * @param unit      the p2 unit to uninstall, or null for a dropins entry
 * @param dropIn    the dropins entry to delete, or null for a p2 unit
 * @param bundles   the bundles that go with it
 * @param fixes     the fixes those bundles contribute
 */
public record UninstallPlan(String requested, InstallRecord.Unit unit, Path dropIn, List<InstallRecord.Unit> bundles,
        List<InstallRecord.FixEntry> fixes) {

    public UninstallPlan {
        bundles = List.copyOf(bundles);
        fixes = List.copyOf(fixes);
    }

    /** One line: "com.example.feature.group 1.0.0" or "dropins/com.example_1.0.0.jar". */
    public String what() {
        return unit != null ? unit.toString() : "dropins/" + dropIn.getFileName();
    }
}
