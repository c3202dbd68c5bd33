package org.triage.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.triage.core.session.Facts;
import org.triage.model.Fact;
import org.triage.model.Identified;
import org.triage.model.ListFact;
import org.triage.model.Observation;
import org.triage.model.RawEvidence;
import org.triage.model.RecordFact;
import org.triage.model.TriagePackage;

/**
 * Any element of the session model in the Properties view, read only: its attributes, its facts by their
 * own names, its raw evidence, and the ids of what it refers to. A row of a view (a record among an observation's
 * facts) shows its fields and the raw evidence of its observation. Nested elements open as sub-trees.
 */
final class ModelPropertySource implements IPropertySource {

    private final EObject element;

    ModelPropertySource(EObject element) {
        this.element = element;
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        if (element instanceof RecordFact record) {
            record.getFields().forEach(field -> descriptors.add(descriptor(field, field.getName(), "Fields")));
            // a row of a view: the output it was read from, under the command that printed it
            observationOf(record).ifPresent(observation -> observation.getEvidence()
                    .forEach(evidence -> descriptors.add(descriptor(evidence, evidence.getSource(), "Raw evidence"))));
        } else if (element instanceof ListFact list) {
            for (int i = 0; i < list.getItems().size(); i++) {
                descriptors.add(descriptor(list.getItems().get(i), "[" + i + "]", "Items"));
            }
        } else {
            for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
                if (!element.eIsSet(feature)) {
                    continue;
                }
                if (feature == TriagePackage.Literals.OBSERVATION__FACTS) {
                    ((Observation) element).getFacts().forEach(fact -> descriptors.add(descriptor(fact, fact.getName(), "Facts")));
                } else {
                    descriptors.add(descriptor(feature, feature.getName(), feature instanceof EAttribute ? "Attributes"
                            : ((EReference) feature).isContainment() ? "Contents" : "References"));
                }
            }
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    private static Optional<Observation> observationOf(EObject element) {
        for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof Observation observation) {
                return Optional.of(observation);
            }
        }
        return Optional.empty();
    }

    private static IPropertyDescriptor descriptor(Object id, String name, String category) {
        PropertyDescriptor descriptor = new PropertyDescriptor(id, name == null || name.isEmpty() ? "(value)" : name);
        descriptor.setCategory(category);
        return descriptor;
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (id instanceof Fact fact) {
            return fact instanceof RecordFact || fact instanceof ListFact ? new ModelPropertySource(fact) : Facts.asText(fact);
        }
        if (id instanceof RawEvidence evidence) {
            return new ModelPropertySource(evidence);
        }
        EStructuralFeature feature = (EStructuralFeature) id;
        Object value = element.eGet(feature);
        if (feature instanceof EAttribute) {
            return value;
        }
        EReference reference = (EReference) feature;
        List<?> values = reference.isMany() ? (List<?>) value : List.of(value);
        if (!reference.isContainment()) {
            return String.join(", ", values.stream().map(ModelPropertySource::label).toList());
        }
        return values.size() == 1 ? new ModelPropertySource((EObject) values.get(0)) : new ListSource(values);
    }

    static String label(Object value) {
        if (value instanceof Observation observation) {
            return observation.getProbeId() + " (" + observation.getId() + ")";
        }
        if (value instanceof Identified identified) {
            return identified.getId();
        }
        return String.valueOf(value);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return true;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read only
    }

    @Override
    public String toString() {
        if (element instanceof RawEvidence evidence) {
            return evidence.getSource();
        }
        if (element instanceof Fact fact) {
            return Facts.asText(fact);
        }
        return element.eClass().getName() + " " + label(element);
    }

    /** A contained list, one entry per element. */
    private static final class ListSource implements IPropertySource {

        private final List<?> values;

        ListSource(List<?> values) {
            this.values = values;
        }

        @Override
        public Object getEditableValue() {
            return this;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            IPropertyDescriptor[] descriptors = new IPropertyDescriptor[values.size()];
            for (int i = 0; i < values.size(); i++) {
                descriptors[i] = new PropertyDescriptor(i, "[" + i + "]");
            }
            return descriptors;
        }

        @Override
        public Object getPropertyValue(Object id) {
            return new ModelPropertySource((EObject) values.get((Integer) id));
        }

        @Override
        public boolean isPropertySet(Object id) {
            return true;
        }

        @Override
        public void resetPropertyValue(Object id) {
            // read only
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            // read only
        }

        @Override
        public String toString() {
            return values.size() + " item(s)";
        }
    }
}
