package org.triage.core.session;

import org.triage.model.TargetDescription;

/**
 * The one-line description of a session's target that people read ({@code snapshot CONTOSO-LT-0417 (Windows 11 Pro),
 * user CONTOSO\alex}). What the target did not tell (a snapshot without its manifest) is said to be unknown, never
 * printed as {@code null}.
 */
public final class TargetSummary {

    private TargetSummary() {
    }

    public static String of(TargetDescription target) {
        if (target == null) {
            return "target not known";
        }
        return known(target.getKind(), "target") + " " + known(target.getHostname(), "host name not known") + " ("
                + known(target.getOs(), "OS not known") + "), user " + known(target.getUser(), "not known")
                + (target.isReadOnly() ? ", read only" : "");
    }

    private static String known(String value, String unknown) {
        return value == null || value.isBlank() ? unknown : value;
    }
}
