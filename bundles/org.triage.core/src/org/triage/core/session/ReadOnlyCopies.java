package org.triage.core.session;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Copies of the record handed to code the product does not trust (a fix reading the session, a rule reading its
 * facts): they share no mutable value with the record, and every change made through the model is refused and
 * remembered, so that the caller can refuse the result even where the code caught the exception.
 */
public final class ReadOnlyCopies {

    private ReadOnlyCopies() {
    }

    /**
     * A copier that shares no mutable value with the original: EMF copies a {@code Date} or {@code byte[]} attribute
     * by reference, and {@code getCreatedAt().setTime(0)} on a plain copy would move the record's own date.
     */
    public static final class DetachedCopier extends EcoreUtil.Copier {

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
                return list.stream().map(DetachedCopier::detached).toList();
            }
            return value;
        }
    }

    /**
     * Makes every change to {@code copy} and its contents throw {@link UnsupportedOperationException} with
     * {@code refusal} and what was tried, which is also added to {@code attempts} (guarded by its own lock).
     */
    public static void refuseChanges(EObject copy, String refusal, List<String> attempts) {
        copy.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                // not isTouch(): setting a value equal to the old one is a write attempt too
                if (notification.getEventType() == Notification.REMOVING_ADAPTER
                        || notification.getEventType() == Notification.RESOLVE) {
                    return;
                }
                String change = describe(notification);
                synchronized (attempts) {
                    attempts.add(change);
                }
                throw new UnsupportedOperationException(refusal + change);
            }
        });
    }

    /** "set summary of Observation", "cleared log of Session" and the like. */
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
}
