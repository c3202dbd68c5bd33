package org.triage.export;

/**
 * How big an export may be when it is opened, whatever its directory claims: a hostile or broken archive must
 * not exhaust memory. The defaults hold a session of well over 10,000 observations.
 */
public record ExportLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

    public static final ExportLimits DEFAULT = new ExportLimits(200_000, 256L * 1024 * 1024, 768L * 1024 * 1024);
}
