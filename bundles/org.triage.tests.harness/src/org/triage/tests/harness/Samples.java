package org.triage.tests.harness;

import java.nio.file.Files;
import java.nio.file.Path;

/** The sample snapshots kept in {@code bundles/org.triage.snapshot.tests/resources/snapshots}. */
public final class Samples {

    /** The failing case: stale credentials, no PRT, full-tunnel VPN; UTF-16LE files. */
    public static final String CONTOSO = "contoso-0x8004de40";
    /** The failing case with credentials.json, adapters.json and winhttp-proxy.json beside the text files. */
    public static final String CONTOSO_JSON = "contoso-0x8004de40-json";
    /** The healthy case on a split-tunnel VPN; UTF-8 with BOM files. */
    public static final String FABRIKAM = "fabrikam-healthy";

    private static final String FOLDER = "bundles/org.triage.snapshot.tests/resources/snapshots";

    private Samples() {
    }

    /** The sample's folder, found above the working directory (tests run in their bundle's folder). */
    public static Path snapshot(String name) {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path sample = dir.resolve(FOLDER).resolve(name);
            if (Files.isDirectory(sample)) {
                return sample;
            }
        }
        throw new IllegalStateException("no sample snapshot " + name + " in " + FOLDER + " above " + start);
    }
}
