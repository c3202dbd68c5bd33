package org.triage.core.target;

import java.time.Instant;

/**
 * What the target itself knows of the problem: a demo scenario's symptom, a snapshot's note. The CLI
 * and console use it where the operator gave nothing else.
 *
 * @param passwordChangedAt when the user last changed the password, where known
 */
public record ReportedProblem(String code, String application, String description, Instant passwordChangedAt) {
}
