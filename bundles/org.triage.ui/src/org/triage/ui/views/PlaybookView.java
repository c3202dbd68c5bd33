package org.triage.ui.views;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.StepDecisions;
import org.triage.core.playbook.StepRisk;
import org.triage.core.playbook.UndoStep;
import org.triage.core.playbook.UserInstructions;
import org.triage.core.session.Sessions;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogEntry;
import org.triage.model.Note;
import org.triage.model.Precondition;
import org.triage.model.Session;
import org.triage.model.TriageFactory;
import org.triage.ui.handlers.PlaybookStepHandler;
import org.triage.ui.session.PlaybookStepJob;
import org.triage.ui.session.SessionEditJob;
import org.triage.ui.session.UndoStepJob;
import org.triage.ui.session.VerifyStepJob;

/**
 * The ordered fixes for the symptom and how each went. For the selected step: exactly what it will change
 * (the preview), then apply (asking first where it is destructive), verify, skip, or add a note.
 */
public class PlaybookView extends SessionViewPart {

    public static final String ID = "org.triage.ui.views.playbook";

    public static final String TABLE = "playbook.table";
    public static final String DETAILS = "playbook.details";
    public static final String APPLY = "playbook.apply";
    public static final String VERIFY = "playbook.verify";
    public static final String SKIP = "playbook.skip";
    public static final String NOTE = "playbook.note";
    public static final String COPY = "playbook.copy";
    public static final String UNDO = "playbook.undo";
    /** The label of the button that confirms an undo. */
    public static final String UNDO_LABEL = "Undo";
    /** The Skip button's label for a step that was skipped or declined: it plans the step again. */
    public static final String PLAN_AGAIN_LABEL = "Plan Again";
    /** The label of the button that confirms a destructive step. */
    public static final String CONFIRM_LABEL = "Apply";

    private TableViewer table;
    private Text details;
    private Button apply;
    private Button verify;
    private Button skip;
    private Button note;
    private Button copy;
    private Button undo;

    @Override
    protected void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setData(TABLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("#", 30, attempt -> Integer.toString(shown().getFixAttempts().indexOf(attempt) + 1));
        column("Fix", 260, attempt -> attempt.getFixName() + " (" + attempt.getFixId() + ")");
        column("Status", 90, attempt -> attempt.getOutcome().getLiteral());
        column("Verification", 90, attempt -> attempt.getVerificationResult().getLiteral());
        column("Can run here", 90, attempt -> attempt.isAutomatable() ? "yes" : "instructions");
        column("From", 150, attempt -> attempt.getContributor() + " " + Objects.toString(attempt.getContributorVersion(), ""));
        details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        details.setData(DETAILS);
        sash.setWeights(50, 50);

        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(6, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        apply = button(buttons, "Apply...", APPLY, this::applySelected);
        verify = button(buttons, "Verify", VERIFY, () -> selected().ifPresent(a -> new VerifyStepJob(manager, a).schedule()));
        skip = button(buttons, "Skip", SKIP, this::skipSelected);
        note = button(buttons, "Add note...", NOTE, this::noteSelected);
        copy = button(buttons, "Copy", COPY, this::copySelected);
        undo = button(buttons, "Undo...", UNDO, this::undoSelected);
        undo.setToolTipText("Put back the registry values the selected step changed, after showing each value now and "
                + "as restored");
        copy.setToolTipText("Copy the step as instructions for the user, to paste into the ticket");
        apply.setToolTipText("Apply the selected step to the workstation, after showing what it changes (Ctrl+Shift+A)");
        verify.setToolTipText("Run the probes again and record whether the step's problems are gone (Ctrl+Shift+V)");
        skip.setToolTipText("Leave the selected step out and record that it was skipped (Ctrl+Shift+J)");
        note.setToolTipText("Add a note to the session, on the selected step if one is selected");
        String[] columnTips = { "The step's place in the playbook", "The fix and its id",
                "Planned, applied, skipped, instructed, failed...", "Whether the step's problems were gone afterwards",
                "yes: the console can apply it here; instructions: the user carries it out",
                "The bundle that contributes the fix, and its version" };
        for (int i = 0; i < columnTips.length && i < table.getTable().getColumnCount(); i++) {
            table.getTable().getColumn(i).setToolTipText(columnTips[i]);
        }
        table.addSelectionChangedListener(event -> {
            select(event.getStructuredSelection());
            showDetails();
        });
    }

    private void column(String title, int width, Function<FixAttempt, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((FixAttempt) element);
            }
        });
    }

    private static Button button(Composite parent, String text, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(key);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    /** Runs a button's action for the selected step: the commands of Session > Apply/Verify/Skip Step and their keys. */
    public void perform(String commandId) {
        Button button = switch (commandId) {
            case PlaybookStepHandler.APPLY -> apply;
            case PlaybookStepHandler.VERIFY -> verify;
            case PlaybookStepHandler.SKIP -> skip;
            default -> throw new IllegalArgumentException(commandId);
        };
        if (!button.isEnabled()) {
            getViewSite().getActionBars().getStatusLineManager().setMessage(selected().isEmpty()
                    ? "Select a step in the Playbook view first." : button.getText().replace("...", "")
                            + " does not apply to " + selected().get().getFixName() + " now.");
            return;
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    private Optional<FixAttempt> selected() {
        Object element = ((IStructuredSelection) table.getSelection()).getFirstElement();
        return Optional.ofNullable((FixAttempt) element);
    }

    private void applySelected() {
        FixAttempt attempt = selected().orElse(null);
        if (attempt == null || attempt.getOutcome() != FixOutcome.PLANNED) {
            return;
        }
        StepRisk risk = StepRisk.of(attempt, FixRegistry.read());
        if (risk.asksFirst()) {
            MessageDialog dialog = new MessageDialog(table.getControl().getShell(), "Apply " + attempt.getFixName(),
                    null, risk.describe() + "\nApply it now?", MessageDialog.WARNING, 1, CONFIRM_LABEL,
                    IDialogConstants.CANCEL_LABEL);
            if (dialog.open() != 0) {
                return;
            }
        }
        List<String> confirmed = attempt.getPlannedChanges().stream().map(PlaybookStepJob::describe).toList();
        new PlaybookStepJob(manager, attempt, confirmed).schedule();
    }

    /** Skips a planned step, or plans a skipped or declined one again. */
    private void skipSelected() {
        selected().filter(a -> StepDecisions.canSkip(a) || StepDecisions.canPlanAgain(a)).ifPresent(attempt -> {
            String id = attempt.getId();
            boolean skipping = StepDecisions.canSkip(attempt);
            new SessionEditJob((skipping ? "Skip " : "Plan again ") + attempt.getFixName(), manager,
                    session -> session.getFixAttempts().stream().filter(a -> a.getId().equals(id)).findFirst()
                            .ifPresent(skipping ? StepDecisions::skip : StepDecisions::planAgain)).schedule();
        });
    }

    /**
     * Undoes the selected completed, reversible step in a job: the job reads each value as it is now and this asks,
     * on the UI thread, with every value now and as restored (Cancel by default), or says why it cannot be undone.
     */
    private void undoSelected() {
        FixAttempt attempt = selected().orElse(null);
        if (attempt == null || shown() == null || !UndoStep.canUndo(shown(), attempt)) {
            return;
        }
        Display display = table.getControl().getDisplay();
        new UndoStepJob(manager, attempt, preview -> {
            boolean[] confirmed = { false };
            display.syncExec(() -> {
                if (table.getControl().isDisposed()) {
                    return;
                }
                Shell shell = table.getControl().getShell();
                if (preview.refused()) {
                    MessageDialog.openError(shell, "Cannot undo " + attempt.getFixName(), (preview.values().isEmpty()
                            ? "" : preview.describe() + "\n") + "Nothing was changed: " + preview.refusal());
                    return;
                }
                MessageDialog dialog = new MessageDialog(shell, "Undo " + attempt.getFixName(), null,
                        preview.describe() + "\nThis changes Windows' system settings in the registry; the undo is "
                                + "recorded in the session.\nUndo it now?", MessageDialog.WARNING, 1, UNDO_LABEL,
                        IDialogConstants.CANCEL_LABEL);
                confirmed[0] = dialog.open() == 0;
            });
            return confirmed[0];
        }).schedule();
    }

    private void copySelected() {
        selected().ifPresent(attempt -> {
            Clipboard clipboard = new Clipboard(table.getControl().getDisplay());
            try {
                clipboard.setContents(new Object[] {UserInstructions.text(shown(), List.of(attempt))},
                        new Transfer[] {TextTransfer.getInstance()});
            } finally {
                clipboard.dispose();
            }
        });
    }

    private void noteSelected() {
        FixAttempt attempt = selected().orElse(null);
        InputDialog input = new InputDialog(table.getControl().getShell(), "Add a note",
                attempt == null ? "Note on the session:" : "Note on " + attempt.getFixName() + ":", "", null);
        if (input.open() != Window.OK || input.getValue().isBlank()) {
            return;
        }
        String text = input.getValue().strip();
        String subject = attempt == null ? null : attempt.getId();
        new SessionEditJob("Add a note", manager, session -> {
            Note added = TriageFactory.eINSTANCE.createNote();
            added.setId(Sessions.newId("note"));
            added.setAuthor(System.getProperty("user.name"));
            added.setCreatedAt(new Date());
            added.setText(text);
            session.getFixAttempts().stream().filter(a -> a.getId().equals(subject)).findFirst()
                    .ifPresent(added::setSubject);
            session.getNotes().add(added);
        }).schedule();
    }

    @Override
    protected void render(Session session) {
        String selectedId = selected().map(FixAttempt::getId).orElse(null);
        table.setInput(session == null ? List.of() : List.copyOf(session.getFixAttempts()));
        if (session != null && selectedId != null) {
            session.getFixAttempts().stream().filter(a -> a.getId().equals(selectedId)).findFirst()
                    .ifPresent(a -> table.setSelection(new StructuredSelection(a)));
        }
        showDetails();
    }

    private void showDetails() {
        FixAttempt attempt = selected().orElse(null);
        boolean canAct = attempt != null && manager.target() != null && shown() != null;
        apply.setEnabled(canAct && attempt.getOutcome() == FixOutcome.PLANNED && attempt.isAutomatable());
        verify.setEnabled(canAct && attempt.getOutcome() != FixOutcome.PLANNED);
        boolean planAgain = attempt != null && StepDecisions.canPlanAgain(attempt);
        skip.setText(planAgain ? PLAN_AGAIN_LABEL : "Skip");
        skip.setEnabled(canAct && (StepDecisions.canSkip(attempt) || planAgain));
        copy.setEnabled(attempt != null && shown() != null);
        undo.setEnabled(canAct && UndoStep.canUndo(shown(), attempt));
        note.setEnabled(shown() != null && manager.target() != null);
        details.setText(attempt == null ? (shown() == null || shown().getFixAttempts().isEmpty()
                ? "No fix is called for." : "Select a step to see what it will change.") : describe(attempt));
    }

    private static String preview(FixAttempt attempt) {
        StringBuilder text = new StringBuilder();
        for (Change change : attempt.getPlannedChanges()) {
            text.append("- ").append(change.getDescription()).append(change.isDestructive() ? " (destructive)" : "")
                    .append("\n    ").append(change.getCommand()).append('\n');
        }
        return text.toString();
    }

    static String describe(FixAttempt attempt) {
        StringBuilder text = new StringBuilder(attempt.getFixName()).append(" — ").append(attempt.getOutcome().getLiteral());
        if (attempt.getOutcomeMessage() != null) {
            text.append(": ").append(attempt.getOutcomeMessage());
        }
        text.append("\n\nAddresses: ").append(String.join(", ", attempt.getAddressedCauses()));
        text.append("\n\nWill change:\n").append(preview(attempt));
        if (!attempt.getPreconditions().isEmpty()) {
            text.append("\nPreconditions:\n");
            for (Precondition precondition : attempt.getPreconditions()) {
                text.append("- ").append(precondition.isSatisfied() ? "[ok] " : "[not met] ")
                        .append(precondition.getDescription()).append(precondition.getDetail() == null ? ""
                                : " (" + precondition.getDetail() + ")").append('\n');
            }
        }
        if (!attempt.getChanges().isEmpty()) {
            text.append("\nChanged:\n");
            for (Change change : attempt.getChanges()) {
                text.append("- ").append(change.isSucceeded() ? "[done] " : "[FAILED] ").append(change.getSubject())
                        .append(": ").append(change.getResult()).append('\n');
            }
        }
        if (!attempt.getVerification().isEmpty()) {
            text.append("\nVerification: ").append(attempt.getVerificationResult().getLiteral());
            if (!attempt.getRemainingCauses().isEmpty()) {
                text.append(", still found: ").append(String.join(", ", attempt.getRemainingCauses()));
            }
            text.append('\n');
        }
        if (!attempt.getLog().isEmpty()) {
            text.append("\nLog:\n");
            for (LogEntry entry : attempt.getLog()) {
                text.append("- ").append(entry.getSource()).append(": ").append(entry.getMessage()).append('\n');
            }
        }
        return text.toString();
    }
}
