package org.triage.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Triage perspective: the session and its playbook on the left, the four views of the target on the
 * right, the Properties of the selection below them (where the Error Log and Progress views open too).
 */
public final class TriagePerspective implements IPerspectiveFactory {

    public static final String ID = "org.triage.app.perspective";
    public static final String SESSION_VIEW = "org.triage.ui.views.session";
    public static final String PLAYBOOK_VIEW = "org.triage.ui.views.playbook";
    /** The Error Log view of org.eclipse.ui.views.log: problems reported through ILog. */
    public static final String ERROR_LOG_VIEW = "org.eclipse.pde.runtime.LogView";
    public static final String[] TARGET_VIEWS = { "org.triage.ui.views.credentials", "org.triage.ui.views.vpn",
            "org.triage.ui.views.endpoints", "org.triage.ui.views.registration" };

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(SESSION_VIEW, IPageLayout.LEFT, 0.42f, editors);
        layout.addView(PLAYBOOK_VIEW, IPageLayout.BOTTOM, 0.58f, SESSION_VIEW);
        IFolderLayout targetViews = layout.createFolder("org.triage.app.targetViews", IPageLayout.TOP, 0.7f, editors);
        for (String view : TARGET_VIEWS) {
            targetViews.addView(view);
            layout.addShowViewShortcut(view);
        }
        IFolderLayout details = layout.createFolder("org.triage.app.details", IPageLayout.BOTTOM, 0.7f,
                "org.triage.app.targetViews");
        details.addView(IPageLayout.ID_PROP_SHEET);
        details.addPlaceholder(ERROR_LOG_VIEW);
        details.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        layout.addPerspectiveShortcut(ID);
        layout.addShowViewShortcut(ERROR_LOG_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(SESSION_VIEW);
        layout.addShowViewShortcut(PLAYBOOK_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
