package org.triage.ui.fleet;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Fleet perspective: the Fleet view over the whole window, the Progress view (of ingests) below it. */
public final class FleetPerspective implements IPerspectiveFactory {

    public static final String ID = "org.triage.ui.fleet.perspective";
    /** The console's own perspective, where a device opened as a target is diagnosed. */
    public static final String TRIAGE_PERSPECTIVE = "org.triage.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(FleetView.ID, IPageLayout.TOP, 0.95f, editors);
        layout.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW, IPageLayout.BOTTOM, 0.75f, FleetView.ID);
        layout.addShowViewShortcut(FleetView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addPerspectiveShortcut(ID);
        layout.addPerspectiveShortcut(TRIAGE_PERSPECTIVE);
    }
}
