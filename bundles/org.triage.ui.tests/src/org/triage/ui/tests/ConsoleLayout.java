package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.triage.ui.views.FactTable;

/** Whether the tables on screen show the rows they must keep visible (their key rows) in the window as it is. */
final class ConsoleLayout {

    private ConsoleLayout() {
    }

    /**
     * Every visible table that declares minimum rows shows at least that many whole rows (or all its rows, where it
     * has fewer), inside the window, not cut off by the view below or the window's edge.
     */
    static void assertKeyRowsShown(Shell shell, String situation) {
        List<Table> tables = UiConditions.find(shell, Table.class,
                table -> table.isVisible() && table.getData(FactTable.MINIMUM_ROWS) != null);
        assertTrue(!tables.isEmpty(), situation + ": no table with minimum rows is visible");
        Rectangle window = shell.getClientArea();
        for (Table table : tables) {
            int minimum = (Integer) table.getData(FactTable.MINIMUM_ROWS);
            int header = table.getHeaderVisible() ? table.getHeaderHeight() : 0;
            Rectangle shown = visibleArea(table);
            int rows = Math.max(0, shown.height - header - 2 * table.getBorderWidth()) / table.getItemHeight();
            String name = situation + ": table " + table.getData() + " at " + shown + " in a " + window.width + "x"
                    + window.height + " window";
            assertTrue(rows >= minimum, name + " shows " + rows + " rows, fewer than its minimum " + minimum);
        }
    }

    /** The part of the control that its ancestors do not clip, in its own coordinates' size. */
    private static Rectangle visibleArea(Control control) {
        Rectangle area = control.getDisplay().map(control, null, new Rectangle(0, 0, control.getSize().x,
                control.getSize().y));
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            Rectangle clip = parent.getDisplay().map(parent, null, parent.getClientArea());
            area = area.intersection(clip);
        }
        return area;
    }
}
