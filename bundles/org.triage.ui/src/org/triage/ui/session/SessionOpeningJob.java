package org.triage.ui.session;

import org.eclipse.core.runtime.jobs.Job;

/**
 * A job that opens a session in place of the open one (a diagnosis, a resumed or saved session, an export): it
 * runs one at a time with every job working on the session, so it never closes the target a step is acting on.
 */
public abstract class SessionOpeningJob extends Job {

    protected final SessionManager manager;

    protected SessionOpeningJob(String name, SessionManager manager) {
        super(name);
        this.manager = manager;
        setRule(SessionJob.RULE);
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == SessionJob.FAMILY;
    }
}
