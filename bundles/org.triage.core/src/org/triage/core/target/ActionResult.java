package org.triage.core.target;

/**
 * What a target did for an action.
 *
 * @param command  the exact command line or API call it used
 * @param exitCode where a process ran
 * @param output   what it printed or returned, verbatim
 */
public record ActionResult(boolean succeeded, String summary, String command, Integer exitCode, String output) {

    public static ActionResult done(String summary, String command) {
        return new ActionResult(true, summary, command, null, null);
    }

    public static ActionResult failed(String summary, String command) {
        return new ActionResult(false, summary, command, null, null);
    }
}
