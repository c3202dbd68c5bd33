package org.triage.formats;

import java.util.List;
import java.util.Optional;

/**
 * {@code w32tm /query /status [/verbose]} as read. Values are kept as printed where they are in the display language
 * (the sync time, the source); numbers are read where they lead the value.
 *
 * @param serviceError the one line w32tm prints instead of the status, where it did ({@code The following error
 *                     occurred: The service has not been started. (0x80070426)})
 * @param lastSuccessfulSync as printed, in the local time and format of the workstation ({@code unspecified} where it
 *                     never synchronised)
 * @param referenceId  {@code ReferenceId}'s hexadecimal number; 0 where there is no reference
 * @param lastSyncError {@code Last Sync Error} of {@code /verbose}, its number and text
 */
public record W32tmStatus(Optional<String> serviceError, Optional<Integer> leapIndicator, Optional<Integer> stratum,
        Optional<Long> referenceId, Optional<String> lastSuccessfulSync, Optional<String> source,
        Optional<Double> phaseOffsetSeconds, Optional<String> lastSyncError, List<ParseProblem> problems,
        boolean recognised) implements FormatResult {

    /** Leap indicator 3: the clock is not synchronised. */
    public static final int NOT_SYNCHRONIZED = 3;

    public W32tmStatus {
        problems = List.copyOf(problems);
    }

    /**
     * Whether the service has no synchronised time: leap indicator 3, no reference (ReferenceId 0), or the local
     * CMOS or free-running clock as its source (a reference named {@code LOCL}).
     */
    public boolean neverSynchronized() {
        return leapIndicator.map(value -> value == NOT_SYNCHRONIZED).orElse(false)
                || referenceId.map(value -> value == 0L || value == 0x4C4F434CL).orElse(false);
    }
}
