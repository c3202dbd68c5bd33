package org.triage.ui.session;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.triage.core.session.SessionRecovery;
import org.triage.core.session.Sessions;
import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.core.target.Targets;
import org.triage.model.LogLevel;
import org.triage.model.Session;

/**
 * Continues a session the console left unfinished: opens its target again from the session's description and
 * shows the session with it, so that the playbook goes on where it stopped. Where the target cannot be opened any
 * more the session is shown read only.
 */
public final class ResumeSessionJob extends SessionOpeningJob {

    private final Session session;

    public ResumeSessionJob(SessionManager manager, Session session) {
        super("Resuming session " + session.getId(), manager);
        this.session = session;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        String spec = SessionRecovery.targetSpec(session);
        Target target = null;
        String problem = null;
        try {
            target = spec == null ? null : Targets.open(spec);
        } catch (TargetException e) {
            problem = e.getMessage();
        }
        Sessions.log(session, target == null ? LogLevel.WARNING : LogLevel.INFO, "recovery", target == null
                ? "resumed read only: the target " + spec + " cannot be opened again" + (problem == null ? "" : ": " + problem)
                : "resumed after the console stopped; the target " + spec + " was opened again");
        manager.open(session, target);
        return target == null ? Status.warning("The session is shown read only: its target " + spec
                + " cannot be opened again" + (problem == null ? "." : ": " + problem)) : Status.OK_STATUS;
    }
}
