package org.triage.core.rules;

import java.util.List;
import java.util.Map;

import org.triage.model.Observation;
import org.triage.model.Symptom;

/** Turns the current observations into findings. Rules are pure: same observations, same findings. */
public interface Rule {

    String id();

    /**
     * @param latest  the newest observation of each probe, by probe id
     * @param symptom what the user reported; may be null
     */
    List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom);

    /**
     * The probes whose observations the rule reads. Where one of them has no facts (skipped, failed, never run), the
     * engine records in the session that the rule could not check what it needs, rather than staying silent.
     */
    default List<String> reads() {
        return List.of();
    }
}
