package org.triage.core.target;

/** A target that cannot be opened or read, or an action it could not carry out. */
public class TargetException extends Exception {

    private static final long serialVersionUID = 1L;

    public TargetException(String message) {
        super(message);
    }

    public TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
