package org.triage.net;

/** An endpoint catalogue that cannot be read: a missing file, an unreachable URL, not Microsoft's format. */
public class CatalogueException extends Exception {

    private static final long serialVersionUID = 1L;

    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
