package org.triage.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Triage perspective: the session on the left, the views of the open target beside it. */
public final class TriagePerspective implements IPerspectiveFactory {

    public static final String ID = "org.triage.app.perspective";
    public static final String SESSION_VIEW = "org.triage.ui.views.session";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(SESSION_VIEW, true, IPageLayout.LEFT, 0.35f, layout.getEditorArea());
        layout.addPerspectiveShortcut(ID);
        layout.addShowViewShortcut(SESSION_VIEW);
    }
}
