package org.triage.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.triage.ui.views.PlaybookView;

/**
 * Session > Apply Step, Verify Step, Skip Step (and their keys): the Playbook view's buttons for its selected step,
 * wherever the focus is. The command's id names the action.
 */
public final class PlaybookStepHandler extends AbstractHandler {

    public static final String APPLY = "org.triage.ui.applyStep";
    public static final String VERIFY = "org.triage.ui.verifyStep";
    public static final String SKIP = "org.triage.ui.skipStep";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IViewPart view = page == null ? null : page.findView(PlaybookView.ID);
        if (view instanceof PlaybookView playbook) {
            playbook.perform(event.getCommand().getId());
        }
        return null;
    }
}
