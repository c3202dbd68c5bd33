package org.triage.formats;

/**
 * A line a parser kept but did not interpret.
 *
 * @param line 1-based line number in the decoded text
 * @param text the line as it was, without its line terminator
 */
public record UnparsedLine(int line, String text) {

    public UnparsedLine {
        text = text == null ? "" : text;
    }
}
