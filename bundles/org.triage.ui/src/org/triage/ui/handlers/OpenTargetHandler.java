package org.triage.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.triage.core.session.SessionRecovery;
import org.triage.model.Session;
import org.triage.ui.dialogs.OpenTargetDialog;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionManager;

/**
 * File > Open Target...: choose a target and symptom, then diagnose it in a job. Where the open session is
 * unfinished, the operator is asked first, and told where it is kept; Cancel is the default.
 */
public final class OpenTargetHandler extends AbstractHandler {

    /** The question's title and its confirming button, so that tests can find them. */
    public static final String REPLACE_TITLE = "Replace the unfinished session?";
    public static final String REPLACE = "Keep It and Open Another";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        SessionManager manager = ConsoleSessions.manager();
        if (!mayReplaceOpenSession(shell)) {
            return null;
        }
        OpenTargetDialog dialog = new OpenTargetDialog(shell);
        if (dialog.open() == Window.OK) {
            new DiagnoseJob(manager, dialog.targetSpec(), dialog.symptomCode(),
                    ConsoleSessions.productVersion()).schedule();
        }
        return null;
    }

    /**
     * Whether another target may replace the open session: true where none is open or it is finished, else the
     * operator's answer to the question (Cancel is the default). The Fleet view asks it too.
     */
    public static boolean mayReplaceOpenSession(Shell shell) {
        SessionManager manager = ConsoleSessions.manager();
        Session open = manager.session();
        if (open == null || !SessionRecovery.unfinished(open)) {
            return true;
        }
        MessageDialog question = new MessageDialog(shell, REPLACE_TITLE, null, describe(manager, open),
                MessageDialog.QUESTION, 1, REPLACE, IDialogConstants.CANCEL_LABEL);
        return question.open() == 0;
    }

    private static String describe(SessionManager manager, Session open) {
        int planned = SessionRecovery.remaining(open).size();
        StringBuilder text = new StringBuilder("Session ").append(open.getId());
        String spec = SessionRecovery.targetSpec(open);
        if (spec != null) {
            text.append(" on ").append(spec);
        }
        text.append(" is unfinished: ").append(SessionRecovery.finishedSteps(open)).append(" of ")
                .append(open.getFixAttempts().size()).append(" playbook steps are done");
        if (planned > 0) {
            text.append(", ").append(planned).append(" still planned");
        }
        text.append(" (outcome so far: ").append(open.getOutcome().getLiteral()).append(").\n\n");
        Path kept = manager.keptFile(open).orElse(null);
        text.append(kept == null ? "Opening another target closes it; it is not saved anywhere (use File > Save "
                + "Session As... first to keep it)."
                : "Opening another target closes it and keeps it in " + kept
                        + "; File > Open Session... opens it again.");
        return text.toString();
    }
}
