package org.triage.ui.views;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.triage.model.Session;
import org.triage.ui.session.SessionManager;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The base of every view that shows the open session: it creates the controls, renders each published
 * version of the session on the UI thread, and publishes the view's selection (which the Properties view
 * shows). Subclasses only build widgets and render; they never touch the target or change the session.
 */
public abstract class SessionViewPart {

    @Inject
    protected SessionManager manager;

    @Inject
    protected ESelectionService selectionService;

    private Composite parent;
    private Session shown;
    private final SessionManager.Listener changes = session -> {
        Display display = parent == null || parent.isDisposed() ? null : parent.getDisplay();
        if (display != null) {
            display.asyncExec(() -> show(session));
        }
    };

    @PostConstruct
    public final void createPartControl(Composite viewParent) {
        this.parent = viewParent;
        createControls(viewParent);
        manager.addListener(changes);
        show(manager.session());
    }

    private void show(Session session) {
        if (parent.isDisposed()) {
            return;
        }
        shown = session;
        render(session);
    }

    /** The session version on screen; null where none is open. */
    protected Session shown() {
        return shown;
    }

    /** Builds the view's widgets once. */
    protected abstract void createControls(Composite viewParent);

    /** Shows a version of the session; null where no session is open. Runs on the UI thread. */
    protected abstract void render(Session session);

    /** Publishes the selection to the workbench (and so to the Properties view). */
    protected void select(Object selection) {
        if (selectionService != null) {
            selectionService.setSelection(selection);
        }
    }

    @Focus
    public void setFocus() {
        parent.setFocus();
    }

    @PreDestroy
    public void dispose() {
        manager.removeListener(changes);
    }
}
