package org.triage.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.triage.core.session.Sessions;
import org.triage.model.LogLevel;
import org.triage.model.Session;
import org.triage.model.TargetDescription;
import org.triage.model.io.SessionFileException;
import org.triage.model.io.SessionFiles;

/**
 * An export opened for review. It is read whole into memory and checked before anything uses it; nothing is
 * ever written to disk while reading, so a hostile archive cannot place a file anywhere.
 * <p>
 * Refused with an {@link ExportException}: a file that is not a readable zip (truncated, damaged), an entry whose
 * name leaves the export's folder (zip-slip: {@code ../}, absolute paths, drive letters), two entries of one
 * name, more entries or bytes than the {@link ExportLimits}, no or an unknown manifest, no or a malformed
 * {@code session.xmi}.
 * <p>
 * Opened with a warning: entries whose SHA-256 differs from the manifest's, entries the manifest does not list,
 * entries it lists that are missing. A hash in the same file is no signature (whoever edits an entry can edit the
 * manifest too), so it catches corruption and careless edits, not a determined forger; the session is shown so
 * that the reviewer can still read it, with every {@link #integrityProblems() problem} named in the warning and
 * in the reviewed session's log.
 */
public final class ExportArchive {

    private final Path file;
    private final ExportManifest manifest;
    private final Session session;
    private final Map<String, byte[]> entries;
    private final List<String> integrityProblems;

    private ExportArchive(Path file, ExportManifest manifest, Session session, Map<String, byte[]> entries,
            List<String> integrityProblems) {
        this.file = file;
        this.manifest = manifest;
        this.session = session;
        this.entries = Collections.unmodifiableMap(entries);
        this.integrityProblems = List.copyOf(integrityProblems);
    }

    public static ExportArchive read(Path file) throws ExportException {
        return read(file, ExportLimits.DEFAULT);
    }

    public static ExportArchive read(Path file, ExportLimits limits) throws ExportException {
        if (!Files.isRegularFile(file)) {
            throw new ExportException(file, Files.exists(file) ? "not a file" : "no such file");
        }
        Map<String, byte[]> entries = readEntries(file, limits);
        byte[] manifestBytes = entries.get(ExportLayout.MANIFEST);
        if (manifestBytes == null) {
            throw new ExportException(file, "not a Triage export: it holds no " + ExportLayout.MANIFEST);
        }
        ExportManifest manifest;
        try {
            manifest = ExportManifest.parse(manifestBytes);
        } catch (IllegalArgumentException e) {
            throw new ExportException(file, e.getMessage(), e);
        }
        byte[] sessionBytes = entries.get(ExportLayout.SESSION);
        if (sessionBytes == null) {
            throw new ExportException(file, "the export holds no " + ExportLayout.SESSION);
        }
        Session session;
        try {
            session = SessionFiles.read(new ByteArrayInputStream(sessionBytes),
                    Path.of(file.getFileName() + "!", ExportLayout.SESSION));
        } catch (SessionFileException e) {
            throw new ExportException(file, "its session cannot be read: " + e.getMessage(), e);
        }
        return new ExportArchive(file, manifest, session, entries, verify(manifest, entries, session));
    }

    private static Map<String, byte[]> readEntries(Path file, ExportLimits limits) throws ExportException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String link = ZipLinks.firstLink(file);
        if (link != null) {
            throw new ExportException(file, "entry '" + link + "' is a symbolic link, which an export never holds; the "
                    + "file is refused");
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > limits.maxEntries()) {
                throw new ExportException(file, "it holds " + zip.size() + " entries, more than the limit of "
                        + limits.maxEntries());
            }
            long total = 0;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                String problem = unsafeName(name);
                if (problem != null) {
                    throw new ExportException(file, "entry '" + name + "' " + problem + "; the file is refused");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.containsKey(name)) {
                    throw new ExportException(file, "entry '" + name + "' appears twice; the file is refused");
                }
                long entryLimit = name.equals(ExportLayout.SESSION)
                        ? Math.min(limits.maxEntryBytes(), SessionFiles.maxBytes())
                        : limits.maxEntryBytes();
                if (entry.getSize() > entryLimit) {
                    throw new ExportException(file, "entry '" + name + "' says it unpacks to " + entry.getSize()
                            + " bytes, more than the limit of " + entryLimit);
                }
                if (entry.getSize() > limits.maxTotalBytes() - total) {
                    throw new ExportException(file, "it unpacks to more than the limit of " + limits.maxTotalBytes()
                            + " bytes (at entry '" + name + "')");
                }
                // never read more than what is left of the total: the entries read so far stay in memory
                long readLimit = Math.min(entryLimit, limits.maxTotalBytes() - total);
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    // the directory may lie about sizes: count what is actually unpacked
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, readLimit + 1));
                }
                if (bytes.length > entryLimit) {
                    throw new ExportException(file, "entry '" + name + "' unpacks to more than the limit of "
                            + entryLimit + " bytes");
                }
                total += bytes.length;
                if (total > limits.maxTotalBytes()) {
                    throw new ExportException(file, "it unpacks to more than the limit of " + limits.maxTotalBytes()
                            + " bytes (at entry '" + name + "')");
                }
                entries.put(name, bytes);
            }
        } catch (ZipException e) {
            throw new ExportException(file, "not a readable zip (truncated or damaged): " + e.getMessage(), e);
        } catch (ExportException e) {
            throw e;
        } catch (IOException e) {
            throw new ExportException(file, "cannot be read: " + e.getMessage(), e);
        }
        return entries;
    }

    /** Why a name could place a file outside the folder an export is unpacked into; null where it cannot. */
    static String unsafeName(String name) {
        if (name.isEmpty() || name.indexOf('\u0000') >= 0) {
            return "has no usable name";
        }
        if (name.indexOf('\\') >= 0) {
            return "uses a backslash, which Windows reads as a folder separator";
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return "is an absolute path, outside the export's folder";
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return "climbs out of the export's folder (zip-slip)";
            }
        }
        return null;
    }

    private static List<String> verify(ExportManifest manifest, Map<String, byte[]> entries, Session session) {
        List<String> problems = new ArrayList<>();
        String fingerprint = ExportManifest.fingerprintProblem(entries.get(ExportLayout.MANIFEST));
        if (fingerprint != null) {
            problems.add(ExportLayout.MANIFEST + ": " + fingerprint);
        }
        if (!java.util.Objects.equals(manifest.sessionId(), session.getId())) {
            problems.add(ExportLayout.MANIFEST + ": names session '" + manifest.sessionId() + "', but "
                    + ExportLayout.SESSION + " holds session '" + session.getId() + "'");
        }
        if (!java.util.Objects.equals(manifest.sessionProductVersion(), session.getProductVersion())) {
            problems.add(ExportLayout.MANIFEST + ": says the session was recorded by version '"
                    + manifest.sessionProductVersion() + "', but " + ExportLayout.SESSION + " says '"
                    + session.getProductVersion() + "'");
        }
        Map<String, ExportManifest.EntryDigest> listed = new LinkedHashMap<>();
        manifest.entries().forEach(entry -> listed.put(entry.name(), entry));
        for (ExportManifest.EntryDigest digest : listed.values()) {
            byte[] bytes = entries.get(digest.name());
            if (bytes == null) {
                problems.add(digest.name() + ": listed in the manifest but missing from the export");
            } else if (!ExportManifest.sha256(bytes).equalsIgnoreCase(digest.sha256())) {
                problems.add(digest.name() + ": changed after the export was written (its SHA-256 differs from the "
                        + "manifest's)");
            }
        }
        for (String name : entries.keySet()) {
            if (!name.equals(ExportLayout.MANIFEST) && !listed.containsKey(name)) {
                problems.add(name + ": added after the export was written (the manifest does not list it)");
            }
        }
        return problems;
    }

    public Path file() {
        return file;
    }

    public ExportManifest manifest() {
        return manifest;
    }

    /** The session as exported. Treat it as read only; {@link #sessionForReview()} gives a copy to show. */
    public Session session() {
        return session;
    }

    /** What the hash check found; empty where every entry is as exported. */
    public List<String> integrityProblems() {
        return integrityProblems;
    }

    public boolean intact() {
        return integrityProblems.isEmpty();
    }

    public List<String> entryNames() {
        return List.copyOf(entries.keySet());
    }

    public Optional<byte[]> entry(String name) {
        return Optional.ofNullable(entries.get(name)).map(byte[]::clone);
    }

    /**
     * A copy of the session to show: its target is this export (read only, so that Inspect Again re-diagnoses it
     * offline), and its log says where it came from and names every integrity problem.
     */
    public Session sessionForReview() {
        Session review = EcoreUtil.copy(session);
        TargetDescription target = review.getTarget();
        String original = target == null ? "unknown target" : target.getKind() + " " + target.getLocation();
        if (target != null) {
            target.setKind("export");
            target.setLocation(file.toString());
            target.setReadOnly(true);
        }
        Sessions.log(review, LogLevel.INFO, "export", "opened from the export " + file.getFileName() + ", written "
                + manifest.createdAt() + " by Triage Console " + manifest.productVersion() + " from a session on the "
                + original + (manifest.pseudonymized() ? "; names, addresses and ids are pseudonyms" : ""));
        for (String problem : integrityProblems) {
            Sessions.log(review, LogLevel.WARNING, "export", "integrity: " + problem);
        }
        return review;
    }
}
