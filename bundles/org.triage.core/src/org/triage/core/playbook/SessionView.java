package org.triage.core.playbook;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.triage.model.Session;

/**
 * The session as a fix sees it: a copy, so that nothing a fix does reaches the record, which refuses every change
 * made through the model (the setter or list operation throws) and remembers it, so that the step fails even where
 * the fix catches the exception. Changes the model cannot see (to a mutable {@code Date} it handed out) land in the
 * copy only and are discarded with it.
 */
final class SessionView {

    private final Session copy;
    private final List<String> attempts = new ArrayList<>();

    SessionView(Session session) {
        copy = detachedCopy(session);
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
                throw new UnsupportedOperationException("the session is read-only to fixes; refused: " + change);
            }
        });
    }

    /**
     * A copy that shares no mutable value with the session: EMF copies a {@code Date} or {@code byte[]} attribute by
     * reference, and {@code getCreatedAt().setTime(0)} on a plain copy would move the record's own date.
     */
    private static Session detachedCopy(Session session) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void copyAttributeValue(EAttribute attribute, EObject object, Object value,
                    EStructuralFeature.Setting setting) {
                super.copyAttributeValue(attribute, object, detached(value), setting);
            }
        };
        Session copy = (Session) copier.copy(session);
        copier.copyReferences();
        return copy;
    }

    private static Object detached(Object value) {
        if (value instanceof Date date) {
            return new Date(date.getTime());
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (value instanceof List<?> list && list.stream().anyMatch(e -> e instanceof Date || e instanceof byte[])) {
            return list.stream().map(SessionView::detached).toList();
        }
        return value;
    }

    Session session() {
        return copy;
    }

    /** The changes the fix tried to make, e.g. "cleared log of Session". */
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
}
