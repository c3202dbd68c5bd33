package org.triage.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.triage.export.pseudonyms.IdentifierKind;
import org.triage.export.pseudonyms.PseudonymMap;
import org.triage.export.pseudonyms.Pseudonymizer;
import org.triage.export.redaction.Redactor;
import org.triage.export.redaction.SecretKind;
import org.triage.export.report.HtmlReport;
import org.triage.export.report.MarkdownReport;
import org.triage.export.report.ReportContext;
import org.triage.model.FixAttempt;
import org.triage.model.RawEvidence;
import org.triage.model.Session;
import org.triage.model.io.AtomicFiles;
import org.triage.model.io.SessionFiles;

/**
 * Writes a session as one file for a ticket: {@code session.xmi}, {@code report.html}, {@code report.md}, the raw
 * evidence under {@code evidence/} and {@code manifest.json} with the SHA-256 of every entry. The session is
 * copied, the copy redacted (always) and pseudonymised (on request); the original is not touched. The zip and
 * the pseudonym map are written atomically: a failure leaves any earlier file in place and nothing half-written.
 */
public final class SessionExporter {

    private SessionExporter() {
    }

    public static ExportResult export(Session session, Path zip, ExportOptions options, IProgressMonitor monitor)
            throws IOException {
        Objects.requireNonNull(session, "session");
        Path mapFile = options.pseudonymize() ? options.mapFileFor(zip) : null;
        if (mapFile != null && mapFile.toAbsolutePath().normalize().equals(zip.toAbsolutePath().normalize())) {
            throw new ExportException(zip, "the pseudonym map cannot be written over the export itself");
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting session " + session.getId(), 10);
        Instant exportedAt = Instant.now();

        Session copy = EcoreUtil.copy(session);
        Redactor redactor = new Redactor();
        redactor.redact(copy);
        progress.worked(3);
        checkCancelled(progress);
        PseudonymMap pseudonyms = null;
        if (options.pseudonymize()) {
            pseudonyms = Pseudonymizer.pseudonymize(copy);
        }
        progress.worked(3);
        checkCancelled(progress);

        Map<String, Integer> redactions = new TreeMap<>();
        redactor.counts().forEach((kind, count) -> redactions.put(kind.label(), count));
        Map<String, Integer> pseudonymCounts = new TreeMap<>();
        if (pseudonyms != null) {
            pseudonyms.counts().forEach((kind, count) -> pseudonymCounts.put(kind.label(), count));
        }
        Map<RawEvidence, String> evidenceFiles = EvidenceSources.fileNames(copy);
        ReportContext context = new ReportContext(exportedAt, options.productVersion(), options.pseudonymize(),
                redactions, evidenceFiles);

        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(ExportLayout.SESSION, SessionFiles.toBytes(copy));
        entries.put(ExportLayout.REPORT_HTML, HtmlReport.render(copy, context).getBytes(StandardCharsets.UTF_8));
        entries.put(ExportLayout.REPORT_MARKDOWN, MarkdownReport.render(copy, context).getBytes(StandardCharsets.UTF_8));
        evidenceFiles.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> entries
                .put(entry.getValue(), Objects.toString(entry.getKey().getContent(), "").getBytes(StandardCharsets.UTF_8)));
        progress.worked(2);
        checkCancelled(progress);

        List<ExportManifest.EntryDigest> digests = new ArrayList<>();
        entries.forEach((name, bytes) -> digests.add(ExportManifest.digest(name, bytes)));
        ExportManifest manifest = new ExportManifest(ExportLayout.FORMAT, exportedAt.toString(),
                options.productVersion(), copy.getId(), copy.getProductVersion(), options.pseudonymize(),
                fixBundles(copy), redactions, pseudonymCounts, digests);
        byte[] manifestBytes = manifest.toBytes();

        long time = exportedAt.toEpochMilli();
        PseudonymMap map = pseudonyms;
        // both files are written in full before either replaces anything: a failure leaves both as they were
        try (AtomicFiles.Pending archive = prepare(zip, out -> {
            ZipOutputStream entriesOut = new ZipOutputStream(out, StandardCharsets.UTF_8);
            put(entriesOut, ExportLayout.MANIFEST, manifestBytes, time);
            put(entriesOut, ExportLayout.EVIDENCE_FOLDER, null, time);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                put(entriesOut, entry.getKey(), entry.getValue(), time);
            }
            entriesOut.finish();
        }); AtomicFiles.Pending keys = map == null ? null : prepare(mapFile, out -> out.write(
                map.toJson(zip.getFileName().toString(), exportedAt.toString()).getBytes(StandardCharsets.UTF_8)))) {
            checkCancelled(progress);
            if (keys != null) {
                keys.commit();
                restrictToOwner(mapFile);
            }
            archive.commit();
        }
        progress.worked(2);
        Map<SecretKind, Integer> redacted = redactor.counts();
        Map<IdentifierKind, Integer> replaced = pseudonyms == null ? Map.of() : pseudonyms.counts();
        return new ExportResult(zip, mapFile, entries.size() + 1, Files.size(zip), redacted, replaced, manifest);
    }

    private static AtomicFiles.Pending prepare(Path file, AtomicFiles.Content content) throws ExportException {
        try {
            return AtomicFiles.prepare(file, content);
        } catch (IOException e) {
            throw new ExportException(file, "cannot be written: " + e.getMessage(), e);
        }
    }

    private static void put(ZipOutputStream archive, String name, byte[] bytes, long time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        archive.putNextEntry(entry);
        if (bytes != null) {
            archive.write(bytes);
        }
        archive.closeEntry();
    }

    /** The bundles whose fixes the session planned or ran, each with its version and fix ids. */
    private static List<ExportManifest.FixBundle> fixBundles(Session session) {
        Map<String, ExportManifest.FixBundle> bundles = new LinkedHashMap<>();
        for (FixAttempt attempt : session.getFixAttempts()) {
            String key = attempt.getContributor() + " " + attempt.getContributorVersion();
            ExportManifest.FixBundle bundle = bundles.computeIfAbsent(key, k -> new ExportManifest.FixBundle(
                    attempt.getContributor(), attempt.getContributorVersion(), new ArrayList<>()));
            if (!bundle.fixes().contains(attempt.getFixId())) {
                bundle.fixes().add(attempt.getFixId());
            }
        }
        return List.copyOf(bundles.values());
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: the file inherits the user profile's ACL, which is private already
        }
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
