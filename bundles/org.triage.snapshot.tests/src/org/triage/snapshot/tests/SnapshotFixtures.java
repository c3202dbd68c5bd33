package org.triage.snapshot.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.triage.core.target.Target;
import org.triage.model.Session;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.ReportTrees;
import org.triage.tests.harness.Samples;

import com.google.gson.JsonElement;

/** Working copies of the sample snapshots: folders to break, zips built the ways Windows builds them. */
final class SnapshotFixtures {

    private SnapshotFixtures() {
    }

    /** A copy of the sample's folder in {@code parent}, under the sample's name. */
    static Path copyOf(String sample, Path parent) throws IOException {
        Path copy = Files.createDirectories(parent.resolve(sample));
        for (Map.Entry<String, byte[]> file : files(Samples.snapshot(sample)).entrySet()) {
            Files.write(copy.resolve(file.getKey()), file.getValue());
        }
        return copy;
    }

    /** The files of a snapshot folder by name, in name order. */
    static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /**
     * Zips a snapshot folder: with {@code topFolder} null the files sit at the root, otherwise inside
     * that folder, joined with {@code separator} (Compress-Archive of Windows PowerShell 5.1 wrote '\').
     */
    static Path zip(Path folder, Path zipFile, String topFolder, char separator) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        files(folder).forEach((name, bytes) -> entries.put(topFolder == null ? name : topFolder + separator + name,
                bytes));
        return zip(zipFile, entries);
    }

    static Path zip(Path zipFile, Map<String, byte[]> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return zipFile;
    }

    /** The report entries of the observations of every probe but {@code probeId}, for comparing two runs. */
    static List<JsonElement> observationsOtherThan(Session session, String probeId) {
        List<JsonElement> others = new ArrayList<>();
        for (JsonElement observation : ReportTrees.comparable(session).getAsJsonArray("observations")) {
            if (!probeId.equals(observation.getAsJsonObject().get("probe").getAsString())) {
                others.add(observation);
            }
        }
        return others;
    }

    /** Opens {@code snapshot:PATH} as the product does and diagnoses it without a symptom given. */
    static Session diagnose(Path snapshot) throws Exception {
        try (Target target = Diagnoses.open("snapshot:" + snapshot)) {
            return Diagnoses.diagnose(target);
        }
    }
}
