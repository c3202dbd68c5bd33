package org.triage.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.triage.core.session.Verdict;
import org.triage.core.session.Verdict.Problem;
import org.triage.core.session.Verdict.Step;
import org.triage.model.Severity;

/**
 * The verdict at the top of the Session view: a bold headline, what is wrong (each cause's title and a short reason),
 * the steps with what each fixes, and what to do now; at the end what changed and what is still wrong. Hovering a
 * problem shows its whole text (the AADSTS error, trace ids), which the line itself leaves out.
 */
final class VerdictText {

    private final StyledText text;
    private final List<StyleRange> styles = new ArrayList<>();
    private final List<Hover> hovers = new ArrayList<>();
    private final StringBuilder content = new StringBuilder();

    private record Hover(int start, int end, String detail) {
    }

    VerdictText(Composite parent) {
        text = new StyledText(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setLeftMargin(6);
        text.setTopMargin(4);
        text.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        text.addListener(SWT.MouseHover, event -> {
            int offset = text.getOffsetAtPoint(new Point(event.x, event.y));
            text.setToolTipText(hovers.stream().filter(h -> offset >= h.start() && offset < h.end()).findFirst()
                    .map(Hover::detail).orElse(null));
        });
    }

    Control control() {
        return text;
    }

    /** The text on screen, for tests and for copying. */
    String shownText() {
        return text.getText();
    }

    void show(Verdict verdict) {
        content.setLength(0);
        styles.clear();
        hovers.clear();
        if (verdict == null) {
            append("No session is open: File > Open Target...", SWT.BOLD);
        } else {
            render(verdict);
        }
        text.setText(content.toString());
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    private void render(Verdict verdict) {
        StyleRange headline = append(verdict.headline(), SWT.BOLD);
        headline.font = JFaceResources.getHeaderFont();
        headline.fontStyle = SWT.NORMAL;
        content.append('\n');
        if (verdict.finished()) {
            section("What changed");
            if (verdict.changed().isEmpty()) {
                content.append("  Nothing was changed on the workstation.\n");
            }
            verdict.changed().forEach(line -> content.append("  • ").append(line).append('\n'));
            if (!verdict.stillWrong().isEmpty()) {
                section("Still found");
                verdict.stillWrong().forEach(line -> content.append("  • ").append(line).append('\n'));
            }
        } else if (!verdict.problems().isEmpty()) {
            section("What is wrong");
            for (Problem problem : verdict.problems()) {
                int start = content.length();
                content.append("  • ");
                StyleRange title = append(problem.title(), SWT.BOLD);
                if (problem.severity() == Severity.ERROR) {
                    title.foreground = text.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
                }
                content.append(problem.reason().isEmpty() ? "" : ": " + problem.reason()).append('\n');
                if (!problem.fixedBy().isEmpty()) {
                    content.append("      fixed by ").append(String.join(", ", problem.fixedBy())).append('\n');
                }
                hovers.add(new Hover(start, content.length(), problem.detail()));
            }
        }
        if (!verdict.steps().isEmpty()) {
            section("Steps");
            for (Step step : verdict.steps()) {
                content.append("  ").append(step.number()).append(". ").append(step.name()).append(" — ")
                        .append(step.state()).append('\n');
                if (!step.fixes().isEmpty()) {
                    content.append("      fixes: ").append(String.join(", ", step.fixes())).append('\n');
                }
            }
        }
        if (!verdict.nextAction().isEmpty()) {
            content.append('\n');
            append("What to do now: ", SWT.BOLD);
            content.append(verdict.nextAction()).append('\n');
        }
    }

    private void section(String title) {
        content.append('\n');
        append(title, SWT.BOLD);
        content.append('\n');
    }

    private StyleRange append(String line, int fontStyle) {
        StyleRange style = new StyleRange();
        style.start = content.length();
        style.length = line.length();
        style.fontStyle = fontStyle;
        styles.add(style);
        content.append(line);
        return style;
    }
}
