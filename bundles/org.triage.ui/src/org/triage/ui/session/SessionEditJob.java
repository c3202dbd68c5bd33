package org.triage.ui.session;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.triage.core.target.Target;
import org.triage.model.Session;

/**
 * A small change the operator makes (a note, skipping a step), queued behind any running session job so
 * that neither overwrites the other.
 */
public final class SessionEditJob extends SessionJob {

    private final Consumer<Session> edit;

    public SessionEditJob(String name, SessionManager manager, Consumer<Session> edit) {
        super(name, manager);
        this.edit = edit;
        setUser(false);
    }

    @Override
    protected IStatus work(Session session, Target target, IProgressMonitor monitor) {
        edit.accept(session);
        return Status.OK_STATUS;
    }
}
