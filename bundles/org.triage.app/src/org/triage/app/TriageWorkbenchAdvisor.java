package org.triage.app;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.triage.core.target.Targets;
import org.triage.model.Session;
import org.triage.model.io.SessionFileException;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionManager;

/**
 * Opens the Triage perspective and, at start, reopens the session saved last time; where there is none (or
 * {@code -target SPEC} is given) it diagnoses a target: the local machine on Windows, otherwise the demo
 * workstation.
 */
final class TriageWorkbenchAdvisor extends WorkbenchAdvisor {

    static final String WINDOW_TITLE = "Triage Console";

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
        manager.saveTo(sessionFile());
        Optional<String> requested = requestedTarget();
        if (requested.isEmpty()) {
            try {
                Optional<Session> saved = manager.reopenSaved();
                if (saved.isPresent()) {
                    return;
                }
            } catch (SessionFileException e) {
                ILog.of(TriageWorkbenchAdvisor.class).warn("The saved session could not be reopened: " + e.getMessage());
            }
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
