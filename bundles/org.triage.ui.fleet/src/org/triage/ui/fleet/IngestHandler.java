package org.triage.ui.fleet;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Ingest Snapshots...: shows the Fleet view and asks it to ingest. */
public final class IngestHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        try {
            ((FleetView) window.getActivePage().showView(FleetView.ID)).askAndIngest();
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(IngestHandler.class).error("Cannot show the Fleet view", e);
        }
        return null;
    }
}
