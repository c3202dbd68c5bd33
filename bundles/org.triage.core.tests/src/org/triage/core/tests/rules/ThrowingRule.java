package org.triage.core.tests.rules;

import java.util.List;
import java.util.Map;

import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.model.Observation;
import org.triage.model.Symptom;

/** Throws on every evaluation. */
public final class ThrowingRule implements Rule {

    public static final String MESSAGE = "the vendor's rule cannot parse the facts";

    @Override
    public String id() {
        return "com.example.rules.throws";
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        throw new IllegalStateException(MESSAGE);
    }
}
