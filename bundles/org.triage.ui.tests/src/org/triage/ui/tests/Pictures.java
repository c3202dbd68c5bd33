package org.triage.ui.tests;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Pictures of the window as the screen shows it, for the README's pictures and the checks that they are not blank. */
final class Pictures {

    private Pictures() {
    }

    /** Dispatches pending events for {@code millis}, so that what a view laid out has been painted. */
    static void settle(Display display, long millis) {
        long until = System.currentTimeMillis() + millis;
        UiConditions.waitUntil("the view has painted", () -> {
            while (display.readAndDispatch()) {
                // drain pending paints
            }
            return System.currentTimeMillis() > until;
        }, 5_000 + millis);
    }

    /** The shell's client area as the screen shows it. */
    static ImageData capture(Shell shell) {
        Rectangle area = shell.getDisplay().map(shell, null, shell.getClientArea());
        Image image = new Image(shell.getDisplay(), area.width, area.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, area.x, area.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
