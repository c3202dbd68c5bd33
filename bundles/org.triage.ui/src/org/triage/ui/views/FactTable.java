package org.triage.ui.views;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.triage.core.session.Facts;
import org.triage.model.RecordFact;
import org.triage.model.TimeFact;

/**
 * A table of record facts (one row per record, one column per field), the way probes report lists such as
 * cached credentials or routes. Rows can be filtered and highlighted.
 */
public final class FactTable {

    /** The table's data key under which it keeps its minimum rows, which tests check at 1280×720. */
    public static final String MINIMUM_ROWS = "minimumRows";
    /** Rows every table keeps visible however small its view gets, unless it asks for more. */
    static final int DEFAULT_MINIMUM_ROWS = 2;

    private final TableViewer viewer;
    private Predicate<RecordFact> highlighted = row -> false;
    private String filterText = "";

    public FactTable(Composite parent, String dataKey, int heightHint) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setData(dataKey);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
        layout.heightHint = heightHint;
        table.setLayoutData(layout);
        minimumRows(DEFAULT_MINIMUM_ROWS);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer ignored, Object parentElement, Object element) {
                if (filterText.isEmpty()) {
                    return true;
                }
                String needle = filterText.toLowerCase();
                return ((RecordFact) element).getFields().stream().map(Facts::asText)
                        .anyMatch(value -> value != null && value.toLowerCase().contains(needle));
            }
        });
    }

    /**
     * The rows this table keeps visible when its view is small (its key rows): the view's layout gives it at least that
     * height and shares only the rest. The other tables of a view shrink first.
     */
    public FactTable minimumRows(int rows) {
        Table table = viewer.getTable();
        boolean listening = table.getData(MINIMUM_ROWS) != null;
        table.setData(MINIMUM_ROWS, rows);
        ((GridData) table.getLayoutData()).minimumHeight = 0;
        reserveMinimumHeight(table);
        if (!listening) {
            // header, row and scroll bar heights are only true once the table is shown: measure again then
            table.addListener(SWT.Paint, event -> {
                if (reserveMinimumHeight(table)) {
                    // every composite up to the shell measures again, a nested one's parent too
                    table.getShell().layout(new Control[] { table });
                }
            });
        }
        return this;
    }

    /** Sets the layout's minimum height to the table's minimum rows as measured now; whether it grew. */
    private static boolean reserveMinimumHeight(Table table) {
        int rows = (Integer) table.getData(MINIMUM_ROWS);
        GridData layout = (GridData) table.getLayoutData();
        int header = Math.max(table.getHeaderHeight(), table.getItemHeight());
        int minimum = header + rows * table.getItemHeight() + 2 * table.getBorderWidth()
                + (table.getHorizontalBar() == null ? 0 : table.getHorizontalBar().getSize().y);
        if (minimum <= layout.minimumHeight) {
            return false;
        }
        layout.minimumHeight = minimum;
        layout.heightHint = Math.max(layout.heightHint, minimum);
        return true;
    }

    /** A column of one field's value; times in the admin's own format and time zone, as the Session view shows them. */
    public FactTable column(String title, String field, int width) {
        column(title, row -> Facts.find(row.getFields(), field)
                .map(fact -> fact instanceof TimeFact time && time.getValue() != null
                        ? DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.MEDIUM).format(time.getValue())
                        : Facts.asText(fact))
                .orElse(""), width);
        // the field's own name, as the source prints it, so that an admin can find it in the raw output
        TableColumn added = viewer.getTable().getColumn(viewer.getTable().getColumnCount() - 1);
        added.setToolTipText(title.isEmpty() ? field : title + " (" + field + " in the source)");
        return this;
    }

    public FactTable column(String title, Function<RecordFact, String> text, int width) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setToolTipText(title.isEmpty() ? null : title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RecordFact) element);
            }

            @Override
            public Font getFont(Object element) {
                return highlighted.test((RecordFact) element)
                        ? JFaceResources.getFontRegistry().getBold(
                                JFaceResources.DEFAULT_FONT)
                        : null;
            }

            @Override
            public Color getForeground(Object element) {
                return highlighted.test((RecordFact) element)
                        ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED)
                        : null;
            }
        });
        return this;
    }

    public void highlight(Predicate<RecordFact> rows) {
        this.highlighted = rows;
    }

    public void filter(String text) {
        filterText = text == null ? "" : text.trim();
        viewer.refresh();
    }

    public void setRows(List<RecordFact> rows) {
        viewer.setInput(new ArrayList<>(rows));
    }

    public TableViewer viewer() {
        return viewer;
    }

    public List<RecordFact> selection() {
        return ((IStructuredSelection) viewer.getSelection()).toList().stream().map(RecordFact.class::cast).toList();
    }
}
