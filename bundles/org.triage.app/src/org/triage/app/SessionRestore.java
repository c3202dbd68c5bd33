package org.triage.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.triage.core.session.SessionRecovery;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.io.SessionFileException;
import org.triage.model.io.SessionFiles;
import org.triage.ui.session.ResumeSessionJob;
import org.triage.ui.session.SessionManager;

/**
 * What the console does at start with the session it saved last time. An unfinished one (still open, or with
 * steps still planned whatever its outcome so far, perhaps with a step in flight when the console was killed) is
 * offered for resuming; the operator resumes it or starts fresh. A finished one, or one the operator does not
 * resume, is kept beside it under its own id, so that starting fresh never loses a record; where it went is logged
 * (the Error Log view). A damaged file is kept aside too.
 */
public final class SessionRestore {

    /** The dialog's title and buttons, so that tests can find them. */
    public static final String TITLE = "Resume the unfinished session?";
    public static final String RESUME = "Resume";
    public static final String START_FRESH = "Start Fresh";

    private final SessionManager manager;
    private final Path file;

    /** @param file where the console saves the open session after every change */
    public SessionRestore(SessionManager manager, Path file) {
        this.manager = manager;
        this.file = file;
    }

    /** Returns true where the saved session was resumed; false where the console should start a new one. */
    public boolean offer(Shell shell) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Session saved;
        try {
            saved = SessionFiles.load(file);
        } catch (SessionFileException e) {
            ILog.of(SessionRestore.class).warn("The saved session cannot be read and is kept aside: " + e.getMessage());
            keep(file.resolveSibling("damaged-" + System.currentTimeMillis() + ".xmi"), "The damaged session file");
            return false;
        }
        if (!SessionRecovery.unfinished(saved)) {
            keep(archived(saved), "The finished session " + saved.getId() + " of the last run");
            return false;
        }
        Path archive = archived(saved);
        MessageDialog dialog = new MessageDialog(shell, TITLE, null, describe(saved, archive), MessageDialog.QUESTION,
                0, RESUME, START_FRESH);
        if (dialog.open() != 0) {
            keep(archive, "The unfinished session " + saved.getId() + ", not resumed,");
            return false;
        }
        SessionRecovery.markInterrupted(saved);
        new ResumeSessionJob(manager, saved).schedule();
        return true;
    }

    /**
     * Keeps the saved session beside it without asking, finished or not: the console was started for another
     * target, and starting it must not save over the record.
     */
    public void setAside() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Session saved = SessionFiles.load(file);
            keep(archived(saved), "The session " + saved.getId() + " of the last run (another target was asked for)");
        } catch (SessionFileException e) {
            ILog.of(SessionRestore.class).warn("The saved session cannot be read and is kept aside: " + e.getMessage());
            keep(file.resolveSibling("damaged-" + System.currentTimeMillis() + ".xmi"), "The damaged session file");
        }
    }

    private static String describe(Session session, Path archive) {
        List<FixAttempt> attempts = session.getFixAttempts();
        long done = attempts.stream().filter(a -> a.getOutcome() != FixOutcome.PLANNED && a.getFinishedAt() != null)
                .count();
        List<FixAttempt> inFlight = SessionRecovery.inFlight(session);
        StringBuilder text = new StringBuilder("The console stopped while session ").append(session.getId())
                .append(" was unfinished");
        if (session.getTarget() != null) {
            text.append(" on ").append(session.getTarget().getKind()).append(' ')
                    .append(session.getTarget().getHostname());
        }
        if (session.getCreatedAt() != null) {
            text.append(", started ").append(DateFormat.getDateTimeInstance().format(session.getCreatedAt()));
        }
        text.append(".\n\n").append(done).append(" of ").append(attempts.size()).append(" playbook steps are done");
        List<FixAttempt> remaining = SessionRecovery.remaining(session).stream()
                .filter(step -> step.getStartedAt() == null).toList();
        if (!remaining.isEmpty()) {
            text.append("; resuming goes on with ").append(remaining.get(0).getFixName()).append(" (")
                    .append(remaining.get(0).getFixId()).append(")");
        }
        text.append(". Outcome so far: ").append(session.getOutcome().getLiteral())
                .append(session.getOutcomeSummary() == null ? "" : " (" + session.getOutcomeSummary() + ")").append('.');
        if (!inFlight.isEmpty()) {
            text.append("\nIn flight when it stopped, and recorded as interrupted if you resume: ")
                    .append(String.join(", ", inFlight.stream().map(FixAttempt::getFixId).toList()))
                    .append(". Check the workstation before running it again.");
        }
        text.append("\n\nResume it, or start fresh? Starting fresh keeps it in ").append(archive).append('.');
        return text.toString();
    }

    /** Where a session that is not resumed is kept: beside the saved file, under its id. */
    private Path archived(Session session) {
        String name = session.getId() == null ? "session" : session.getId().replaceAll("[^A-Za-z0-9._-]", "_");
        Path archive = file.resolveSibling(name + ".xmi");
        for (int n = 2; Files.exists(archive); n++) {
            archive = file.resolveSibling(name + "-" + n + ".xmi");
        }
        return archive;
    }

    private void keep(Path archive, String what) {
        try {
            Files.move(file, archive);
            ILog.of(SessionRestore.class).info(what + " is kept in " + archive);
        } catch (IOException e) {
            ILog.of(SessionRestore.class).error("Cannot keep the saved session as " + archive, e);
        }
    }
}
