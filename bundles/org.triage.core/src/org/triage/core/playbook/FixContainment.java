package org.triage.core.playbook;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.triage.core.engine.Guarded;
import org.triage.core.fix.FixDescriptor;
import org.triage.core.session.Sessions;
import org.triage.model.LogLevel;
import org.triage.model.Session;

/** How the playbook answers a fix that stepped out of its lane, and tells the admin about fixes it left out. */
final class FixContainment {

    static final String LEFT_OUT = " is left out of the playbook: ";

    private FixContainment() {
    }

    /** Fails the call where the fix tried to end the process or change the session, even if it caught the refusal. */
    static void refuseViolations(String what, RecordingFixContext context) throws Guarded.Failure {
        List<String> violations = context.violations();
        if (!violations.isEmpty()) {
            throw new Guarded.Failure(Guarded.Failure.Kind.REFUSED,
                    what + " is refused: " + String.join("; ", violations));
        }
    }

    /** Records, in the session and the Eclipse log, that a fix was left out of the plan and why. */
    static void leftOut(Session session, FixDescriptor fix, Guarded.Failure failure) {
        String message = "fix '" + fix.id() + "' of " + fix.origin() + LEFT_OUT + failure.getMessage();
        Sessions.log(session, LogLevel.ERROR, fix.origin(), message);
        ILog.of(Playbook.class).warn(message);
    }

    /** The session's record of fixes left out of its plans, as {@link #leftOut} wrote it. */
    static List<String> leftOut(Session session) {
        return session.getLog().stream().filter(entry -> entry.getLevel() == LogLevel.ERROR)
                .map(entry -> entry.getMessage()).filter(message -> message != null && message.contains(LEFT_OUT))
                .toList();
    }
}
