package org.triage.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.UndoStep;
import org.triage.core.target.Target;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogEntry;
import org.triage.model.Session;

/**
 * Undoes one completed, reversible step of a session on its target: shows each value it puts back (now → restored),
 * asks first (it changes Windows' system settings) unless told not to, then records the undo and the re-diagnosis in
 * the session. Used by {@code triage undo} on a saved session and by {@code playbook --undo} in the same run.
 */
final class UndoCommands {

    private final SummaryPrinter printer;
    private final PrintStream err;
    private final BufferedReader answers;

    UndoCommands(SummaryPrinter printer, PrintStream err, BufferedReader answers) {
        this.printer = printer;
        this.err = err;
        this.answers = answers;
    }

    /**
     * Previews, asks and undoes the last step of {@code fixId}; {@link TriageCli#DONE} when it was undone or the
     * operator said no, {@link TriageCli#FAILED} when it is refused (unknown step, never ran, not reversible, undone
     * already, a value changed since) or a value could not be put back.
     */
    int undo(Session session, Target target, String fixId, boolean yes) {
        UndoStep.Preview preview = UndoStep.preview(session, fixId, target, new NullProgressMonitor());
        if (!preview.values().isEmpty()) {
            printer.line("");
            printer.line(preview.describe().stripTrailing());
        }
        if (preview.refused()) {
            err.println("triage: cannot undo " + fixId + ": " + preview.refusal());
            if ("demo".equals(target.info().kind()) && preview.values().stream().anyMatch(UndoStep.Value::changedSince)) {
                err.println("triage: note: the demo workstation starts afresh each time it is opened, so a step of an "
                        + "earlier run left nothing on it; undo in the same run (playbook --undo) or in the console");
            }
            return TriageCli.FAILED;
        }
        if (!yes && !confirmed(fixId)) {
            return TriageCli.DONE;
        }
        FixAttempt undo = UndoStep.run(session, target, preview, DiagnosisEngine.standard(), FixRegistry.read(),
                new NullProgressMonitor());
        printer.line("");
        printer.line("  " + undo.getFixId() + ": " + undo.getFixName());
        for (Change change : undo.getChanges()) {
            printer.line("    " + (change.isSucceeded() ? "done  " : "FAILED") + " " + change.getSubject() + ": "
                    + (change.getResult() == null ? "" : change.getResult().lines().findFirst().orElse("")));
        }
        for (LogEntry entry : undo.getLog()) {
            printer.line("    " + entry.getSource() + ": " + entry.getMessage());
        }
        printer.line("    outcome: " + undo.getOutcome().getLiteral() + " — " + undo.getOutcomeMessage());
        printer.outcome(session);
        if (undo.getOutcome() != FixOutcome.APPLIED) {
            err.println("triage: the undo of " + fixId + " did not put everything back: " + undo.getOutcomeMessage());
            return TriageCli.FAILED;
        }
        return TriageCli.DONE;
    }

    private boolean confirmed(String fixId) {
        printer.line("  This undo changes Windows' system settings in the registry (each value is recorded, as the "
                + "step's were).");
        printer.prompt("Undo " + fixId + "? [y/N] ");
        String answer;
        try {
            answer = answers.readLine();
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null) {
            printer.line("");
            printer.line("  no answer (no terminal): " + fixId + " is not undone; it changes system settings and is "
                    + "undone only when confirmed; run with --yes to undo without asking");
            return false;
        }
        boolean yes = answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
        if (!yes) {
            printer.line("  not undone: nothing was changed");
        }
        return yes;
    }
}
