package org.triage.fleet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the fleet index says about the devices whose newest snapshot was collected on or after {@code since} (UTC;
 * null: all).
 *
 * @param devices the devices counted
 * @param unreadable the files recorded as unreadable (any time)
 * @param causes devices affected by each cause, most first
 * @param breakdowns for each dimension, the devices per value for each cause, and per value for all devices (cause
 *        null: the denominator)
 * @param topCombinations the cause with the grouping facts that most devices share, most first
 */
public record FleetReport(Instant createdAt, LocalDate since, String database, int devices, int unreadable,
        List<CauseCount> causes, Map<Dimension, List<CellCount>> breakdowns, List<Combination> topCombinations) {

    /** How many devices have the cause. */
    public record CauseCount(String causeId, int devices) {
    }

    /** How many devices with the cause (null: any) have the value (null: unknown) of the dimension. */
    public record CellCount(String causeId, Dimension dimension, String value, int devices) {

        public FleetCell cell(LocalDate since) {
            return FleetCell.of(causeId, dimension, value, since);
        }
    }

    /** A cause with the facts (VPN client, gateway, tunnel mode, site, OS build) that {@code devices} share. */
    public record Combination(String causeId, Map<Dimension, String> facts, int devices) {
    }

    /** The dimensions a combination is made of. */
    public static final List<Dimension> COMBINATION_DIMENSIONS = List.of(Dimension.VPN_CLIENT, Dimension.GATEWAY,
            Dimension.TUNNEL_MODE, Dimension.SITE, Dimension.OS_BUILD);

    public int devicesWith(String causeId) {
        return causes.stream().filter(count -> count.causeId().equals(causeId)).mapToInt(CauseCount::devices).sum();
    }

    public List<CellCount> breakdown(Dimension dimension, String causeId) {
        return breakdowns.getOrDefault(dimension, List.of()).stream()
                .filter(cell -> causeId == null ? cell.causeId() == null : causeId.equals(cell.causeId())).toList();
    }
}
