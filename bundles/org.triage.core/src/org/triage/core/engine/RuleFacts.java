package org.triage.core.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.triage.core.rules.RuleDescriptor;
import org.triage.core.session.ReadOnlyCopies;
import org.triage.model.Observation;
import org.triage.model.Symptom;

/**
 * What one rule is given to read: copies of the newest observations of the probes it declares and of the symptom,
 * which share no mutable value with the session and refuse every change made through the model (the setter or list
 * operation throws, and the attempt is remembered, so that the rule's result is refused even where it catches the
 * exception). A change the model cannot see (to a {@code Date} it handed out) lands in the copy only.
 */
final class RuleFacts {

    private final Map<String, Observation> latest = new LinkedHashMap<>();
    private final Map<Observation, Observation> originals = new IdentityHashMap<>();
    private final Symptom symptom;
    private final List<String> attempts = new ArrayList<>();

    RuleFacts(RuleDescriptor rule, Map<String, Observation> sessionLatest, Symptom sessionSymptom) {
        ReadOnlyCopies.DetachedCopier copier = new ReadOnlyCopies.DetachedCopier();
        sessionLatest.forEach((probe, observation) -> {
            if (rule.seesEveryProbe() || rule.reads().stream().anyMatch(read -> read.probe().equals(probe))) {
                Observation copy = (Observation) copier.copy(observation);
                latest.put(probe, copy);
                originals.put(copy, observation);
            }
        });
        symptom = sessionSymptom == null ? null : (Symptom) copier.copy(sessionSymptom);
        copier.copyReferences();
        latest.values().forEach(this::guard);
        if (symptom != null) {
            guard(symptom);
        }
    }

    private void guard(EObject copy) {
        ReadOnlyCopies.refuseChanges(copy, "the facts are read-only to rules; refused: ", attempts);
    }

    Map<String, Observation> latest() {
        return java.util.Collections.unmodifiableMap(latest);
    }

    Symptom symptom() {
        return symptom;
    }

    /** The session's observation a copy was made of; null for an object the rule was not given. */
    Observation original(Observation copy) {
        return originals.get(copy);
    }

    /** The changes the rule tried to make, e.g. "set summary of Observation". */
    List<String> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }
}
