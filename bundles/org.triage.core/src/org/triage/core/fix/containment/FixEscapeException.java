package org.triage.core.fix.containment;

/**
 * Thrown in place of ending the process ({@code System.exit}, {@code Runtime.exit}, {@code Runtime.halt}) from
 * code of a bundle that contributes fixes: the step fails, naming the bundle, and the playbook goes on.
 */
public final class FixEscapeException extends SecurityException {

    private static final long serialVersionUID = 1L;

    FixEscapeException(String message) {
        super(message);
    }
}
