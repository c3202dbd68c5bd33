package org.triage.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;
import org.triage.ui.dialogs.OpenTargetDialog;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;

/** File > Open Target...: choose a target and symptom, then diagnose it in a job. */
public final class OpenTargetHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        OpenTargetDialog dialog = new OpenTargetDialog(HandlerUtil.getActiveShell(event));
        if (dialog.open() == Window.OK) {
            new DiagnoseJob(ConsoleSessions.manager(), dialog.targetSpec(), dialog.symptomCode(),
                    ConsoleSessions.productVersion()).schedule();
        }
        return null;
    }
}
