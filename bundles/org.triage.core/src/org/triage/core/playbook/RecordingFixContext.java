package org.triage.core.playbook;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.fix.FixDescriptor;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.containment.FixScope;
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
 * once closed, the context refuses to act, so an abandoned fix can change nothing more. The fix sees the target
 * through this context's guard ({@link GuardedTarget}) and the session as a read-only copy ({@link SessionView});
 * what it prints, and any attempt to end the process, is caught in its {@link FixScope}.
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
    private final Target guardedTarget;
    private final FixScope scope = new FixScope();
    private SessionView sessionView;
    private final List<String> undeclared = new ArrayList<>();
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
        this.guardedTarget = new GuardedTarget(target, this);
    }

    @Override
    public Target target() {
        return guardedTarget;
    }

    @Override
    public synchronized Session session() {
        if (closed) {
            throw new IllegalStateException("the fix was abandoned; the session is no longer available to it");
        }
        if (sessionView == null) {
            sessionView = new SessionView(session);
        }
        return sessionView.session();
    }

    /** The fix's code, to run in this context's scope: its output captured, its exits refused. */
    <T> Callable<T> contained(Callable<T> work) {
        return scope.around(work);
    }

    /** What the fix tried and was refused: ending the process, changing the session. Empty for a fix that behaved. */
    synchronized List<String> violations() {
        List<String> violations = new ArrayList<>(scope.escapes());
        if (!undeclared.isEmpty()) {
            violations.add("asked for " + undeclared + ", which it does not declare (it declares " + fix.actions()
                    + "); refused and recorded");
        }
        if (sessionView != null) {
            sessionView.attempts().stream().map(change -> "tried to change the session (" + change
                    + "); the change was refused and discarded").forEach(violations::add);
        }
        return violations;
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
        if (!fix.mayUse(action.id())) {
            synchronized (this) {
                undeclared.add(action.id() + " " + action.subject());
            }
        }
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
        log(LogLevel.INFO, message);
    }

    private void log(LogLevel level, String message) {
        if (closed) {
            return;
        }
        LogEntry entry = TriageFactory.eINSTANCE.createLogEntry();
        entry.setTime(new Date());
        entry.setLevel(level);
        entry.setSource(source);
        entry.setMessage(message);
        log.add(entry);
    }

    /** Closes the context and moves what it collected, with the fix's output, into the attempt. */
    synchronized void drainInto(FixAttempt attempt) {
        scope.close();
        for (String line : scope.takeOutput()) {
            log(LogLevel.WARNING, "the fix printed (kept here, not on the console) " + line);
        }
        closed = true;
        attempt.getChanges().addAll(changes);
        attempt.getLog().addAll(log);
        changes.clear();
        log.clear();
    }
}
