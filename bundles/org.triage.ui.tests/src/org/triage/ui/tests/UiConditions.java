package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Runs the event loop until a condition holds, and finds widgets: what SWTBot would do, without SWTBot. */
final class UiConditions {

    private UiConditions() {
    }

    /** Dispatches events until the condition holds; fails with the description after the timeout. */
    static void waitUntil(String description, BooleanSupplier condition, long timeoutMillis) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out after " + timeoutMillis + " ms waiting until " + description);
            }
            // a timer wakes the loop so that conditions changed by other threads are seen
            display.timerExec(20, () -> {
            });
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    static <T extends Control> List<T> find(Composite root, Class<T> type, Predicate<T> filter) {
        List<T> found = new ArrayList<>();
        collect(root, type, filter, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> filter, List<T> found) {
        if (type.isInstance(control) && filter.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, filter, found);
            }
        }
    }
}
