package org.triage.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.rules.Causes;
import org.triage.core.session.TargetSummary;
import org.triage.core.symptom.SymptomHints;
import org.triage.model.Change;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogEntry;
import org.triage.model.LogLevel;
import org.triage.model.Observation;
import org.triage.model.Session;
import org.triage.model.Severity;

/** The readable summary of a session, as an admin reads it in a terminal or pastes it into a ticket. */
final class SummaryPrinter {

    private final PrintStream out;

    SummaryPrinter(PrintStream out) {
        this.out = out;
    }

    void line(String text) {
        out.println(text);
    }

    void prompt(String text) {
        out.print(text);
        out.flush();
    }

    void print(Session session) {
        out.printf("Target   %s%n", TargetSummary.of(session.getTarget()));
        if (session.getSymptom() != null) {
            out.printf("Symptom  %s%s%s%n",
                    session.getSymptom().getCode() == null ? "none given" : session.getSymptom().getCode(),
                    session.getSymptom().getApplication() == null ? "" : " (" + session.getSymptom().getApplication() + ")",
                    session.getSymptom().getPasswordChangedAt() == null ? ""
                            : ", password changed " + session.getSymptom().getPasswordChangedAt().toInstant());
            SymptomHints.recorded(session.getSymptom()).ifPresent(explained -> out.println("         " + explained));
        }
        out.println();
        out.println("Observations");
        for (Observation observation : session.getObservations()) {
            out.printf("  %-8s %-13s %-24s %s%n", observation.getStatus().getLiteral(), observation.getView(),
                    observation.getProbeId(), observation.getSummary());
        }
        out.println();
        out.println(session.getFindings().isEmpty() ? "Findings: none" : "Findings");
        for (Finding finding : session.getFindings()) {
            out.printf("  %-8s %-27s %s%n", finding.getSeverity().getLiteral(), finding.getCauseId(), finding.getSummary());
            out.printf("  %-8s %-27s evidence: %s%n", "", "", finding.getEvidence().stream()
                    .map(Observation::getProbeId).distinct().collect(Collectors.joining(", ")));
        }
        List<LogEntry> notChecked = session.getLog().stream().filter(entry -> entry.getMessage() != null
                && entry.getMessage().startsWith(DiagnosisEngine.NOT_CHECKED)).toList();
        if (!notChecked.isEmpty()) {
            out.println();
            out.println("Not checked");
            for (LogEntry entry : notChecked) {
                out.printf("  %-27s %s%n", entry.getSource(), entry.getMessage().substring(DiagnosisEngine.NOT_CHECKED
                        .length()));
            }
        }
        out.println();
        out.println(session.getFixAttempts().isEmpty() ? "Playbook: empty" : "Planned fixes");
        int number = 1;
        for (FixAttempt attempt : session.getFixAttempts()) {
            out.printf("  %d. %-32s %s [%s]%n", number++, attempt.getFixId(), attempt.getFixName(),
                    attempt.isAutomatable() ? "automatable" : "instructions for the user");
            out.printf("     %s%n", attempt.getOutcomeMessage());
        }
        List<Finding> unaddressed = session.getFindings().stream().filter(f -> f.getSeverity() != Severity.INFO)
                .filter(f -> session.getFixAttempts().stream().noneMatch(a -> a.getAddressedCauses().contains(f.getCauseId())))
                .toList();
        List<Finding> handedOver = unaddressed.stream()
                .filter(finding -> Causes.handedTo(finding.getCauseId()).isPresent()).toList();
        for (Finding finding : handedOver) {
            out.println();
            out.printf("Handed to %s (nothing on this PC fixes it)%n", Causes.handedTo(finding.getCauseId()).orElseThrow());
            out.printf("  %-27s %s%n", finding.getCauseId(), Causes.advice(finding.getCauseId()).orElse(""));
        }
        unaddressed = unaddressed.stream().filter(finding -> !handedOver.contains(finding)).toList();
        if (!unaddressed.isEmpty()) {
            out.println();
            out.println("Not addressed by any installed fix");
            for (Finding finding : unaddressed) {
                out.printf("  %-27s %s%n", finding.getCauseId(), Causes.advice(finding.getCauseId())
                        .orElse("no installed fix applies to it for this symptom"));
            }
        }
    }

    void preview(FixAttempt attempt) {
        out.printf("%n  %s: %s%n", attempt.getFixId(), attempt.getFixName());
        for (Change change : attempt.getPlannedChanges()) {
            out.printf("    will %s%s%n", change.getDescription(), change.isDestructive() ? " (destructive)" : "");
            out.printf("         %s%n", change.getCommand() != null ? change.getCommand() : "(no command: a person does it)");
        }
    }

    void step(FixAttempt attempt) {
        if (attempt.getOutcome() != FixOutcome.SKIPPED || !attempt.getPlannedChanges().isEmpty()) {
            preview(attempt);
        }
        for (Change change : attempt.getChanges()) {
            out.printf("    %s %s: %s%n", change.isSucceeded() ? "done  " : "FAILED", change.getSubject(),
                    change.getResult() == null ? "" : change.getResult().lines().findFirst().orElse(""));
        }
        for (LogEntry entry : attempt.getLog()) {
            if ("instruction".equals(entry.getSource())) {
                out.printf("    step for the user: %s%n", entry.getMessage());
            } else if (entry.getLevel() != LogLevel.INFO) {
                out.printf("    %s: %s%n", entry.getLevel().getLiteral(), entry.getMessage());
            }
        }
        out.printf("    outcome: %s; verification: %s — %s%n", attempt.getOutcome().getLiteral(),
                attempt.getVerificationResult().getLiteral(), attempt.getOutcomeMessage());
    }

    void outcome(Session session) {
        out.printf("%nSession outcome: %s%s%n", session.getOutcome().getLiteral(),
                session.getOutcomeSummary() == null ? "" : " — " + session.getOutcomeSummary());
    }
}
