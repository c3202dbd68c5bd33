package org.triage.core.tests.rules;

import java.util.List;
import java.util.Map;

import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/** Well-behaved: reports the vendor's own cause wherever cached credentials were read, citing that observation. */
public final class VendorCauseRule implements Rule {

    public static final String ID = "com.example.rules.vendor";
    public static final String CAUSE = "com.example.rules.vendor-cause";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation credentials = latest.get("credentials.cached");
        if (credentials == null) {
            return List.of();
        }
        return List.of(new FindingDraft(CAUSE, Severity.WARNING, "the vendor's rule read " + latest.keySet(), ID,
                List.of(credentials)));
    }
}
