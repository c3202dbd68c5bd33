package org.triage.export;

/**
 * How big an export may be when it is opened, whatever its directory claims: a hostile or broken archive must
 * not exhaust memory. The defaults hold a session of well over 10,000 observations, and stay within a sixth of the
 * heap: reading an entry briefly holds it twice, and the entries share the heap with the model read from them and
 * the diagnosis run on it. {@code session.xmi} is held to the smaller limit of
 * {@link org.triage.model.io.SessionFiles#maxBytes()}, since a session takes several times its size once loaded.
 */
public record ExportLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

    private static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    private static final long MAX_TOTAL_BYTES = 768L * 1024 * 1024;

    public static final ExportLimits DEFAULT = forHeap(Runtime.getRuntime().maxMemory());

    /** The default limits for a runtime whose heap may grow to {@code maxHeapBytes}. */
    public static ExportLimits forHeap(long maxHeapBytes) {
        long total = Math.min(MAX_TOTAL_BYTES, maxHeapBytes / 6);
        return new ExportLimits(200_000, Math.min(MAX_ENTRY_BYTES, total / 2), total);
    }
}
