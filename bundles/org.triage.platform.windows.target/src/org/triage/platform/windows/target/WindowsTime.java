package org.triage.platform.windows.target;

import java.time.Instant;

/** Windows {@code FILETIME}: 100-nanosecond intervals since 1601-01-01 UTC. */
public final class WindowsTime {

    /** Seconds from 1601-01-01 to 1970-01-01. */
    private static final long EPOCH_DIFFERENCE_SECONDS = 11_644_473_600L;

    private WindowsTime() {
    }

    /** The instant of a FILETIME given as its two DWORDs; null for zero (never written). */
    public static Instant fromFileTime(int lowDateTime, int highDateTime) {
        return fromFileTime(((long) highDateTime << 32) | (lowDateTime & 0xFFFF_FFFFL));
    }

    /** The instant of a FILETIME; null for zero (never written). */
    public static Instant fromFileTime(long fileTime) {
        if (fileTime == 0) {
            return null;
        }
        long seconds = Long.divideUnsigned(fileTime, 10_000_000L) - EPOCH_DIFFERENCE_SECONDS;
        long nanos = Long.remainderUnsigned(fileTime, 10_000_000L) * 100;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    public static long toFileTime(Instant instant) {
        return (instant.getEpochSecond() + EPOCH_DIFFERENCE_SECONDS) * 10_000_000L + instant.getNano() / 100;
    }
}
