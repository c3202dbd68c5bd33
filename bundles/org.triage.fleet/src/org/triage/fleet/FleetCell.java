package org.triage.fleet;

import java.time.LocalDate;

/**
 * A cell of the fleet report to drill into: the devices (newest snapshots collected since {@code since}) with the
 * cause and whose {@code dimension} has {@code value}. A null cause means any device; a null dimension means no
 * grouping; a null value with a dimension means the devices whose value is unknown.
 */
public record FleetCell(String causeId, Dimension dimension, String value, LocalDate since) {

    public static FleetCell all(LocalDate since) {
        return new FleetCell(null, null, null, since);
    }

    public static FleetCell cause(String causeId, LocalDate since) {
        return new FleetCell(causeId, null, null, since);
    }

    public static FleetCell of(String causeId, Dimension dimension, String value, LocalDate since) {
        return new FleetCell(causeId, dimension, value, since);
    }
}
