package org.triage.core.tests.rules;

import java.util.List;
import java.util.Map;

import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.model.Observation;
import org.triage.model.Symptom;

/** Says its id is the product's prt-missing, though it is declared as another. */
public final class WrongIdRule implements Rule {

    @Override
    public String id() {
        return "prt-missing";
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        return List.of();
    }
}
