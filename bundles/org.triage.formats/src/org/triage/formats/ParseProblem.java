package org.triage.formats;

/**
 * Something a parser could not read as expected.
 *
 * @param line    1-based line number in the decoded text (for JSON, the line the JSON reader
 *                stopped at); never less than 1
 * @param message what was wrong, in words an admin can act on
 */
public record ParseProblem(int line, String message) {

    public ParseProblem {
        line = Math.max(1, line);
        message = message == null ? "" : message;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
