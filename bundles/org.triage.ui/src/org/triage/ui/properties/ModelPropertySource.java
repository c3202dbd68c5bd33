package org.triage.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.triage.core.session.VisibleText;
import org.triage.core.session.Facts;
import org.triage.model.Fact;
import org.triage.model.ListFact;
import org.triage.model.Observation;
import org.triage.model.RawEvidence;
import org.triage.model.RecordFact;

/**
 * Any element of the session model in the Properties view, read only. Its own attributes and references come from
 * the generated EMF.Edit item providers ({@code org.triage.model.edit}): their display names, categories and value
 * labels, as EMF.Edit's {@code PropertySource} would show them (that bundle is not on Maven Central, so this is the
 * read-only part of it). What a generic descriptor cannot show is added beside them: an observation's facts under
 * their own names, a row's fields and the raw evidence it was read from, each opening as a sub-tree.
 */
final class ModelPropertySource implements IPropertySource {

    /** The item providers of the session model, and of any other model a third party registers. */
    static final ComposedAdapterFactory ITEM_PROVIDERS = createItemProviders();

    private static ComposedAdapterFactory createItemProviders() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

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
        IItemPropertySource itemSource = (IItemPropertySource) ITEM_PROVIDERS.adapt(element, IItemPropertySource.class);
        if (itemSource != null) {
            for (IItemPropertyDescriptor item : itemSource.getPropertyDescriptors(element)) {
                descriptors.add(new ItemDescriptor(element, item));
            }
        }
        if (element instanceof RecordFact record) {
            record.getFields().forEach(field -> descriptors.add(descriptor(field, field.getName(), "Fields")));
            // a row of a view: the output it was read from, under the command that printed it
            observationOf(record).ifPresent(observation -> observation.getEvidence()
                    .forEach(evidence -> descriptors.add(descriptor(evidence, evidence.getSource(), "Raw evidence"))));
        } else if (element instanceof ListFact list) {
            for (int i = 0; i < list.getItems().size(); i++) {
                descriptors.add(descriptor(list.getItems().get(i), "[" + i + "]", "Items"));
            }
        } else if (element instanceof Observation observation) {
            observation.getFacts().forEach(fact -> descriptors.add(descriptor(fact, fact.getName(), "Facts")));
            observation.getEvidence()
                    .forEach(evidence -> descriptors.add(descriptor(evidence, evidence.getSource(), "Raw evidence")));
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

    private static IPropertyDescriptor descriptor(EObject id, String name, String category) {
        PropertyDescriptor descriptor = new PropertyDescriptor(id, name == null || name.isEmpty() ? "(value)" : name);
        descriptor.setCategory(category);
        return descriptor;
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (id instanceof IItemPropertyDescriptor item) {
            return unwrap(item.getPropertyValue(element));
        }
        if (id instanceof Fact fact) {
            return fact instanceof RecordFact || fact instanceof ListFact ? new ModelPropertySource(fact)
                    : visible(Facts.asText(fact));
        }
        return new ModelPropertySource((EObject) id);
    }

    /** Evidence may hold any character; a cell shows control characters as pictures (a NUL would end its text). */
    private static Object visible(Object value) {
        return value instanceof String text ? VisibleText.of(text) : value;
    }

    /** EMF.Edit wraps a value for its own property sheet; ours shows the value through the descriptor's labels. */
    private Object unwrap(Object value) {
        return visible(value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(element) : value);
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

    /** What a nested element shows on its collapsed row: EMF.Edit's label, or a fact's value, or the command. */
    @Override
    public String toString() {
        if (element instanceof RawEvidence evidence) {
            return evidence.getSource();
        }
        if (element instanceof Fact fact) {
            return Facts.asText(fact);
        }
        return label(element);
    }

    /** EMF.Edit's label of a model element (e.g. "Finding finding-3"). */
    static String label(Object element) {
        IItemLabelProvider labels = (IItemLabelProvider) ITEM_PROVIDERS.adapt(element, IItemLabelProvider.class);
        return labels == null ? String.valueOf(element) : labels.getText(element);
    }

    /** One generated item property descriptor as the Properties view wants it: read only, labelled by EMF.Edit. */
    private static final class ItemDescriptor implements IPropertyDescriptor {

        private final EObject element;
        private final IItemPropertyDescriptor item;

        ItemDescriptor(EObject element, IItemPropertyDescriptor item) {
            this.element = element;
            this.item = item;
        }

        @Override
        public Object getId() {
            return item;
        }

        @Override
        public String getDisplayName() {
            return item.getDisplayName(element);
        }

        @Override
        public String getDescription() {
            return item.getDescription(element);
        }

        @Override
        public String getCategory() {
            return item.getCategory(element);
        }

        @Override
        public String[] getFilterFlags() {
            return item.getFilterFlags(element);
        }

        @Override
        public Object getHelpContextIds() {
            return null;
        }

        @Override
        public ILabelProvider getLabelProvider() {
            IItemLabelProvider labels = item.getLabelProvider(element);
            return new LabelProvider() {
                @Override
                public String getText(Object value) {
                    return value instanceof Collection<?> values && values.isEmpty() ? "" : labels.getText(value);
                }
            };
        }

        @Override
        public org.eclipse.jface.viewers.CellEditor createPropertyEditor(org.eclipse.swt.widgets.Composite parent) {
            return null; // the record is read only
        }

        @Override
        public boolean isCompatibleWith(IPropertyDescriptor another) {
            return another instanceof ItemDescriptor other && other.item.getId(element) != null
                    && other.item.getId(other.element).equals(item.getId(element));
        }
    }
}
