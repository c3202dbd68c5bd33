package org.triage.install;

import java.util.List;

/**
 * One line of the install log: an install, an uninstall, or one that was refused or failed, with what it
 * brought or took away.
 *
 * @param time             ISO-8601, UTC
 * @param action           {@code install} or {@code uninstall}
 * @param outcome          {@code done}, {@code refused} or {@code failed}
 * @param message          why it was refused or failed, or what to do next (restart)
 * @param source           what the admin named: a repository, a zip, a URL, or the installed unit to remove
 * @param user             the operating system user who ran it
 * @param policy           the install policy in force
 * @param units            the installable units installed or removed (features, or bundles where there is no feature)
 * @param bundles          the bundles, each with its signature
 * @param fixes            the fixes those bundles contribute
 * @param directorExitCode the p2 director's exit code, where it ran
 */
public record InstallRecord(String time, String action, String outcome, String message, String source, String user,
        String policy, List<Unit> units, List<Artifact> bundles, List<FixEntry> fixes, Integer directorExitCode) {

    public static final String INSTALL = "install";
    public static final String UNINSTALL = "uninstall";
    public static final String DONE = "done";
    public static final String REFUSED = "refused";
    public static final String FAILED = "failed";

    public record Unit(String id, String version) {

        @Override
        public String toString() {
            return id + " " + version;
        }
    }

    public record Artifact(String id, String version, String signature) {
    }

    public record FixEntry(String id, String name, String bundle) {
    }

    public InstallRecord {
        units = units == null ? List.of() : List.copyOf(units);
        bundles = bundles == null ? List.of() : List.copyOf(bundles);
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }
}
