package org.triage.export;

import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.triage.formats.readings.SnapshotFile;
import org.triage.model.Observation;
import org.triage.model.RawEvidence;
import org.triage.model.Session;

/**
 * Which Windows command a piece of raw evidence is the output of, whether it was read from a snapshot file
 * ({@code cmdkey-list.txt}) or captured from a command run live or simulated ({@code cmdkey /list},
 * {@code C:\Windows\System32\dsregcmd.exe /status}, {@code powershell … Get-VpnConnection …}); and the names
 * its file gets in an export.
 */
public final class EvidenceSources {

    private EvidenceSources() {
    }

    /**
     * The snapshot file this evidence is the output of: the output kind recorded where it was captured. Evidence
     * without one (exports written before output kinds were recorded) is recognised by its snapshot file name or
     * its command line.
     */
    public static Optional<SnapshotFile> recognise(RawEvidence evidence) {
        if (evidence.getOutputKind() != null && !evidence.getOutputKind().isBlank()) {
            return SnapshotFile.byOutputKind(evidence.getOutputKind());
        }
        if (evidence.getFileName() != null && !evidence.getFileName().isBlank()) {
            String name = evidence.getFileName().replace('\\', '/');
            Optional<SnapshotFile> file = SnapshotFile.byFileName(name.substring(name.lastIndexOf('/') + 1));
            if (file.isPresent()) {
                return file;
            }
        }
        return recogniseCommand(evidence.getSource());
    }

    /** Outputs that came with output kinds: no export without output kinds holds them, so none is guessed. */
    private static final Set<SnapshotFile> RECORDED_ONLY = EnumSet.of(SnapshotFile.CREDENTIALS_JSON,
            SnapshotFile.ADAPTERS_JSON, SnapshotFile.WINHTTP_PROXY_JSON, SnapshotFile.CLOCK_JSON, SnapshotFile.TLS_SETTINGS,
            SnapshotFile.W32TM_STATUS);

    static Optional<SnapshotFile> recogniseCommand(String source) {
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        if (source.toLowerCase(Locale.ROOT).contains("microsoft-windows-aad/operational")) {
            // both event files are read with Get-WinEvent: the log name tells this one from the RasClient events
            return Optional.of(SnapshotFile.AAD_OPERATIONAL_EVENTS);
        }
        String command = normalise(source);
        for (SnapshotFile file : SnapshotFile.values()) {
            if (file != SnapshotFile.MANIFEST && !RECORDED_ONLY.contains(file) && command.contains(signature(file))) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /**
     * What identifies a snapshot file's command in a command line: a native tool with its arguments
     * ({@code dsregcmd /status}), or a PowerShell cmdlet by its name ({@code get-netroute}).
     */
    static String signature(SnapshotFile file) {
        String command = file.command();
        int end = command.length();
        for (char stop : new char[] { ';', '|' }) {
            int at = command.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String first = command.substring(0, end).strip().toLowerCase(Locale.ROOT);
        if (first.matches("[a-z]+-[a-z]+(\\s.*)?")) {
            return first.split("\\s")[0];
        }
        return first;
    }

    /** Lower case, no {@code .exe}, no folders in front of a program, single spaces. */
    static String normalise(String commandLine) {
        return commandLine.toLowerCase(Locale.ROOT).replaceAll("\\.exe\\b", "")
                .replaceAll("(?<=^|[\\s\"'])(?:[a-z]:)?[\\\\/]?(?:[^\\s\"'\\\\/]+[\\\\/])+(?=[^\\s\"'\\\\/]+)", "")
                .replaceAll("\\s+", " ");
    }

    /**
     * The file name of every piece of raw evidence in the export, in session order:
     * {@code evidence/007-registration.dsregcmd-dsregcmd-status.txt}.
     */
    public static Map<RawEvidence, String> fileNames(Session session) {
        Map<RawEvidence, String> names = new IdentityHashMap<>();
        int total = session.getObservations().stream().mapToInt(o -> o.getEvidence().size()).sum();
        int width = Math.max(3, Integer.toString(total).length());
        int number = 0;
        for (Observation observation : session.getObservations()) {
            for (RawEvidence evidence : observation.getEvidence()) {
                number++;
                String prefix = String.format(Locale.ROOT, "%0" + width + "d", number);
                names.put(evidence, ExportLayout.EVIDENCE_FOLDER + prefix + "-" + slug(observation.getProbeId(), 40)
                        + "-" + baseName(evidence));
            }
        }
        return names;
    }

    private static String baseName(RawEvidence evidence) {
        Optional<SnapshotFile> known = recognise(evidence);
        if (known.isPresent()) {
            return known.get().fileName();
        }
        String named = evidence.getFileName();
        if (named != null && !named.isBlank()) {
            String name = named.replace('\\', '/');
            String last = slug(name.substring(name.lastIndexOf('/') + 1), 60);
            return last.contains(".") ? last : last + ".txt";
        }
        String content = evidence.getContent() == null ? "" : evidence.getContent().strip();
        String extension = content.startsWith("{") || content.startsWith("[") ? ".json" : ".txt";
        return slug(evidence.getSource() == null ? "output" : evidence.getSource(), 48) + extension;
    }

    /** Letters, digits, dots and dashes only: safe in a zip on every file system. */
    static String slug(String text, int maxLength) {
        String slug = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("\\.{2,}", ".").replaceAll("^[-.]+|[-.]+$", "");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength).replaceAll("[-.]+$", "");
        }
        return slug.isEmpty() ? "output" : slug;
    }
}
