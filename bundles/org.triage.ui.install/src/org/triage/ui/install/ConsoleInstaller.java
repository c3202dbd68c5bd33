package org.triage.ui.install;

import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.triage.install.FixBundleInstaller;
import org.triage.install.InstallException;

/** The installer of the product the console runs from, and the restart that makes a change take effect. */
final class ConsoleInstaller {

    private ConsoleInstaller() {
    }

    /** The installer, or empty after telling the admin why there is none (the console does not run from a product). */
    static Optional<FixBundleInstaller> open(Shell shell, String title) {
        try {
            return Optional.of(FixBundleInstaller.forRunningProduct());
        } catch (InstallException e) {
            MessageDialog.openError(shell, title, e.getMessage());
            return Optional.empty();
        }
    }

    /** Offers to restart the console, which uses a change of its fix bundles only after a restart. */
    static void offerRestart(Shell shell, String title, String what) {
        if (MessageDialog.openQuestion(shell, title, what + "\n\nRestart Triage Console now?")) {
            PlatformUI.getWorkbench().restart();
        }
    }
}
