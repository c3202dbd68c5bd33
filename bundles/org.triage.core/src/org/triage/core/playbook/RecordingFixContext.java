package org.triage.core.playbook;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.fix.FixDescriptor;
import org.triage.core.fix.FixContext;
import org.triage.core.target.ActionResult;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.LogEntry;
import org.triage.model.LogLevel;
import org.triage.model.Session;
import org.triage.model.TriageFactory;

/**
 * The context a fix runs in. A fix runs on a guarded thread that may be abandoned, so changes and log
 * lines are collected here and copied into the session by the runner's thread ({@link #drainInto});
 * once closed, the context refuses to act, so an abandoned fix can change nothing more.
 */
final class RecordingFixContext implements FixContext {

    private final FixDescriptor fix;
    private final Target target;
    private final Session session;
    private final String source;
    private final IProgressMonitor monitor;
    private final boolean mayAct;
    private final List<Change> changes = new ArrayList<>();
    private final List<LogEntry> log = new ArrayList<>();
    private boolean closed;

    static final String IN_FLIGHT = "started, and still running when the fix was abandoned: its outcome is unknown;"
            + " check the workstation";

    /**
     * @param fix    the fix it runs for: it may perform only the actions the fix declares
     * @param mayAct false for a preview, which may read the target but not act
     */
    RecordingFixContext(Target target, Session session, FixAttempt attempt, FixDescriptor fix, IProgressMonitor monitor,
            boolean mayAct) {
        this.fix = fix;
        this.target = target;
        this.session = session;
        this.source = attempt.getContributor() + " " + attempt.getFixId();
        this.monitor = monitor;
        this.mayAct = mayAct;
    }

    @Override
    public Target target() {
        return target;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public IProgressMonitor monitor() {
        return monitor;
    }

    @Override
    public ActionResult perform(TargetAction action) {
        synchronized (this) {
            if (closed || !mayAct) {
                return ActionResult.failed(mayAct ? "the fix was abandoned; nothing more is carried out"
                        : "a preview must not change anything", action.command());
            }
        }
        String unable = !fix.mayUse(action.id())
                ? "not carried out: fix " + fix.id() + " of " + fix.origin() + " does not declare " + action.id()
                : target.whyUnable(action);
        // recorded as it starts: an action still running when the fix is abandoned stays in the record as such
        Change change = Playbook.change(action);
        change.setSucceeded(false);
        change.setResult(IN_FLIGHT);
        synchronized (this) {
            if (!closed) {
                changes.add(change);
            }
        }
        ActionResult result = unable != null ? ActionResult.failed(unable, action.command())
                : target.perform(action, monitor);
        synchronized (this) {
            // once drained the change belongs to the session: it is never touched from here again
            if (!closed) {
                change.setSucceeded(result.succeeded());
                change.setResult(result.summary() + (result.output() == null || result.output().isBlank() ? ""
                        : "\n" + result.output().strip()));
                if (result.command() != null) {
                    change.setCommand(result.command());
                }
            }
        }
        log(action.id() + " " + action.subject() + ": " + result.summary()
                + (result.exitCode() == null ? "" : " (exit code " + result.exitCode() + ")"));
        return result;
    }

    @Override
    public synchronized void log(String message) {
        if (closed) {
            return;
        }
        LogEntry entry = TriageFactory.eINSTANCE.createLogEntry();
        entry.setTime(new Date());
        entry.setLevel(LogLevel.INFO);
        entry.setSource(source);
        entry.setMessage(message);
        log.add(entry);
    }

    /** Closes the context and moves what it collected into the attempt. */
    synchronized void drainInto(FixAttempt attempt) {
        closed = true;
        attempt.getChanges().addAll(changes);
        attempt.getLog().addAll(log);
        changes.clear();
        log.clear();
    }
}
