package org.triage.install;

/**
 * How an install or uninstall ended.
 *
 * @param succeeded     whether the change was made
 * @param message       what happened, for the admin
 * @param restartNeeded whether the product must be restarted to use the change (it must after every change)
 * @param output        what p2 printed, where it ran
 * @param record        the line written to the install log
 */
public record InstallOutcome(boolean succeeded, String message, boolean restartNeeded, String output,
        InstallRecord record) {

    /** What the admin is told after every change that succeeded. */
    public static final String RESTART = "Restart Triage Console to use the change: close the console and start it"
            + " again (the command line picks it up at its next run).";
}
