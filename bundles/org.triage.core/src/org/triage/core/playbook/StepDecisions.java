package org.triage.core.playbook;

import java.util.Date;

import org.triage.core.session.Sessions;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogLevel;
import org.triage.model.VerificationResult;

/** What the operator decides about a step without running it: skip it, or plan it again after all. */
public final class StepDecisions {

    static final String SOURCE = "operator";

    private StepDecisions() {
    }

    public static boolean canSkip(FixAttempt attempt) {
        return attempt.getOutcome() == FixOutcome.PLANNED;
    }

    /**
     * Whether a step can be planned again: one that never changed anything, because it was skipped or declined, or
     * was cancelled before the target made a change.
     */
    public static boolean canPlanAgain(FixAttempt attempt) {
        return switch (attempt.getOutcome()) {
            case SKIPPED, DECLINED -> true;
            case CANCELLED -> attempt.getChanges().isEmpty();
            default -> false;
        };
    }

    public static void skip(FixAttempt attempt) {
        if (!canSkip(attempt)) {
            throw new IllegalStateException(attempt.getFixId() + " is " + attempt.getOutcome().getLiteral()
                    + ", not planned: it cannot be skipped");
        }
        attempt.setOutcome(FixOutcome.SKIPPED);
        attempt.setOutcomeMessage("skipped by the operator");
        attempt.setFinishedAt(new Date());
        Sessions.log(attempt, LogLevel.INFO, SOURCE, "skipped by the operator");
    }

    /**
     * Plans a step again so that it can be applied later. What was recorded about it stays in its log; its
     * verification so far (if any) no longer stands for the step about to run.
     */
    public static void planAgain(FixAttempt attempt) {
        if (!canPlanAgain(attempt)) {
            throw new IllegalStateException(attempt.getFixId() + " is " + attempt.getOutcome().getLiteral()
                    + (attempt.getChanges().isEmpty() ? "" : " with changes made")
                    + ": it cannot be planned again");
        }
        String was = attempt.getOutcome().getLiteral()
                + (attempt.getOutcomeMessage() == null ? "" : " (" + attempt.getOutcomeMessage() + ")");
        attempt.setOutcome(FixOutcome.PLANNED);
        attempt.setOutcomeMessage("planned again by the operator");
        attempt.setStartedAt(null);
        attempt.setFinishedAt(null);
        attempt.setVerificationResult(VerificationResult.NOT_RUN);
        attempt.getRemainingCauses().clear();
        Sessions.log(attempt, LogLevel.INFO, SOURCE, "planned again by the operator; it was " + was);
    }
}
