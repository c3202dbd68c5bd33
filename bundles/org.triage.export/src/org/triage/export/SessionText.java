package org.triage.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Every text a session carries, reached through the model's metadata rather than by name, so that no attribute
 * is forgotten: the facts, logs and raw evidence a third party's probe or fix recorded, the tool's own log,
 * notes, commands, even ids.
 */
public final class SessionText {

    private SessionText() {
    }

    /** Replaces every string value of {@code root} and of everything it contains with what {@code rewrite} makes of it. */
    public static void rewrite(EObject root, UnaryOperator<String> rewrite) {
        rewriteOne(root, rewrite);
        root.eAllContents().forEachRemaining(element -> rewriteOne(element, rewrite));
    }

    /** Hands every string value of {@code root} and its contents to {@code reader}, in containment order. */
    public static void read(EObject root, java.util.function.Consumer<String> reader) {
        rewrite(root, text -> {
            reader.accept(text);
            return text;
        });
    }

    @SuppressWarnings("unchecked")
    private static void rewriteOne(EObject element, UnaryOperator<String> rewrite) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.getEAttributeType().getInstanceClass() != String.class || attribute.isDerived()
                    || !attribute.isChangeable()) {
                continue;
            }
            if (attribute.isMany()) {
                EList<String> values = (EList<String>) element.eGet(attribute);
                List<String> rewritten = new ArrayList<>(values.size());
                boolean changed = false;
                for (String value : values) {
                    String result = value == null ? null : rewrite.apply(value);
                    changed |= result != value && (result == null || !result.equals(value));
                    rewritten.add(result);
                }
                if (changed) {
                    values.clear();
                    values.addAll(rewritten);
                }
            } else {
                String value = (String) element.eGet(attribute);
                if (value != null) {
                    String result = rewrite.apply(value);
                    if (!result.equals(value)) {
                        element.eSet(attribute, result);
                    }
                }
            }
        }
    }
}
