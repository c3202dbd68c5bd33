package org.triage.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.triage.core.playbook.UserInstructions;
import org.triage.model.FixAttempt;
import org.triage.model.Session;
import org.triage.ui.session.ConsoleSessions;

/**
 * File > Export Instructions for the User...: the steps the console hands to the user (a snapshot or an export
 * target, or rights it lacks), as plain text for the ticket and, beside it, a PowerShell script with the same
 * commands the preview shows. Both are written at once (two small files) so that the operator is told where they
 * went.
 */
public final class ExportInstructionsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Session session = ConsoleSessions.manager().session();
        if (session == null) {
            return null;
        }
        List<FixAttempt> steps = UserInstructions.handedToUser(session);
        if (steps.isEmpty()) {
            MessageDialog.openInformation(shell, "Instructions for the User", "No playbook step is handed to the "
                    + "user: the console applies the planned steps itself, or none is left.");
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.txt"});
        dialog.setFileName("instructions-" + session.getId() + ".txt");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen);
        try {
            Path script = UserInstructions.write(session, steps, file);
            MessageDialog.openInformation(shell, "Instructions for the User", steps.size() + " step(s) for the user "
                    + "written to\n" + file + "\nand, as a PowerShell script, to\n" + script);
        } catch (IOException e) {
            MessageDialog.openError(shell, "Instructions for the User", "Cannot write the instructions to " + file
                    + ": " + e.getMessage());
        }
        return null;
    }
}
