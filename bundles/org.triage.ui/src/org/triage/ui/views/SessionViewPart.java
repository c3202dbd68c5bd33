package org.triage.ui.views;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;
import org.triage.model.Session;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.SessionManager;

/**
 * The base of every view that shows the open session: it creates the controls, renders each published
 * version of the session on the UI thread, and publishes the view's selection through its site, so that the
 * Properties view shows the facts and raw evidence of what is selected. Subclasses only build widgets and
 * render; they never touch the target or change the session.
 * <p>
 * Views are 3.x view parts rather than e4views: an e4view's selection does not reach the Properties view.
 */
public abstract class SessionViewPart extends ViewPart {

    protected final SessionManager manager = ConsoleSessions.manager();

    private final ViewSelectionProvider selection = new ViewSelectionProvider();
    private Composite parent;
    private Session shown;
    private final SessionManager.Listener changes = session -> {
        Display display = parent == null || parent.isDisposed() ? null : parent.getDisplay();
        if (display != null) {
            display.asyncExec(() -> show(session));
        }
    };

    @Override
    public final void createPartControl(Composite viewParent) {
        this.parent = viewParent;
        getSite().setSelectionProvider(selection);
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
    protected void select(Object chosen) {
        selection.setSelection(chosen instanceof ISelection given ? given
                : chosen == null ? StructuredSelection.EMPTY : new StructuredSelection(chosen));
    }

    @Override
    public void setFocus() {
        parent.setFocus();
    }

    @Override
    public void dispose() {
        manager.removeListener(changes);
        super.dispose();
    }
}
