package org.triage.core.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogEntry;
import org.triage.model.Note;
import org.triage.model.Observation;
import org.triage.model.Session;

/** A session's events in time order, as the Session view and the exported report list them. */
public final class Timeline {

    /** One row: a model element, when it happened, and one line about it. */
    public record Entry(EObject element, Date time, String kind, String what, String status) {
    }

    private Timeline() {
    }

    /** Observations, findings, fix attempts, notes and the tool's log; steps still planned come last. */
    public static List<Entry> entries(Session session) {
        List<Entry> entries = new ArrayList<>();
        for (Observation observation : session.getObservations()) {
            entries.add(new Entry(observation, observation.getFinishedAt(), "observation",
                    observation.getProbeId() + ": " + observation.getSummary(), observation.getStatus().getLiteral()));
        }
        for (Finding finding : session.getFindings()) {
            Date concluded = finding.getEvidence().stream().map(Observation::getFinishedAt)
                    .filter(Objects::nonNull).max(Date::compareTo).orElse(null);
            entries.add(new Entry(finding, concluded, "finding", finding.getCauseId() + ": " + finding.getSummary(),
                    finding.getSeverity().getLiteral()));
        }
        for (FixAttempt attempt : session.getFixAttempts()) {
            String verification = attempt.getOutcome() == FixOutcome.PLANNED ? ""
                    : ", verification " + attempt.getVerificationResult().getLiteral();
            entries.add(new Entry(attempt, attempt.getStartedAt(), "fix", attempt.getFixId() + verification
                    + (attempt.getOutcomeMessage() == null ? "" : ": " + attempt.getOutcomeMessage()),
                    attempt.getOutcome().getLiteral()));
        }
        for (Note note : session.getNotes()) {
            entries.add(new Entry(note, note.getCreatedAt(), "note", note.getText(), ""));
        }
        for (LogEntry log : session.getLog()) {
            entries.add(new Entry(log, log.getTime(), "log", log.getSource() + ": " + log.getMessage(),
                    log.getLevel().getLiteral()));
        }
        entries.sort(Comparator.comparing(Entry::time, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }
}
