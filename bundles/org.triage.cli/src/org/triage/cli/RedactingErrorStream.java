package org.triage.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

import org.triage.export.redaction.Redactor;

/**
 * What the command line prints on stderr, one line at a time, with every secret redacted and every control
 * character shown as a visible escape: an error may quote what it failed on (a file, a line of a tool's output),
 * and no password, key or cookie may leave the process that way, nor an escape sequence reach the terminal. A line
 * longer than {@value #MAX_LINE} characters is cut.
 */
final class RedactingErrorStream extends OutputStream {

    static final int MAX_LINE = 2000;

    private final PrintStream target;
    private final Charset charset;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private RedactingErrorStream(PrintStream target) {
        this.target = target;
        this.charset = target.charset();
    }

    static PrintStream around(PrintStream target) {
        return new PrintStream(new RedactingErrorStream(target), true, target.charset());
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit(true);
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    /** A partial line (a prompt) goes out as it is, redacted. */
    @Override
    public synchronized void flush() {
        if (line.size() > 0) {
            emit(false);
        }
        target.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private void emit(boolean newline) {
        String text = line.toString(charset);
        line.reset();
        String safe = visible(new Redactor().redact(text));
        if (safe.length() > MAX_LINE) {
            safe = safe.substring(0, MAX_LINE) + " [cut]";
        }
        target.print(newline ? safe + "\n" : safe);
    }

    /** Control characters (but the tab and a line's CR) as {@code \x1B}, lone surrogates as {@code \uD800}. */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && !(c == '\r' && i == text.length() - 1) || c == 0x7F
                    || c >= 0x80 && c < 0xA0;
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                            && Character.isHighSurrogate(text.charAt(i - 1)));
            if (control || lone) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
