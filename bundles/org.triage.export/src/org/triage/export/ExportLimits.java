package org.triage.export;

/**
 * How big an export may be when it is opened, whatever its directory claims: a hostile or broken archive must
 * not exhaust memory. The defaults hold a session of well over 10,000 observations, and stay within a third of the
 * heap, which the entries and the model read from them share.
 */
public record ExportLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

    private static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    private static final long MAX_TOTAL_BYTES = 768L * 1024 * 1024;

    public static final ExportLimits DEFAULT = forHeap(Runtime.getRuntime().maxMemory());

    /** The default limits for a runtime whose heap may grow to {@code maxHeapBytes}. */
    public static ExportLimits forHeap(long maxHeapBytes) {
        long total = Math.min(MAX_TOTAL_BYTES, maxHeapBytes / 3);
        return new ExportLimits(200_000, Math.min(MAX_ENTRY_BYTES, total), total);
    }
}
