package org.triage.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
        String prefix = "." + file.getFileName().toString();
        removeLeftovers(directory, prefix);
        Path temporary = Files.createTempFile(directory, prefix, ".part");
        IN_FLIGHT.add(temporary.toAbsolutePath());
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            IN_FLIGHT.remove(temporary.toAbsolutePath());
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new Pending(temporary, file);
    }

    /** The temporary files this process is writing or has not committed yet: never left-overs. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    /**
     * Deletes the temporary files an earlier write of the same file left behind when its process was killed
     * mid-write: {@code .NAME<random>.part} beside it, not written by this process. A file that cannot be
     * deleted stays; the save goes on.
     */
    private static void removeLeftovers(Path directory, String prefix) {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory,
                entry -> isLeftover(entry.getFileName().toString(), prefix))) {
            for (Path leftover : leftovers) {
                if (!IN_FLIGHT.contains(leftover.toAbsolutePath()) && Files.isRegularFile(leftover,
                        LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.deleteIfExists(leftover);
                    } catch (IOException e) {
                        // another process may hold it open (Windows): the next save tries again
                    }
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // an unreadable directory fails the write itself, with its own message
        }
    }

    /** {@code .NAME} followed by the digits createTempFile adds and {@code .part}. */
    private static boolean isLeftover(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(".part")) {
            return false;
        }
        String middle = name.substring(prefix.length(), name.length() - ".part".length());
        return !middle.isEmpty() && middle.chars().allMatch(Character::isDigit);
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
            IN_FLIGHT.remove(temporary.toAbsolutePath());
        }

        @Override
        public void close() throws IOException {
            IN_FLIGHT.remove(temporary.toAbsolutePath());
            if (!committed) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
