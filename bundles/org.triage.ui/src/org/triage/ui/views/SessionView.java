package org.triage.ui.views;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.triage.core.session.TargetSummary;
import org.triage.core.session.Timeline;
import org.triage.core.session.Timeline.Entry;
import org.triage.core.session.Verdict;
import org.triage.model.Finding;
import org.triage.model.Session;

/**
 * The open session at a glance: first the verdict in plain words (what is wrong, which step fixes which finding, what
 * to do now; at the end what changed), then target, symptom, times, counts and outcome, and the timeline:
 * observations, findings, fix attempts, notes and the tool's log. Selecting a finding also selects its evidence.
 */
public class SessionView extends SessionViewPart {

    /** Keys of the summary rows, also the data of each value label so that tests can find them. */
    public static final String TARGET = "target";
    public static final String SYMPTOM = "symptom";
    public static final String STARTED = "started";
    public static final String OBSERVATIONS = "observations";
    public static final String FINDINGS = "findings";
    public static final String FIX_ATTEMPTS = "fixAttempts";
    public static final String OUTCOME = "outcome";
    public static final String TIMELINE = "session.timeline";
    public static final String VERDICT = "session.verdict";

    private Label title;
    private Label target;
    private Label symptom;
    private Label started;
    private Label observations;
    private Label findings;
    private Label fixAttempts;
    private Label outcome;
    private TableViewer timeline;
    private VerdictText verdict;

    @Override
    protected void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        // the verdict on top; below it the summary and the timeline, with a sash the admin can move
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        verdict = new VerdictText(sash);
        verdict.control().setData(VERDICT);
        Composite record = new Composite(sash, SWT.NONE);
        GridLayout recordLayout = new GridLayout(1, false);
        recordLayout.marginWidth = 0;
        recordLayout.marginHeight = 0;
        record.setLayout(recordLayout);
        sash.setWeights(38, 62);
        // the summary takes the height it needs, so that no count is ever cut off; the timeline gets the rest
        Composite summary = new Composite(record, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout summaryLayout = new GridLayout(4, false);
        summaryLayout.marginHeight = 0;
        summaryLayout.verticalSpacing = 2;
        summary.setLayout(summaryLayout);
        // three lines, so that the timeline keeps its rows in a small window: the session and its counts, target and
        // symptom, started and outcome
        title = new Label(summary, SWT.NONE);
        GridData titleLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        titleLayout.widthHint = 80;
        title.setLayoutData(titleLayout);
        Composite counts = new Composite(summary, SWT.NONE);
        counts.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false, 2, 1));
        GridLayout countsLayout = new GridLayout(6, false);
        countsLayout.marginWidth = 0;
        countsLayout.marginHeight = 0;
        counts.setLayout(countsLayout);
        observations = count(counts, "Observations", OBSERVATIONS);
        findings = count(counts, "Findings", FINDINGS);
        fixAttempts = count(counts, "Fix attempts", FIX_ATTEMPTS);
        target = row(summary, "Target", TARGET);
        symptom = row(summary, "Symptom", SYMPTOM);
        started = row(summary, "Started", STARTED);
        outcome = row(summary, "Outcome", OUTCOME);

        timeline = new TableViewer(record, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        GridData timelineLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        timelineLayout.heightHint = 4 * timeline.getTable().getItemHeight();
        timelineLayout.minimumHeight = 4 * timeline.getTable().getItemHeight();
        timeline.getTable().setLayoutData(timelineLayout);
        timeline.getTable().setData(TIMELINE);
        timeline.getTable().setData(FactTable.MINIMUM_ROWS, 2); // the verdict above tells the story; this is the record
        timeline.getTable().setHeaderVisible(true);
        timeline.getTable().setLinesVisible(true);
        timeline.setContentProvider(ArrayContentProvider.getInstance());
        column("Time", 80, "When it happened", entry -> entry.time() == null ? "" : DateFormat.getTimeInstance(DateFormat.MEDIUM).format(entry.time()));
        column("Kind", 90, "Observation, finding, fix, note or log", Entry::kind);
        column("Status", 80, "The observation's status, the finding's severity or the step's outcome", Entry::status);
        column("What", 520, "The probe, cause or fix id and what it reported", Entry::what);
        timeline.addSelectionChangedListener(event -> {
            List<?> chosen = event.getStructuredSelection().toList();
            if (chosen.size() == 1 && ((Entry) chosen.get(0)).element() instanceof Finding finding) {
                selectEvidence((Entry) chosen.get(0), finding);
                // the Properties view shows the finding itself, whose evidence is now selected beside it
                select(new StructuredSelection(finding));
                return;
            }
            select(new StructuredSelection(((IStructuredSelection) timeline.getSelection()).toList().stream()
                    .map(entry -> ((Entry) entry).element()).toList()));
        });
    }

    /** Selecting a finding selects its evidence too, so the two are seen together. */
    private void selectEvidence(Entry findingEntry, Finding finding) {
        List<Object> selection = new ArrayList<>(List.of(findingEntry));
        @SuppressWarnings("unchecked")
        List<Entry> rows = (List<Entry>) timeline.getInput();
        rows.stream().filter(row -> finding.getEvidence().contains(row.element())).forEach(selection::add);
        if (selection.size() > 1) {
            timeline.setSelection(new StructuredSelection(selection));
        }
    }

    private void column(String name, int width, String tooltip, Function<Entry, String> text) {
        TableViewerColumn column = new TableViewerColumn(timeline, SWT.NONE);
        column.getColumn().setText(name);
        column.getColumn().setToolTipText(tooltip);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Entry) element);
            }
        });
    }

    private static Label count(Composite parent, String name, String key) {
        new Label(parent, SWT.NONE).setText(name + ":");
        Label value = new Label(parent, SWT.NONE);
        value.setData(key);
        GridData data = new GridData(SWT.BEGINNING, SWT.TOP, false, false);
        data.widthHint = 28;
        value.setLayoutData(data);
        return value;
    }

    /** A value on one line: what does not fit is in its tooltip, so that the summary never pushes the timeline away. */
    private static Label row(Composite parent, String name, String key) {
        new Label(parent, SWT.NONE).setText(name + ":");
        Label value = new Label(parent, SWT.NONE);
        value.setData(key);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 80; // the columns share the view's width instead of growing with the text
        value.setLayoutData(data);
        return value;
    }

    @Override
    protected void render(Session session) {
        if (session == null) {
            title.setText("No session is open: File > Open Target...");
            for (Label value : new Label[] { target, symptom, started, observations, findings, fixAttempts, outcome }) {
                value.setText("");
            }
            timeline.setInput(List.of());
            verdict.show(null);
        } else {
            Verdict read = Verdict.of(session);
            verdict.show(read);
            // the headline in the status line too, seen while the Session view is active
            getViewSite().getActionBars().getStatusLineManager().setMessage(read.headline() + " " + read.nextAction());
            title.setText("Session " + session.getId() + (manager.target() == null ? " (reopened, read only)" : ""));
            target.setText(TargetSummary.of(session.getTarget()));
            symptom.setText(session.getSymptom() == null || session.getSymptom().getCode() == null ? "none given"
                    : session.getSymptom().getCode() + (session.getSymptom().getApplication() == null ? ""
                            : " in " + session.getSymptom().getApplication()));
            started.setText(format(session.getCreatedAt())
                    + (session.getClosedAt() == null ? "" : ", closed " + format(session.getClosedAt())));
            observations.setText(Integer.toString(session.getObservations().size()));
            findings.setText(Integer.toString(session.getFindings().size()));
            fixAttempts.setText(Integer.toString(session.getFixAttempts().size()));
            outcome.setText(session.getOutcome().getLiteral()
                    + (session.getOutcomeSummary() == null ? "" : ": " + session.getOutcomeSummary()));
            timeline.setInput(Timeline.entries(session));
            for (Label value : new Label[] { title, target, symptom, started, outcome }) {
                value.setToolTipText(value.getText());
            }
        }
        // the summary's labels changed (the verdict keeps its place in the sash): the timeline takes what is left
        title.getParent().getParent().layout(new Control[] { title, target, symptom, started, outcome, observations,
                findings, fixAttempts });
    }

    private static String format(Date date) {
        return date == null ? "" : DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.MEDIUM).format(date);
    }
}
