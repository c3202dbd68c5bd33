package org.triage.core.rules;

import java.util.List;

import org.triage.model.Observation;
import org.triage.model.Severity;

/** What a rule concluded, before it becomes a finding in the session. */
public record FindingDraft(String causeId, Severity severity, String summary, String ruleId,
        List<Observation> evidence) {

    public FindingDraft {
        evidence = List.copyOf(evidence);
    }
}
