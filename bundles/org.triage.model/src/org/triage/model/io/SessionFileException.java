package org.triage.model.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A session file that cannot be read as a whole: it names the file and, where the XML parser knows it,
 * the line and column. No partial session is ever returned alongside it.
 */
public class SessionFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;
    private final int column;

    public SessionFileException(Path file, int line, int column, String problem, Throwable cause) {
        super(describe(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String describe(Path file, int line, int column, String problem) {
        StringBuilder where = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.append(": ").append(problem).toString();
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the problem, or 0 where unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or 0 where unknown. */
    public int column() {
        return column;
    }
}
