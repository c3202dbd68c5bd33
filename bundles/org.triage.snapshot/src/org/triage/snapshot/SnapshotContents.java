package org.triage.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.triage.core.target.TargetException;
import org.triage.formats.readings.SnapshotFile;

/**
 * The files of a snapshot, read whole into memory from a folder or a .zip of it. The zip may hold the
 * files at its root or inside one folder (as Compress-Archive writes a folder). Unknown entries are
 * ignored; sizes are limited so that a hostile archive cannot exhaust memory; nothing is written to disk.
 */
final class SnapshotContents {

    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    /**
     * All files together, in a folder as in a zip: at most 64 MiB (the sample snapshots hold 50 KB) and a sixteenth
     * of the heap, since every file is decoded, parsed, recorded as evidence and saved, each a copy of it.
     */
    static final long MAX_TOTAL_BYTES = Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 16);

    private final Path source;
    private final Map<SnapshotFile, byte[]> files;
    private final List<String> notes;

    private SnapshotContents(Path source, Map<SnapshotFile, byte[]> files, List<String> notes) {
        this.source = source;
        this.files = Collections.unmodifiableMap(files);
        this.notes = List.copyOf(notes);
    }

    static SnapshotContents read(Path path) throws TargetException {
        if (!Files.exists(path)) {
            throw new TargetException("no snapshot at " + path);
        }
        Map<SnapshotFile, byte[]> files = new EnumMap<>(SnapshotFile.class);
        List<String> notes = new ArrayList<>();
        if (Files.isDirectory(path)) {
            readFolder(path, files, notes);
        } else {
            readZip(path, files, notes);
        }
        if (files.isEmpty()) {
            throw new TargetException(path + " holds none of the snapshot files ("
                    + String.join(", ", java.util.Arrays.stream(SnapshotFile.values()).map(SnapshotFile::fileName)
                            .toList()) + ")");
        }
        return new SnapshotContents(path, files, notes);
    }

    private static void readFolder(Path folder, Map<SnapshotFile, byte[]> files, List<String> notes)
            throws TargetException {
        long total = 0;
        for (SnapshotFile file : SnapshotFile.values()) {
            Path candidate = folder.resolve(file.fileName());
            if (!Files.isRegularFile(candidate)) {
                continue;
            }
            try {
                long size = Files.size(candidate);
                if (size > MAX_FILE_BYTES) {
                    notes.add(file.fileName() + " is " + size + " bytes, over the limit of " + MAX_FILE_BYTES
                            + "; left out");
                    continue;
                }
                byte[] bytes;
                try (InputStream in = Files.newInputStream(candidate)) {
                    // the file may grow while it is read: never read past either limit
                    bytes = in.readNBytes((int) Math.min(MAX_FILE_BYTES, MAX_TOTAL_BYTES - total) + 1);
                }
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new TargetException(folder + ": the snapshot's files add up to more than " + MAX_TOTAL_BYTES
                            + " bytes, the limit for one snapshot (at " + file.fileName() + ")");
                }
                if (bytes.length > MAX_FILE_BYTES) {
                    notes.add(file.fileName() + " grew over the limit of " + MAX_FILE_BYTES + " bytes; left out");
                    total -= bytes.length;
                    continue;
                }
                files.put(file, bytes);
            } catch (IOException e) {
                throw new TargetException("cannot read " + candidate + ": " + e.getMessage(), e);
            }
        }
    }

    private static void readZip(Path zip, Map<SnapshotFile, byte[]> files, List<String> notes) throws TargetException {
        try {
            readZip(zip, StandardCharsets.UTF_8, files, notes);
        } catch (TargetException utf8Failed) {
            // Explorer's "Send to > Compressed folder" writes non-ASCII names in the OEM code page without the
            // UTF-8 flag, which the UTF-8 reading rejects; code page 437 reads those archives.
            files.clear();
            notes.clear();
            try {
                readZip(zip, Charset.forName("IBM437"), files, notes);
            } catch (TargetException oemFailed) {
                throw utf8Failed;
            }
        }
    }

    private static void readZip(Path zip, Charset names, Map<SnapshotFile, byte[]> files, List<String> notes)
            throws TargetException {
        try (ZipFile archive = new ZipFile(zip.toFile(), names)) {
            long total = 0;
            for (ZipEntry entry : Collections.list(archive.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || List.of(name.split("/")).contains("..")) {
                    notes.add("entry '" + entry.getName() + "' points outside the snapshot; ignored");
                    continue;
                }
                String[] parts = name.split("/");
                if (parts.length > 2) {
                    continue;
                }
                Optional<SnapshotFile> file = SnapshotFile.byFileName(parts[parts.length - 1]);
                if (file.isEmpty()) {
                    continue;
                }
                if (files.containsKey(file.get())) {
                    notes.add("entry '" + entry.getName() + "' repeats " + file.get().fileName() + "; the first is used");
                    continue;
                }
                byte[] bytes = readLimited(archive, entry);
                if (bytes == null) {
                    notes.add("entry '" + entry.getName() + "' unpacks to more than " + MAX_FILE_BYTES
                            + " bytes, over the limit; left out");
                    continue;
                }
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new TargetException(zip + " unpacks to more than " + MAX_TOTAL_BYTES
                            + " bytes, the limit for one snapshot (at " + entry.getName() + ")");
                }
                files.put(file.get(), bytes);
            }
        } catch (ZipException e) {
            throw new TargetException(zip + " is not a readable zip (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new TargetException("cannot read " + zip + ": " + e.getMessage(), e);
        }
    }

    /** The entry's bytes, or null where it unpacks to more than {@link #MAX_FILE_BYTES}. */
    private static byte[] readLimited(ZipFile archive, ZipEntry entry) throws IOException {
        try (InputStream in = archive.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            return bytes.length > MAX_FILE_BYTES ? null : bytes;
        }
    }

    Path source() {
        return source;
    }

    Optional<byte[]> file(SnapshotFile file) {
        return Optional.ofNullable(files.get(file));
    }

    /** What was left out while reading, for the session log. */
    List<String> notes() {
        return notes;
    }
}
