package org.triage.core.fix.containment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What a fix's code does on its own thread (and the threads it starts) that is not the fix's to do: writes to
 * {@code System.out}/{@code System.err}, which would corrupt the console's own output ({@code --json}), and
 * attempts to end the process. While a fix runs {@linkplain #within within} its scope, its writes are captured
 * here, line by line and up to a limit, for the session log; writes of every other thread pass through unchanged.
 * Once the scope is closed, writes of threads the fix left behind are dropped.
 */
public final class FixScope implements AutoCloseable {

    /** How much output of one fix call is kept; the rest is counted and dropped. */
    public static final int OUTPUT_LIMIT_BYTES = 64 * 1024;

    private static final InheritableThreadLocal<FixScope> CURRENT = new InheritableThreadLocal<>();
    private static final Object INSTALL_LOCK = new Object();

    private final Map<String, ByteArrayOutputStream> partialLines = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final List<String> escapes = new ArrayList<>();
    private long bytes;
    private long dropped;
    private boolean closed;

    /** Runs the work with this scope as the current thread's (and its child threads') scope. */
    public <T> Callable<T> around(Callable<T> work) {
        installCapture();
        return () -> {
            CURRENT.set(this);
            try {
                return work.call();
            } finally {
                CURRENT.remove();
            }
        };
    }

    /** Records an attempt to end the process in the current thread's scope, where there is one. */
    static void escaped(String message) {
        FixScope scope = CURRENT.get();
        if (scope != null) {
            synchronized (scope) {
                scope.escapes.add(message);
            }
        }
    }

    /** The attempts to end the process made so far, each naming the bundle. */
    public synchronized List<String> escapes() {
        return List.copyOf(escapes);
    }

    /** The captured lines so far, each prefixed with its stream; taken lines are not returned again. */
    public synchronized List<String> takeOutput() {
        List<String> taken = new ArrayList<>(lines);
        lines.clear();
        return taken;
    }

    /** Flushes unfinished lines and drops every later write. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        partialLines.forEach((stream, partial) -> {
            if (partial.size() > 0) {
                lines.add(line(stream, partial));
            }
        });
        partialLines.clear();
        if (dropped > 0) {
            lines.add("(" + dropped + " more bytes of output were dropped: the limit is " + OUTPUT_LIMIT_BYTES + ")");
        }
        closed = true;
    }

    private synchronized void write(String stream, byte[] buffer, int offset, int length, Charset charset) {
        if (closed) {
            return;
        }
        ByteArrayOutputStream partial = partialLines.computeIfAbsent(stream, name -> new ByteArrayOutputStream());
        for (int i = offset; i < offset + length; i++) {
            if (bytes >= OUTPUT_LIMIT_BYTES) {
                dropped += offset + length - i;
                return;
            }
            bytes++;
            if (buffer[i] == '\n') {
                lines.add(line(stream, partial, charset));
                partial.reset();
            } else {
                partial.write(buffer[i]);
            }
        }
    }

    private static String line(String stream, ByteArrayOutputStream partial) {
        return line(stream, partial, Charset.defaultCharset());
    }

    private static String line(String stream, ByteArrayOutputStream partial, Charset charset) {
        String text = partial.toString(charset);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        return stream + ": " + printable(text);
    }

    /** Control characters (an ANSI colour code, a NUL) are shown as escapes: a log line holds text only. */
    private static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t' || !(Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF
                    || Character.getType(c) == Character.SURROGATE)) {
                shown.appendCodePoint(c);
            } else {
                shown.append(String.format("\\u%04x", c));
            }
        });
        return shown.toString();
    }

    /** Puts the dispatching streams in place of System.out and System.err, once (again where someone replaced them). */
    private static void installCapture() {
        synchronized (INSTALL_LOCK) {
            if (!(System.out instanceof CapturingStream)) {
                System.setOut(new CapturingStream("stdout", System.out));
            }
            if (!(System.err instanceof CapturingStream)) {
                System.setErr(new CapturingStream("stderr", System.err));
            }
        }
    }

    /** A stream that gives each write to the writing thread's fix scope, or to the stream it replaced. */
    private static final class CapturingStream extends PrintStream {

        CapturingStream(String name, PrintStream replaced) {
            super(new Dispatch(name, replaced), true, replaced.charset());
        }
    }

    private static final class Dispatch extends OutputStream {

        private final String name;
        private final PrintStream replaced;

        Dispatch(String name, PrintStream replaced) {
            this.name = name;
            this.replaced = replaced;
        }

        @Override
        public void write(int b) {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            FixScope scope = CURRENT.get();
            if (scope != null) {
                scope.write(name, buffer, offset, length, replaced.charset());
            } else {
                replaced.write(buffer, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            if (CURRENT.get() == null) {
                replaced.flush();
            }
        }
    }
}
