package org.triage.fleet;

/** One cause found on a device's snapshot, with its severity ({@code info}, {@code warning}, {@code error}). */
public record FleetFinding(String causeId, String severity) {
}
