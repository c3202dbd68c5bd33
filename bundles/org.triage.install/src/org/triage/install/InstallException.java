package org.triage.install;

/** An install or uninstall that cannot go ahead, with a message the admin can act on. */
public class InstallException extends Exception {

    private static final long serialVersionUID = 1L;

    public InstallException(String message) {
        super(message);
    }

    public InstallException(String message, Throwable cause) {
        super(message, cause);
    }
}
