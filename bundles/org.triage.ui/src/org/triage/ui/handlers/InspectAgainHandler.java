package org.triage.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.triage.core.session.SessionRecovery;
import org.triage.model.Session;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.RerunProbesJob;
import org.triage.ui.session.SessionManager;

/**
 * Session > Inspect Again: runs every probe again on the open target. A reopened session has no target;
 * then its target is opened again from the session's description and diagnosed in a new session.
 */
public final class InspectAgainHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        SessionManager manager = ConsoleSessions.manager();
        Session session = manager.session();
        if (session == null) {
            return null;
        }
        if (manager.target() != null) {
            new RerunProbesJob(manager, List.of()).schedule();
        } else {
            new DiagnoseJob(manager, SessionRecovery.targetSpec(session),
                    session.getSymptom() == null ? null : session.getSymptom().getCode(),
                    ConsoleSessions.productVersion()).schedule();
        }
        return null;
    }
}
