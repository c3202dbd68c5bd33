package org.triage.ui.session;

import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/** Where handlers and the application find the console's session manager. */
public final class ConsoleSessions {

    private ConsoleSessions() {
    }

    public static SessionManager manager() {
        return PlatformUI.getWorkbench().getService(SessionManager.class);
    }

    public static String productVersion() {
        return FrameworkUtil.getBundle(ConsoleSessions.class).getVersion().toString();
    }
}
