package org.triage.cli;

/** Words the CLI does not understand: usage on stderr, exit code 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
