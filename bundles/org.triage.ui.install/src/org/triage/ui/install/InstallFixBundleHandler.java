package org.triage.ui.install;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.triage.install.InstallOutcome;

/** Help > Install Fix Bundle...: the wizard, then the offer to restart the console. */
public final class InstallFixBundleHandler extends AbstractHandler {

    private static final String TITLE = "Install Fix Bundle";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ConsoleInstaller.open(shell, TITLE).ifPresent(installer -> {
            InstallFixBundleWizard wizard = new InstallFixBundleWizard(installer);
            if (new WizardDialog(shell, wizard).open() != Window.OK || wizard.outcome() == null) {
                return;
            }
            InstallOutcome outcome = wizard.outcome();
            if (!outcome.succeeded()) {
                MessageDialog.openError(shell, TITLE, outcome.message());
            } else {
                ConsoleInstaller.offerRestart(shell, TITLE, "Installed. The console uses the new fixes after a restart.");
            }
        });
        return null;
    }
}
