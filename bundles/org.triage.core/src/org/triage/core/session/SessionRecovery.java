package org.triage.core.session;

import java.util.Date;
import java.util.List;

import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogLevel;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.TargetDescription;
import org.triage.model.VerificationResult;

/**
 * A session saved by a process that did not end it: the console or the CLI was killed, or the machine went
 * down. Such a session is offered for resuming; the steps that were running when it stopped are recorded as
 * interrupted, so that nobody mistakes them for steps that never started or that finished.
 */
public final class SessionRecovery {

    static final String SOURCE = "recovery";

    private SessionRecovery() {
    }

    /**
     * Whether the session is unfinished: not closed by hand, and still open or with a step still planned or in
     * flight, whatever its outcome so far. A playbook whose step failed its verification is concluded as unresolved
     * for the moment, yet its later steps are still to be run.
     */
    public static boolean unfinished(Session session) {
        if (session.getClosedAt() != null) {
            return false;
        }
        return session.getOutcome() == SessionOutcome.OPEN || !remaining(session).isEmpty()
                || !inFlight(session).isEmpty();
    }

    /** The steps still planned: where a resumed playbook goes on. */
    public static List<FixAttempt> remaining(Session session) {
        return session.getFixAttempts().stream().filter(attempt -> attempt.getOutcome() == FixOutcome.PLANNED).toList();
    }

    /** How many steps are finished (whatever their outcome) out of all. */
    public static long finishedSteps(Session session) {
        return session.getFixAttempts().stream()
                .filter(a -> a.getOutcome() != FixOutcome.PLANNED && a.getFinishedAt() != null).count();
    }

    /**
     * {@code kind:location} of the session's target, as the command line and the Open Target dialog write it, to
     * open it again; null where the session does not say.
     */
    public static String targetSpec(Session session) {
        TargetDescription target = session.getTarget();
        if (target == null || target.getKind() == null) {
            return null;
        }
        String location = target.getLocation();
        return target.getKind() + (location == null || location.isEmpty() ? "" : ":" + location);
    }

    /** The steps that had started and not finished when the session was last saved. */
    public static List<FixAttempt> inFlight(Session session) {
        return session.getFixAttempts().stream()
                .filter(attempt -> attempt.getStartedAt() != null && attempt.getFinishedAt() == null).toList();
    }

    /**
     * Records each step in flight as interrupted: one that had not been applied yet becomes cancelled (and may be
     * planned again); one that was applied but not verified stays applied, unverified. Returns those steps.
     */
    public static List<FixAttempt> markInterrupted(Session session) {
        List<FixAttempt> interrupted = inFlight(session);
        Date now = new Date();
        for (FixAttempt attempt : interrupted) {
            String message;
            if (attempt.getOutcome() == FixOutcome.APPLIED) {
                attempt.setVerificationResult(VerificationResult.NOT_RUN);
                message = "applied, but the session stopped before the step was verified; verify it again";
            } else {
                attempt.setOutcome(FixOutcome.CANCELLED);
                message = "interrupted: the session stopped while this step was in flight; check the target "
                        + "before running it again";
            }
            attempt.setOutcomeMessage(message);
            attempt.setFinishedAt(now);
            Sessions.log(attempt, LogLevel.WARNING, SOURCE, message);
            Sessions.log(session, LogLevel.WARNING, SOURCE, attempt.getFixId() + ": " + message);
        }
        return interrupted;
    }
}
