package org.triage.ui.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.triage.core.target.Target;
import org.triage.model.Session;

/**
 * The session the console has open and the target it came from. Views listen here for a session being
 * opened; changes within a session reach them through EMF notifications. Registered as an OSGi service,
 * so views receive it by injection.
 */
public class SessionManager {

    /** Told when another session is opened (or the open one closed: null). */
    @FunctionalInterface
    public interface Listener {
        void sessionOpened(Session session);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Session session;
    private volatile Target target;

    public Session session() {
        return session;
    }

    public Target target() {
        return target;
    }

    public void open(Session newSession, Target newTarget) {
        Target previous = target;
        session = newSession;
        target = newTarget;
        if (previous != null && previous != newTarget) {
            previous.close();
        }
        listeners.forEach(listener -> listener.sessionOpened(newSession));
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
