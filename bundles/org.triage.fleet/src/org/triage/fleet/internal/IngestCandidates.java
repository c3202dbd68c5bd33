package org.triage.fleet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.triage.export.ExportLayout;
import org.triage.formats.readings.SnapshotFile;

/**
 * Finds what to ingest under the given paths: snapshot zips, snapshot folders (a folder holding any snapshot file)
 * and exports (a zip with {@code session.xmi}). Only paths are kept, never contents. Links are not followed, so a
 * loop of links cannot make the walk endless.
 */
public final class IngestCandidates {

    /** A file or folder to ingest, and the target kind that opens it. */
    public record Candidate(Path path, boolean folder) {
    }

    private IngestCandidates() {
    }

    public static List<Candidate> under(List<Path> roots, List<String> problems) {
        List<Candidate> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                problems.add("no such file or folder: " + root);
                continue;
            }
            walk(root.toAbsolutePath().normalize(), found, problems, true);
        }
        return found;
    }

    private static void walk(Path path, List<Candidate> found, List<String> problems, boolean given) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            if (isSnapshotFolder(path)) {
                found.add(new Candidate(path, true));
                return;
            }
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                entries.forEach(children::add);
            } catch (IOException e) {
                problems.add("cannot list " + path + ": " + e.getMessage());
                return;
            }
            Collections.sort(children);
            children.forEach(child -> walk(child, found, problems, false));
        } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            // a file named on the command line is ingested whatever its name; inside folders, the zips
            if (given || path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                found.add(new Candidate(path, false));
            }
        }
    }

    static boolean isSnapshotFolder(Path folder) {
        for (SnapshotFile file : SnapshotFile.values()) {
            if (Files.isRegularFile(folder.resolve(file.fileName()), LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    /** {@code export} where the zip holds a session (an export of Triage Console), else {@code snapshot}. */
    public static String kind(Candidate candidate) {
        if (candidate.folder()) {
            return "snapshot";
        }
        try (ZipFile zip = new ZipFile(candidate.path().toFile())) {
            ZipEntry session = zip.getEntry(ExportLayout.SESSION);
            return session != null ? "export" : "snapshot";
        } catch (IOException | RuntimeException e) {
            // the snapshot target says what is wrong with it
            return "snapshot";
        }
    }

    /**
     * SHA-256 of the file; of a folder, of its snapshot files' names and contents in a fixed order (so a copy of the
     * folder elsewhere is the same snapshot).
     */
    public static String sha256(Candidate candidate) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[64 * 1024];
        if (candidate.folder()) {
            digest.update("triage-snapshot-folder\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (SnapshotFile file : SnapshotFile.values()) {
                Path member = candidate.path().resolve(file.fileName());
                if (Files.isRegularFile(member, LinkOption.NOFOLLOW_LINKS)) {
                    digest.update((file.fileName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    update(digest, member, buffer);
                }
            }
        } else {
            update(digest, candidate.path(), buffer);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, Path file, byte[] buffer) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, read);
            }
        }
    }
}
