package org.triage.ui.install;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > Installed Fix Bundles...: the dialog, then the offer to restart where something was uninstalled. */
public final class InstalledFixBundlesHandler extends AbstractHandler {

    private static final String TITLE = "Installed Fix Bundles";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ConsoleInstaller.open(shell, TITLE).ifPresent(installer -> {
            InstalledFixBundlesDialog dialog = new InstalledFixBundlesDialog(shell, installer);
            dialog.open();
            if (dialog.restartNeeded()) {
                ConsoleInstaller.offerRestart(shell, TITLE, "The console stops using what was uninstalled after a restart.");
            }
        });
        return null;
    }
}
