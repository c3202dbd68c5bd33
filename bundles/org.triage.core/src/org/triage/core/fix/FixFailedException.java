package org.triage.core.fix;

/** A fix that could not do what its preview said. */
public class FixFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public FixFailedException(String message) {
        super(message);
    }
}
