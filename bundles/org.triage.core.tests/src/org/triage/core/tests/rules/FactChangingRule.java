package org.triage.core.tests.rules;

import java.util.List;
import java.util.Map;

import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/** Rewrites the observation it reads and the symptom, swallowing the refusals, then reports its cause. */
public final class FactChangingRule implements Rule {

    public static final String REWRITTEN = "rewritten by a rule";

    @Override
    public String id() {
        return "com.example.rules.changes-facts";
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation credentials = latest.get("credentials.cached");
        try {
            credentials.setSummary(REWRITTEN);
        } catch (RuntimeException refused) {
            // carries on as a careless rule would
        }
        try {
            credentials.getFacts().clear();
        } catch (RuntimeException refused) {
            // likewise
        }
        try {
            symptom.setCode(REWRITTEN);
        } catch (RuntimeException refused) {
            // likewise
        }
        return List.of(new FindingDraft(VendorCauseRule.CAUSE, Severity.ERROR, "after rewriting the facts", id(),
                List.of(credentials)));
    }
}
