package org.triage.core.target;

import java.time.Duration;
import java.time.Instant;

/**
 * The workstation's clock against a reference, and what its time service says of itself.
 *
 * @param localTime      the workstation's clock (UTC) when the reference was read
 * @param referenceTime  the reference's time then, e.g. the {@code Date} header of https://login.microsoftonline.com/;
 *                       null where none could be read
 * @param reference      what the reference is, e.g. {@code https://login.microsoftonline.com/ (Date header)}
 * @param service        what {@code w32tm /query /status} says; null where it could not be read
 */
public record ClockReading(Instant localTime, Instant referenceTime, String reference, TimeService service) {

    /**
     * The skew Entra ID and Kerberos tolerate: Kerberos recommends five minutes (MS-KILE 1.5, RFC 4120), and the
     * Microsoft identity libraries validate token times with a default clock skew of 300 seconds.
     */
    public static final Duration TOLERATED_SKEW = Duration.ofMinutes(5);

    /** How far the workstation's clock is ahead of the reference (negative: behind); null where not known. */
    public Duration offset() {
        return localTime == null || referenceTime == null ? null : Duration.between(referenceTime, localTime);
    }

    /**
     * The Windows Time service's status as {@code w32tm /query /status} prints it.
     *
     * @param source               {@code Source}, e.g. {@code time.windows.com,0x9} or {@code Local CMOS Clock}
     * @param lastSuccessfulSync   {@code Last Successful Sync Time} as printed (in the local time and language)
     * @param neverSynchronized    whether the service has never synchronised ({@code unspecified}, leap indicator 3,
     *                             or a local clock as its source)
     * @param phaseOffsetSeconds   {@code Phase Offset} of {@code /verbose}; null where not printed
     * @param lastSyncError        {@code Last Sync Error} of {@code /verbose}; null where not printed
     */
    public record TimeService(String source, String lastSuccessfulSync, boolean neverSynchronized, Integer leapIndicator,
            Integer stratum, Double phaseOffsetSeconds, String lastSyncError) {
    }
}
