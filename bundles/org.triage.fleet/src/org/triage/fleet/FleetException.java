package org.triage.fleet;

/** The fleet index cannot be opened, read or written; the message says why in words an admin can act on. */
public class FleetException extends Exception {

    private static final long serialVersionUID = 1L;

    public FleetException(String message) {
        super(message);
    }

    public FleetException(String message, Throwable cause) {
        super(message, cause);
    }
}
