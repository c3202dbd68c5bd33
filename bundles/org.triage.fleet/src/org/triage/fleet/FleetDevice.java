package org.triage.fleet;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A device as the fleet index knows it: its newest snapshot, that snapshot's findings and grouping facts.
 *
 * @param device the device's key (its host name, upper case; or the file name where the snapshot names no host)
 * @param hostname the host name the snapshot records, null where it records none
 * @param snapshot the file or folder of the newest snapshot, as it was found when ingested
 * @param kind {@code snapshot} or {@code export}
 * @param sha256 the content hash of that file
 * @param collectedAt when the snapshot was collected, null where unknown
 * @param facts the grouping facts; a dimension whose value is unknown is absent
 */
public record FleetDevice(String device, String hostname, Path snapshot, String kind, String sha256,
        OffsetDateTime collectedAt, Map<Dimension, String> facts, List<FleetFinding> findings) {

    /** The target spec that opens this device's snapshot in the console or {@code triage diagnose --target}. */
    public String targetSpec() {
        return kind + ":" + snapshot;
    }

    public String fact(Dimension dimension) {
        return facts.get(dimension);
    }

    public boolean has(String causeId) {
        return findings.stream().anyMatch(finding -> finding.causeId().equals(causeId));
    }
}
