package org.triage.ui.install;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.triage.install.FixBundleInstaller;
import org.triage.install.InstallException;
import org.triage.install.InstallOutcome;

/** Help > Install Fix Bundle...: the wizard, then the offer to restart the console. */
public final class InstallFixBundleHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        FixBundleInstaller installer;
        try {
            installer = FixBundleInstaller.forRunningProduct();
        } catch (InstallException e) {
            MessageDialog.openError(shell, "Install Fix Bundle", e.getMessage());
            return null;
        }
        InstallFixBundleWizard wizard = new InstallFixBundleWizard(installer);
        if (new WizardDialog(shell, wizard).open() != Window.OK || wizard.outcome() == null) {
            return null;
        }
        InstallOutcome outcome = wizard.outcome();
        if (!outcome.succeeded()) {
            MessageDialog.openError(shell, "Install Fix Bundle", outcome.message());
        } else if (MessageDialog.openQuestion(shell, "Install Fix Bundle", "Installed. The console uses the new fixes"
                + " after a restart.\n\nRestart Triage Console now?")) {
            PlatformUI.getWorkbench().restart();
        }
        return null;
    }
}
