package org.triage.core.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.triage.core.rules.RuleDescriptor;
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
        Copier copier = new Copier();
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
        copy.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (notification.getEventType() == Notification.REMOVING_ADAPTER
                        || notification.getEventType() == Notification.RESOLVE) {
                    return;
                }
                String change = describe(notification);
                synchronized (attempts) {
                    attempts.add(change);
                }
                throw new UnsupportedOperationException("the facts are read-only to rules; refused: " + change);
            }
        });
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

    private static String describe(Notification notification) {
        String feature = notification.getFeature() instanceof EStructuralFeature structural ? structural.getName()
                : String.valueOf(notification.getFeature());
        String owner = notification.getNotifier() instanceof EObject object ? object.eClass().getName()
                : String.valueOf(notification.getNotifier());
        String verb = switch (notification.getEventType()) {
            case Notification.SET -> "set";
            case Notification.UNSET -> "unset";
            case Notification.ADD, Notification.ADD_MANY -> "added to";
            case Notification.REMOVE, Notification.REMOVE_MANY -> "removed from";
            case Notification.MOVE -> "reordered";
            default -> "changed";
        };
        return verb + " " + feature + " of " + owner;
    }

    /** Copies dates and byte arrays too: EMF copies them by reference, and the record's own would move with them. */
    private static final class Copier extends EcoreUtil.Copier {

        private static final long serialVersionUID = 1L;

        @Override
        protected void copyAttributeValue(EAttribute attribute, EObject object, Object value,
                EStructuralFeature.Setting setting) {
            super.copyAttributeValue(attribute, object, detached(value), setting);
        }

        private static Object detached(Object value) {
            if (value instanceof Date date) {
                return new Date(date.getTime());
            }
            if (value instanceof byte[] bytes) {
                return bytes.clone();
            }
            if (value instanceof List<?> list && list.stream().anyMatch(e -> e instanceof Date || e instanceof byte[])) {
                return list.stream().map(Copier::detached).toList();
            }
            return value;
        }
    }
}
