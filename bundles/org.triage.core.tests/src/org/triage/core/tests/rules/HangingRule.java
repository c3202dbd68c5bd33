package org.triage.core.tests.rules;

import java.util.List;
import java.util.Map;

import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.model.Observation;
import org.triage.model.Symptom;

/** Waits for an answer that never comes, until it is interrupted. */
public final class HangingRule implements Rule {

    @Override
    public String id() {
        return "com.example.rules.hangs";
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Object never = new Object();
        synchronized (never) {
            try {
                never.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return List.of();
    }
}
