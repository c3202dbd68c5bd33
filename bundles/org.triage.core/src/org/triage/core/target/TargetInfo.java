package org.triage.core.target;

import java.time.Instant;

/**
 * @param kind     demo, local, snapshot or export
 * @param location what was opened (scenario, path)
 * @param readOnly true where the target only observes: its fixes become instructions for the user
 */
public record TargetInfo(String kind, String location, String hostname, String os, String user,
        Instant collectedAt, boolean readOnly) {
}
