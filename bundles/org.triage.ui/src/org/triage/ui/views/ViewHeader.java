package org.triage.ui.views;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.triage.core.session.Facts;
import org.triage.core.rules.Causes;
import org.triage.core.session.Verdict;
import org.triage.model.Finding;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.Session;

/**
 * The top of a view: what its probes reported (or why they could not), and the findings whose evidence
 * lies in this view. A probe that failed shows its error here without blanking the rest of the view.
 */
public final class ViewHeader {

    /** Data keys of the two labels, so that tests can find them. */
    public static final String STATUS = "header.status";
    public static final String FINDINGS = "header.findings";
    private static final int MAX_PROBLEMS = 3;
    /** Characters a header line shows; the whole text is the label's tooltip, so a view keeps its rows at 1280×720. */
    private static final int MAX_LINE = 160;
    private static final int MAX_STATUS_LINES = 3;
    private static final int MAX_FINDING_LINES = 2;

    private final String view;
    private final Composite composite;
    private final Label status;
    private final Label findings;

    public ViewHeader(Composite parent, String view) {
        this.view = view;
        composite = new Composite(parent, SWT.NONE);
        GridLayout lines = new GridLayout(1, false);
        lines.marginHeight = 2;
        lines.verticalSpacing = 2;
        composite.setLayout(lines);
        composite.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status = new Label(composite, SWT.NONE);
        status.setData(STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        findings = new Label(composite, SWT.NONE);
        findings.setData(FINDINGS);
        findings.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        findings.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
    }

    /** @param observations the newest observation of each of this view's probes */
    public void render(Session session, List<Observation> observations) {
        if (session == null) {
            status.setText("No session is open: File > Open Target...");
            status.setToolTipText(null);
            findings.setText("");
        } else if (observations.isEmpty()) {
            status.setText("Not inspected yet.");
            status.setToolTipText(null);
            findings.setText("");
        } else {
            String described = observations.stream().map(ViewHeader::describe).collect(Collectors.joining("\n"));
            status.setText(oneLineEach(described, MAX_STATUS_LINES));
            status.setToolTipText(described);
            List<Finding> concerning = session.getFindings().stream()
                    .filter(finding -> finding.getEvidence().stream().anyMatch(o -> view.equals(o.getView())))
                    .toList();
            // the cause's title and a short reason; the cause id and the whole text are the tooltip and in Properties
            findings.setText(oneLineEach(concerning.stream().map(f -> f.getSeverity().getLiteral().toUpperCase() + " "
                    + Causes.title(f.getCauseId()) + ": " + Verdict.reason(f.getSummary()))
                    .collect(Collectors.joining("\n")), MAX_FINDING_LINES));
            findings.setToolTipText(concerning.isEmpty() ? null : concerning.stream()
                    .map(f -> f.getCauseId() + ": " + f.getSummary()).collect(Collectors.joining("\n\n")));
        }
        // only the two labels changed: laying out the whole view again would measure every table row, on each change
        composite.getParent().layout(new Control[] { status, findings });
    }

    /**
     * Each line cut to what a header line shows, and at most {@code maxLines} of them (the last says how many more the
     * tooltip holds), so the header's height is bounded and the view's tables keep their key rows.
     */
    static String oneLineEach(String text, int maxLines) {
        List<String> lines = text.lines().map(line -> line.length() <= MAX_LINE ? line
                : line.substring(0, MAX_LINE - 1) + "\u2026").toList();
        if (lines.size() <= maxLines) {
            return String.join("\n", lines);
        }
        return String.join("\n", lines.subList(0, maxLines - 1)) + "\n\u2026 and " + (lines.size() - maxLines + 1)
                + " more line(s): hover to read them all";
    }

    /**
     * The observation's summary and, where its evidence was read only in part, what could not be read (file,
     * line, what was expected), so a view shows the entries it has beside the problem rather than either alone.
     */
    public static String describe(Observation observation) {
        String prefix = observation.getStatus() == ObservationStatus.ERROR ? "Could not inspect: "
                : observation.getStatus() == ObservationStatus.SKIPPED ? "Not available: " : "";
        StringBuilder text = new StringBuilder(prefix).append(observation.getSummary()).append(" [")
                .append(observation.getProbeId()).append(", ").append(observation.getStatus().getLiteral()).append("]");
        List<String> problems = Facts.textsOf(observation, "problems");
        problems.stream().limit(MAX_PROBLEMS).forEach(problem -> text.append("\nRead in part: ").append(problem));
        if (problems.size() > MAX_PROBLEMS) {
            text.append("\n... and ").append(problems.size() - MAX_PROBLEMS).append(" more problem(s) in the evidence");
        }
        return text.toString();
    }
}
