package org.triage.ui.session;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.triage.core.target.Target;
import org.triage.model.Session;

/**
 * Work on the open session in the background: the job changes a working copy and publishes it when done,
 * also when it failed or was cancelled, so that what was recorded is kept. Session jobs run one at a time.
 */
public abstract class SessionJob extends Job {

    /** The family of every job that works on a session; tests and shutdown wait for it. */
    public static final Object FAMILY = SessionJob.class;

    /**
     * Every job that reads or replaces the open session and its target holds this rule, so that a diagnosis never
     * closes the target a playbook step is acting on, and no version is published over another's.
     */
    public static final ISchedulingRule RULE = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    protected final SessionManager manager;

    protected SessionJob(String name, SessionManager manager) {
        super(name);
        this.manager = manager;
        setRule(RULE);
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected final IStatus run(IProgressMonitor monitor) {
        Session copy = manager.workingCopy();
        Target target = manager.target();
        if (copy == null || target == null) {
            return Status.warning("No session with a target is open: open a target first.");
        }
        try {
            IStatus status = work(copy, target, monitor);
            return monitor.isCanceled() ? Status.CANCEL_STATUS : status;
        } finally {
            manager.publish(copy);
        }
    }

    /** Changes {@code session} (a working copy) using {@code target}. */
    protected abstract IStatus work(Session session, Target target, IProgressMonitor monitor);
}
