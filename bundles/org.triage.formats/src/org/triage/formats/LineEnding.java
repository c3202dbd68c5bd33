package org.triage.formats;

/** Line terminators a text file can use. */
public enum LineEnding {
    CRLF("\r\n"),
    LF("\n"),
    CR("\r");

    private final String separator;

    LineEnding(String separator) {
        this.separator = separator;
    }

    public String separator() {
        return separator;
    }
}
