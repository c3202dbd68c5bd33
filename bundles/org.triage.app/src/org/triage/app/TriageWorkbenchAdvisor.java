package org.triage.app;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.osgi.framework.FrameworkUtil;
import org.triage.core.target.Targets;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionManager;

/**
 * Opens the Triage perspective and, at start, diagnoses the default target: the local machine where
 * this is Windows, otherwise the demo workstation. {@code -target SPEC} on the command line chooses
 * another one.
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
            }
        };
    }

    @Override
    public void postStartup() {
        var context = FrameworkUtil.getBundle(TriageWorkbenchAdvisor.class).getBundleContext();
        var reference = context.getServiceReference(SessionManager.class);
        if (reference == null) {
            return;
        }
        SessionManager manager = context.getService(reference);
        new DiagnoseJob(manager, startTarget(), null,
                FrameworkUtil.getBundle(TriageWorkbenchAdvisor.class).getVersion().toString()).schedule();
    }

    static String startTarget() {
        String[] args = Platform.getApplicationArgs();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-target") || args[i].equals("--target")) {
                return args[i + 1];
            }
        }
        boolean windows = Platform.OS_WIN32.equals(Platform.getOS());
        return windows && Targets.provider("local").isPresent() ? "local" : "demo";
    }
}
