package org.triage.ui.install;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.triage.install.FixBundleInstaller;
import org.triage.install.InstallException;

/** Help > Installed Fix Bundles...: the dialog, then the offer to restart where something was uninstalled. */
public final class InstalledFixBundlesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        FixBundleInstaller installer;
        try {
            installer = FixBundleInstaller.forRunningProduct();
        } catch (InstallException e) {
            MessageDialog.openError(shell, "Installed Fix Bundles", e.getMessage());
            return null;
        }
        InstalledFixBundlesDialog dialog = new InstalledFixBundlesDialog(shell, installer);
        dialog.open();
        if (dialog.restartNeeded() && MessageDialog.openQuestion(shell, "Installed Fix Bundles", "The console stops using"
                + " what was uninstalled after a restart.\n\nRestart Triage Console now?")) {
            PlatformUI.getWorkbench().restart();
        }
        return null;
    }
}
