package org.triage.platform.windows.target;

/** A Credential API call that failed, with the Win32 error code it returned. */
public class CredentialStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /** {@code ERROR_NOT_FOUND}: no credential of that name and type. */
    public static final int ERROR_NOT_FOUND = 1168;
    /** {@code ERROR_NO_SUCH_LOGON_SESSION}: the process has no logon session with a credential set (a service, a network logon). */
    public static final int ERROR_NO_SUCH_LOGON_SESSION = 1312;

    private final int win32Error;

    public CredentialStoreException(String message, int win32Error) {
        super(message);
        this.win32Error = win32Error;
    }

    public int win32Error() {
        return win32Error;
    }
}
