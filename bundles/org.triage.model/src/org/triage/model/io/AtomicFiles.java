package org.triage.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the whole new content: the bytes go to a
 * temporary file beside it, are forced to the disk, and the temporary file is renamed over the target. A crash
 * or an error mid-write leaves the previous file intact and no temporary file behind (short of the crash).
 */
public final class AtomicFiles {

    /** Writes the content; may be called once. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    public static void write(Path file, Content content) throws IOException {
        try (Pending pending = prepare(file, content)) {
            pending.commit();
        }
    }

    /**
     * Writes the content next to {@code file} and forces it to the disk, without replacing {@code file} yet: several
     * files can be prepared, then committed together, so that a failure in any leaves all of them as they were.
     */
    public static Pending prepare(Path file, Content content) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + file.getFileName().toString(), ".part");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new Pending(temporary, file);
    }

    /** A file written beside its target; {@link #commit()} puts it in place, {@link #close()} throws it away if not. */
    public static final class Pending implements AutoCloseable {

        private final Path temporary;
        private final Path file;
        private boolean committed;

        private Pending(Path temporary, Path file) {
            this.temporary = temporary;
            this.file = file;
        }

        public void commit() throws IOException {
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
