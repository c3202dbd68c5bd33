package org.triage.core.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triage.core.rules.AadstsCodes;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.rules.Causes;
import org.triage.model.Change;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.Severity;
import org.triage.model.VerificationResult;

/**
 * A session in plain words, as an admin under pressure reads it first: what is wrong (the causes' titles, not their
 * ids), which step fixes which finding, and what to do now; once no step is left, a result page like the last page
 * of Microsoft's Support and Recovery Assistant: whether it is fixed, what changed, what is still wrong. Ids, long
 * AADSTS texts and trace ids stay in the details ({@link Problem#detail()}) and in the model.
 */
public record Verdict(String headline, List<Problem> problems, List<Step> steps, String nextAction, boolean finished,
        List<String> changed, List<String> stillWrong) {

    /** One finding: the cause's title, a short reason, the full summary, and the steps that address it. */
    public record Problem(String causeId, String title, Severity severity, String reason, String detail,
            List<String> fixedBy, String advice) {
    }

    /** One playbook step: its number, name, the titles of what it fixes, and how it went in plain words. */
    public record Step(int number, String name, List<String> fixes, String state) {
    }

    private static final Pattern TRACE = Pattern.compile(
            "\\s*(Trace ID|Correlation ID|Timestamp|Request Id|Correlation Id|Trace Id)\\s*:\\s*\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern GUID = Pattern.compile(
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    private static final Pattern AADSTS = Pattern.compile("AADSTS\\d+", Pattern.CASE_INSENSITIVE);
    /** Past this a reason is cut; the whole text stays in the detail. */
    static final int REASON_LENGTH = 200;
    /** The name of the field an error text was read from ("Server Error Description: "), which the code says better. */
    private static final Pattern FIELD_BEFORE_CODE = Pattern.compile("\\b[A-Z][A-Za-z ]{2,40}:\\s+(?=AADSTS\\d)");

    public static Verdict of(Session session) {
        List<Problem> problems = new ArrayList<>();
        for (Finding finding : session.getFindings()) {
            List<String> fixedBy = session.getFixAttempts().stream()
                    .filter(attempt -> attempt.getAddressedCauses().contains(finding.getCauseId()))
                    .map(attempt -> stepLabel(session, attempt)).toList();
            problems.add(new Problem(finding.getCauseId(), Causes.title(finding.getCauseId()), finding.getSeverity(),
                    reason(finding.getSummary()), finding.getSummary(), fixedBy,
                    fixedBy.isEmpty() ? Causes.advice(finding.getCauseId()).orElse(null) : null));
        }
        List<Step> steps = new ArrayList<>();
        for (FixAttempt attempt : session.getFixAttempts()) {
            Set<String> fixes = new LinkedHashSet<>();
            for (String cause : attempt.getAddressedCauses()) {
                if (session.getFindings().stream().anyMatch(f -> f.getCauseId().equals(cause))) {
                    fixes.add(Causes.title(cause));
                }
            }
            steps.add(new Step(number(session, attempt), attempt.getFixName(), List.copyOf(fixes), state(attempt)));
        }
        Optional<FixAttempt> next = session.getFixAttempts().stream()
                .filter(attempt -> attempt.getOutcome() == FixOutcome.PLANNED).findFirst();
        boolean finished = next.isEmpty() && (!session.getFixAttempts().isEmpty()
                || session.getOutcome() != SessionOutcome.OPEN);
        List<String> changed = new ArrayList<>();
        for (FixAttempt attempt : session.getFixAttempts()) {
            for (Change change : attempt.getChanges()) {
                String result = change.getResult() == null ? "" : change.getResult().strip().lines().findFirst().orElse("");
                changed.add(attempt.getFixName() + ": " + (change.isSucceeded() ? "" : "FAILED: ")
                        + Optional.ofNullable(change.getDescription()).orElse(change.getSubject())
                        + (result.isEmpty() ? "" : " (" + result + ")"));
            }
            if (attempt.getOutcome() == FixOutcome.INSTRUCTED) {
                changed.add(attempt.getFixName() + ": handed to the user as instructions");
            }
        }
        // what the last inspection still finds (a resolved session's warnings too), by title
        List<String> stillWrong = problems.stream()
                .filter(problem -> problem.severity() != Severity.INFO).map(Problem::title).distinct().toList();
        return new Verdict(headline(session, problems, finished), problems, steps,
                nextAction(session, problems, next, finished), finished, changed, stillWrong);
    }

    private static String headline(Session session, List<Problem> problems, boolean finished) {
        long serious = problems.stream().filter(p -> p.severity() != Severity.INFO).map(Problem::causeId).distinct().count();
        if (finished) {
            return switch (session.getOutcome()) {
                case RESOLVED -> "Fixed: what broke sign-in is gone.";
                case ESCALATED -> PlaybookRunner.handedOver(session).isEmpty()
                        ? "Escalated: the playbook could not fix it here."
                        : "Handed to " + Causes.handedTo(PlaybookRunner.handedOver(session).get(0)).orElseThrow()
                                + ": what is left is decided in the tenant, not on this PC.";
                case UNRESOLVED -> "Not fixed: " + serious + (serious == 1 ? " problem remains." : " problems remain.");
                default -> serious == 0 ? "Done: nothing that breaks sign-in is found."
                        : "Handed over: the remaining steps are with the user; inspect again once they are done.";
            };
        }
        if (serious == 0) {
            return problems.isEmpty() ? "Nothing wrong found." : "Nothing that breaks sign-in found.";
        }
        return serious == 1 ? "1 problem found." : serious + " problems found.";
    }

    private static String nextAction(Session session, List<Problem> problems, Optional<FixAttempt> next,
            boolean finished) {
        if (next.isPresent()) {
            FixAttempt step = next.get();
            String number = "step " + number(session, step) + ", " + step.getFixName();
            return step.isAutomatable() ? "Apply " + number + " (Playbook view: select it, then Apply)."
                    : "Hand " + number + " to the user: it cannot run here (Playbook view: select it for the instructions).";
        }
        Optional<Problem> handed = problems.stream()
                .filter(p -> p.advice() != null && Causes.handedTo(p.causeId()).isPresent()).findFirst();
        if (handed.isPresent()) {
            String done = finished && session.getOutcome() == SessionOutcome.RESOLVED ? "Ask the user to sign in again. "
                    : "";
            return done + "Hand \"" + handed.get().title() + "\" to " + Causes.handedTo(handed.get().causeId())
                    .orElseThrow() + " (nothing on this PC fixes it): " + handed.get().advice() + ".";
        }
        Optional<Problem> unaddressed = problems.stream().filter(p -> p.advice() != null).findFirst();
        if (unaddressed.isPresent()) {
            String done = finished && session.getOutcome() == SessionOutcome.RESOLVED
                    ? "Ask the user to sign in again. " : "";
            return done + "No installed fix addresses \"" + unaddressed.get().title() + "\": "
                    + unaddressed.get().advice() + ".";
        }
        if (finished && session.getOutcome() == SessionOutcome.RESOLVED) {
            return "Ask the user to sign in again, then close the ticket with the export (File > Export Session...).";
        }
        if (finished) {
            return "Inspect again (Session > Inspect Again) to see what is left, or escalate with the export attached.";
        }
        return problems.isEmpty() ? "If the user still sees the error, collect a snapshot and open it." : "";
    }

    private static String state(FixAttempt attempt) {
        return switch (attempt.getOutcome()) {
            case PLANNED -> attempt.isAutomatable() ? "to do" : "to do by the user";
            case APPLIED -> attempt.getVerificationResult() == VerificationResult.PASSED ? "done, verified fixed"
                    : attempt.getVerificationResult() == VerificationResult.FAILED ? "done, but the problem remains"
                            : "done, not verified yet";
            case INSTRUCTED -> "handed to the user";
            case SKIPPED -> "skipped" + (attempt.getOutcomeMessage() == null ? "" : ": " + attempt.getOutcomeMessage());
            case DECLINED -> "declined";
            case FAILED -> "failed" + (attempt.getOutcomeMessage() == null ? "" : ": " + reason(attempt.getOutcomeMessage()));
            case CANCELLED -> "cancelled";
            default -> attempt.getOutcome().getLiteral();
        };
    }

    private static int number(Session session, FixAttempt attempt) {
        return session.getFixAttempts().indexOf(attempt) + 1;
    }

    private static String stepLabel(Session session, FixAttempt attempt) {
        return "step " + number(session, attempt) + " (" + attempt.getFixName() + ")";
    }

    /**
     * A finding's summary short enough to read at a glance: an AADSTS error text becomes its code and meaning, trace
     * and correlation ids and timestamps go, and what is still too long is cut at a word.
     */
    public static String reason(String summary) {
        if (summary == null) {
            return "";
        }
        String text = FIELD_BEFORE_CODE.matcher(summary).replaceFirst("");
        Matcher code = AADSTS.matcher(text);
        if (code.find()) {
            String id = code.group().toUpperCase(Locale.ROOT);
            String meaning = AadstsCodes.meaning(id).orElse(null);
            // the error text from the code to the end of its bracket or sentence becomes "AADSTSnnnnn: meaning"
            int end = endOfErrorText(text, code.end());
            text = text.substring(0, code.start()) + id + (meaning == null ? "" : ": " + meaning) + text.substring(end);
        }
        text = TRACE.matcher(text).replaceAll("");
        // an id alone in brackets leaves them empty: "Microsoft Teams (1fec8e78-...)" reads "Microsoft Teams"
        text = GUID.matcher(text).replaceAll("").replaceAll("\\s*\\(\\s*\\)", "").replaceAll("\\s{2,}", " ")
                .replace(" )", ")").strip();
        if (text.length() > REASON_LENGTH) {
            int cut = text.lastIndexOf(' ', REASON_LENGTH - 1);
            text = text.substring(0, cut > REASON_LENGTH / 2 ? cut : REASON_LENGTH - 1) + "…";
        }
        return text;
    }

    private static int endOfErrorText(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ';' && depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    /** The verdict as plain text: the same lines the Session view shows at its top. */
    public String toText() {
        StringBuilder text = new StringBuilder(headline).append('\n');
        if (finished) {
            if (!changed.isEmpty()) {
                text.append("\nWhat changed:\n");
                changed.forEach(line -> text.append("  - ").append(line).append('\n'));
            }
            if (!stillWrong.isEmpty()) {
                text.append("\nStill found:\n");
                stillWrong.forEach(line -> text.append("  - ").append(line).append('\n'));
            }
        } else if (!problems.isEmpty()) {
            text.append("\nWhat is wrong:\n");
            for (Problem problem : problems) {
                text.append("  - ").append(problem.title()).append(": ").append(problem.reason());
                text.append(problem.fixedBy().isEmpty() ? "" : "\n      fixed by " + String.join(", ", problem.fixedBy()));
                text.append('\n');
            }
        }
        if (!steps.isEmpty()) {
            text.append("\nSteps:\n");
            for (Step step : steps) {
                text.append("  ").append(step.number()).append(". ").append(step.name()).append(" — ").append(step.state());
                text.append(step.fixes().isEmpty() ? "" : "\n      fixes: " + String.join(", ", step.fixes()));
                text.append('\n');
            }
        }
        if (!nextAction.isEmpty()) {
            text.append("\nWhat to do now: ").append(nextAction).append('\n');
        }
        return text.toString();
    }
}
