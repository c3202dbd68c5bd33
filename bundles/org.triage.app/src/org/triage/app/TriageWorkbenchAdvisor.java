package org.triage.app;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.triage.core.target.Targets;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionManager;

/**
 * Opens the Triage perspective and, at start, offers to resume the session left unfinished last time; where there
 * is none, the operator starts fresh, or {@code --target SPEC} is given, it diagnoses a target: the local machine on
 * Windows, otherwise the demo workstation.
 */
final class TriageWorkbenchAdvisor extends WorkbenchAdvisor {

    static final String WINDOW_TITLE = "Triage Console";
    /** The size the console opens at the first time; it fits every view's key rows. Later starts restore the last. */
    static final Point INITIAL_SIZE = new Point(1280, 720);

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // the window's size, position and layout, the open views and their sashes are saved on exit and restored
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return TriagePerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setTitle(WINDOW_TITLE);
                window.setInitialSize(INITIAL_SIZE);
                window.setShowStatusLine(true);
                window.setShowProgressIndicator(true);
                window.setShowCoolBar(false);
                window.setShowMenuBar(true);
            }
        };
    }

    @Override
    public void postStartup() {
        SessionManager manager = ConsoleSessions.manager();
        Path saved = sessionFile();
        manager.saveTo(saved);
        Optional<String> requested = requestedTarget();
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window == null ? null : window.getShell();
        SessionRestore restore = new SessionRestore(manager, saved);
        if (requested.isPresent()) {
            restore.setAside();
        } else if (restore.offer(shell)) {
            return;
        }
        new DiagnoseJob(manager, requested.orElseGet(TriageWorkbenchAdvisor::defaultTarget), null,
                ConsoleSessions.productVersion()).schedule();
    }

    /** The open session is saved here after every change. */
    static Path sessionFile() {
        return Path.of(Platform.getInstanceLocation().getURL().getPath(), "sessions", "current.xmi");
    }

    static Optional<String> requestedTarget() {
        String[] args = Platform.getApplicationArgs();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-target") || args[i].equals("--target")) {
                return Optional.of(args[i + 1]);
            }
        }
        return Optional.empty();
    }

    static String defaultTarget() {
        boolean windows = Platform.OS_WIN32.equals(Platform.getOS());
        return windows && Targets.provider("local").isPresent() ? "local" : "demo";
    }
}
