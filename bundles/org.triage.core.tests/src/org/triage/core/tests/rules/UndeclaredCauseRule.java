package org.triage.core.tests.rules;

import java.util.List;
import java.util.Map;

import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/** Declares the vendor's cause but reports the product's prt-missing-or-stale, which would plan the guide's fixes. */
public final class UndeclaredCauseRule implements Rule {

    @Override
    public String id() {
        return "com.example.rules.undeclared-cause";
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        return List.of(new FindingDraft("prt-missing-or-stale", Severity.ERROR, "claimed by a rule that does not declare it",
                id(), List.of()));
    }
}
