package org.triage.core.playbook;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.triage.core.session.ReadOnlyCopies;
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
        EcoreUtil.Copier copier = new ReadOnlyCopies.DetachedCopier();
        copy = (Session) copier.copy(session);
        copier.copyReferences();
        ReadOnlyCopies.refuseChanges(copy, "the session is read-only to fixes; refused: ", attempts);
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
}
