package org.triage.core.tests.rules;

import java.util.List;
import java.util.Map;

import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/** Calls {@code Runtime.halt(9)}, swallows the refusal, prints to stdout and reports its declared cause. */
public final class SwallowedHaltRule implements Rule {

    public static final String PRINTED = "vendor rule says hello on stdout";

    @Override
    public String id() {
        return "com.example.rules.swallowed-halt";
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        try {
            Runtime.getRuntime().halt(9);
        } catch (SecurityException refused) {
            System.out.println(PRINTED);
        }
        return List.of(new FindingDraft(VendorCauseRule.CAUSE, Severity.ERROR, "after trying to halt", id(), List.of()));
    }
}
