package org.triage.export;

import java.io.IOException;
import java.nio.file.Path;

/** An export that cannot be written or read, with a message that names the file and what is wrong with it. */
public class ExportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Path file;

    public ExportException(Path file, String problem) {
        this(file, problem, null);
    }

    public ExportException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
