package org.triage.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Finds symbolic links in a zip. {@link java.util.zip.ZipFile} does not show an entry's Unix mode, which Info-ZIP
 * and most archivers keep in the high half of the central directory's external attributes; a link is mode
 * {@code 0120000}. Read from the central directory itself.
 */
final class ZipLinks {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int HOST_UNIX = 3;
    private static final int TYPE_MASK = 0170000;
    private static final int TYPE_LINK = 0120000;
    private static final long MAX_DIRECTORY_BYTES = 64L * 1024 * 1024;

    private ZipLinks() {
    }

    /** The name of the first entry that is a symbolic link; null where there is none or the directory is unreadable. */
    static String firstLink(Path zip) {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, END_SIZE + MAX_COMMENT);
            if (tail < END_SIZE) {
                return null;
            }
            ByteBuffer end = read(channel, size - tail, tail);
            int at = -1;
            for (int i = tail - END_SIZE; i >= 0; i--) {
                if (end.getInt(i) == END_SIGNATURE) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                return null;
            }
            long directorySize = Integer.toUnsignedLong(end.getInt(at + 12));
            long directoryOffset = Integer.toUnsignedLong(end.getInt(at + 16));
            if (directorySize > MAX_DIRECTORY_BYTES || directoryOffset + directorySize > size) {
                // a zip64 directory or a damaged one: ZipFile reports what is wrong with it
                return null;
            }
            ByteBuffer directory = read(channel, directoryOffset, (int) directorySize);
            int position = 0;
            while (position + 46 <= directorySize && directory.getInt(position) == CENTRAL_SIGNATURE) {
                int madeBy = Short.toUnsignedInt(directory.getShort(position + 4));
                int nameLength = Short.toUnsignedInt(directory.getShort(position + 28));
                int extraLength = Short.toUnsignedInt(directory.getShort(position + 30));
                int commentLength = Short.toUnsignedInt(directory.getShort(position + 32));
                int external = directory.getInt(position + 38);
                if (position + 46 + nameLength > directorySize) {
                    return null;
                }
                if ((madeBy >>> 8) == HOST_UNIX && ((external >>> 16) & TYPE_MASK) == TYPE_LINK) {
                    byte[] name = new byte[nameLength];
                    directory.get(position + 46, name);
                    return new String(name, StandardCharsets.UTF_8);
                }
                position += 46 + nameLength + extraLength + commentLength;
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static ByteBuffer read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }
}
