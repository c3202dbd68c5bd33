package org.triage.core.fix;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.target.ActionResult;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.model.Session;

/** What a fix works with: the target (to read its state), the session (read only), progress and a log. */
public interface FixContext {

    Target target();

    /** The session so far; fixes read findings and observations from it and do not modify it. */
    Session session();

    IProgressMonitor monitor();

    /** Asks the target to carry out the action and records the change, command and result in the session. */
    ActionResult perform(TargetAction action);

    void log(String message);
}
