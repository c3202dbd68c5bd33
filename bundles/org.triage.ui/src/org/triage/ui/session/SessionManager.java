package org.triage.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.triage.core.target.Target;
import org.triage.model.Session;
import org.triage.model.io.SessionFiles;

/**
 * The session the console has open, and the target it came from.
 * <p>
 * Sessions are copy-on-write: the published session is never changed; a job takes a {@link #workingCopy()},
 * works on it in the background and {@link #publish(Session) publishes} the result. So the UI thread never
 * reads a model that another thread is writing, and every published version is saved at once, atomically,
 * so that a crash loses at most the step in flight. Registered as an OSGi service; views receive it by
 * injection.
 */
public class SessionManager {

    /** Told on any thread when another version of the session is published (null: none is open). */
    @FunctionalInterface
    public interface Listener {
        void sessionChanged(Session session);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Session session;
    private volatile Target target;
    private volatile Path saveFile;

    public Session session() {
        return session;
    }

    /** The target of the open session; null where the session was reopened from a file and not re-inspected. */
    public Target target() {
        return target;
    }

    /** A copy of the published session for a job to change; ids are kept, so references stay valid. */
    public Session workingCopy() {
        Session current = session;
        return current == null ? null : EcoreUtil.copy(current);
    }

    /**
     * Opens a session for a target (closing the previous target). A different session that was open is kept
     * beside the save file under its id first, so that opening another target never loses a record.
     */
    public synchronized void open(Session newSession, Target newTarget) {
        Session replaced = session;
        if (replaced != null && (newSession == null || !Objects.equals(replaced.getId(), newSession.getId()))) {
            keep(replaced);
        }
        Target previous = target;
        target = newTarget;
        if (previous != null && previous != newTarget) {
            previous.close();
        }
        publish(newSession);
    }

    /** Publishes a new version of the open session, saves it and tells the listeners. */
    public synchronized void publish(Session version) {
        session = version;
        save(version);
        listeners.forEach(listener -> listener.sessionChanged(version));
    }

    /**
     * Where every published version is saved; null stops saving. The console sets it to the instance
     * area at start.
     */
    public void saveTo(Path file) {
        this.saveFile = file;
    }

    public Optional<Path> saveFile() {
        return Optional.ofNullable(saveFile);
    }

    /** Where a session that is no longer open is kept: beside the save file, under its id. */
    public Optional<Path> keptFile(Session version) {
        Path file = saveFile;
        if (file == null || version == null) {
            return Optional.empty();
        }
        String name = version.getId() == null ? "session" : version.getId().replaceAll("[^A-Za-z0-9._-]", "_");
        return Optional.of(file.resolveSibling(name + ".xmi"));
    }

    private void keep(Session version) {
        keptFile(version).ifPresent(kept -> {
            try {
                SessionFiles.save(version, kept);
                ILog.of(SessionManager.class).info("The session " + version.getId() + " that was open is kept in " + kept);
            } catch (IOException e) {
                ILog.of(SessionManager.class).error("Cannot keep the session that was open as " + kept, e);
            }
        });
    }

    private void save(Session version) {
        Path file = saveFile;
        if (file == null || version == null) {
            return;
        }
        try {
            SessionFiles.save(version, file);
        } catch (IOException e) {
            ILog.of(SessionManager.class).error("Cannot save the session to " + file, e);
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
