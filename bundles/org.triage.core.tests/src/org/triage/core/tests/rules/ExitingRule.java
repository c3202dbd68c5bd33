package org.triage.core.tests.rules;

import java.util.List;
import java.util.Map;

import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.model.Observation;
import org.triage.model.Symptom;

/** Ends the process with {@code System.exit(7)}: were it not rewritten, the test run would end here. */
public final class ExitingRule implements Rule {

    @Override
    public String id() {
        return "com.example.rules.exits";
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        System.exit(7);
        return List.of();
    }
}
