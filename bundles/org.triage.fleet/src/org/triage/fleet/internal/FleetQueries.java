package org.triage.fleet.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.triage.fleet.Dimension;
import org.triage.fleet.FleetCell;
import org.triage.fleet.FleetDevice;
import org.triage.fleet.FleetException;
import org.triage.fleet.FleetFinding;
import org.triage.fleet.FleetReport;
import org.triage.fleet.FleetReport.CauseCount;
import org.triage.fleet.FleetReport.CellCount;
import org.triage.fleet.FleetReport.Combination;
import org.triage.fleet.UnreadableFile;

/** The report and drill-down queries: standard SQL that H2 and PostgreSQL run alike. */
public final class FleetQueries {

    public static final int TOP_COMBINATIONS = 10;

    private final FleetDatabase database;

    public FleetQueries(FleetDatabase database) {
        this.database = database;
    }

    private static String sinceClause(LocalDate since) {
        return since == null ? "" : " AND d.collected_at >= ?";
    }

    private static int bindSince(PreparedStatement statement, int index, LocalDate since) throws SQLException {
        if (since != null) {
            statement.setObject(index++, since.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return index;
    }

    public FleetReport report(LocalDate since) throws FleetException {
        Connection connection = database.borrow();
        try {
            int devices;
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM device_latest d WHERE 1 = 1" + sinceClause(since))) {
                bindSince(count, 1, since);
                devices = single(count);
            }
            int unreadable;
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM snapshot WHERE status = 'unreadable'")) {
                unreadable = single(count);
            }
            List<CauseCount> causes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT f.cause_id, COUNT(*) FROM device_latest d "
                    + "JOIN finding f ON f.sha256 = d.sha256 WHERE 1 = 1" + sinceClause(since)
                    + " GROUP BY f.cause_id ORDER BY COUNT(*) DESC, f.cause_id")) {
                bindSince(query, 1, since);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        causes.add(new CauseCount(rows.getString(1), rows.getInt(2)));
                    }
                }
            }
            Map<Dimension, List<CellCount>> breakdowns = new EnumMap<>(Dimension.class);
            for (Dimension dimension : Dimension.values()) {
                List<CellCount> cells = new ArrayList<>();
                String column = "d." + dimension.column();
                try (PreparedStatement query = connection.prepareStatement("SELECT " + column + ", COUNT(*) "
                        + "FROM device_latest d WHERE 1 = 1" + sinceClause(since) + " GROUP BY " + column
                        + " ORDER BY COUNT(*) DESC, " + column)) {
                    bindSince(query, 1, since);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            cells.add(new CellCount(null, dimension, text(rows.getObject(1)), rows.getInt(2)));
                        }
                    }
                }
                try (PreparedStatement query = connection.prepareStatement("SELECT f.cause_id, " + column
                        + ", COUNT(*) FROM device_latest d JOIN finding f ON f.sha256 = d.sha256 WHERE 1 = 1"
                        + sinceClause(since) + " GROUP BY f.cause_id, " + column + " ORDER BY f.cause_id, COUNT(*) DESC, "
                        + column)) {
                    bindSince(query, 1, since);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            cells.add(new CellCount(rows.getString(1), dimension, text(rows.getObject(2)),
                                    rows.getInt(3)));
                        }
                    }
                }
                breakdowns.put(dimension, List.copyOf(cells));
            }
            List<Combination> combinations = new ArrayList<>();
            String columns = FleetReport.COMBINATION_DIMENSIONS.stream().map(d -> "d." + d.column())
                    .collect(Collectors.joining(", "));
            try (PreparedStatement query = connection.prepareStatement("SELECT f.cause_id, " + columns
                    + ", COUNT(*) FROM device_latest d JOIN finding f ON f.sha256 = d.sha256 WHERE 1 = 1"
                    + sinceClause(since) + " GROUP BY f.cause_id, " + columns + " ORDER BY COUNT(*) DESC, f.cause_id, "
                    + columns + " FETCH FIRST " + TOP_COMBINATIONS + " ROWS ONLY")) {
                bindSince(query, 1, since);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Map<Dimension, String> facts = new LinkedHashMap<>();
                        int i = 2;
                        for (Dimension dimension : FleetReport.COMBINATION_DIMENSIONS) {
                            facts.put(dimension, text(rows.getObject(i++)));
                        }
                        combinations.add(new Combination(rows.getString(1), facts, rows.getInt(i)));
                    }
                }
            }
            return new FleetReport(Instant.now(), since, database.url(), devices, unreadable, List.copyOf(causes),
                    breakdowns, List.copyOf(combinations));
        } catch (SQLException e) {
            throw new FleetException("cannot read the fleet index " + database.url() + ": " + e.getMessage(), e);
        } finally {
            database.giveBack(connection);
        }
    }

    /** Dates come back as java.sql.Date (H2, PostgreSQL): shown as ISO dates. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value.toString();
    }

    private static int single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The devices in a cell of the report, by device key. */
    public List<FleetDevice> devices(FleetCell cell) throws FleetException {
        StringBuilder sql = new StringBuilder("SELECT d.device, d.hostname, d.path, d.kind, d.sha256, d.collected_at");
        for (Dimension dimension : Dimension.values()) {
            sql.append(", d.").append(dimension.column());
        }
        sql.append(" FROM device_latest d WHERE 1 = 1").append(sinceClause(cell.since()));
        if (cell.causeId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM finding f WHERE f.sha256 = d.sha256 AND f.cause_id = ?)");
        }
        if (cell.dimension() != null) {
            sql.append(" AND d.").append(cell.dimension().column())
                    .append(cell.value() == null ? " IS NULL" : " = ?");
        }
        sql.append(" ORDER BY d.device");
        Connection connection = database.borrow();
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            int i = bindSince(query, 1, cell.since());
            if (cell.causeId() != null) {
                query.setString(i++, cell.causeId());
            }
            if (cell.dimension() != null && cell.value() != null) {
                if (cell.dimension() == Dimension.DAY) {
                    query.setObject(i++, LocalDate.parse(cell.value()));
                } else {
                    query.setString(i++, cell.value());
                }
            }
            List<FleetDevice> devices = new ArrayList<>();
            Map<String, List<FleetFinding>> findings = new LinkedHashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<Dimension, String> facts = new EnumMap<>(Dimension.class);
                    int column = 7;
                    for (Dimension dimension : Dimension.values()) {
                        String value = text(rows.getObject(column++));
                        if (value != null) {
                            facts.put(dimension, value);
                        }
                    }
                    String sha256 = rows.getString(5);
                    List<FleetFinding> own = new ArrayList<>();
                    findings.put(sha256, own);
                    devices.add(new FleetDevice(rows.getString(1), rows.getString(2), Path.of(rows.getString(3)),
                            rows.getString(4), sha256, rows.getObject(6, OffsetDateTime.class), facts, own));
                }
            }
            if (!devices.isEmpty()) {
                readFindings(connection, findings);
            }
            return devices.stream().map(device -> new FleetDevice(device.device(), device.hostname(),
                    device.snapshot(), device.kind(), device.sha256(), device.collectedAt(), device.facts(),
                    List.copyOf(device.findings()))).toList();
        } catch (SQLException e) {
            throw new FleetException("cannot read the fleet index " + database.url() + ": " + e.getMessage(), e);
        } finally {
            database.giveBack(connection);
        }
    }

    /** The findings of the newest snapshots, read in one pass over the view rather than one query per device. */
    private static void readFindings(Connection connection, Map<String, List<FleetFinding>> findings)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT f.sha256, f.cause_id, f.severity "
                + "FROM finding f JOIN device_latest d ON d.sha256 = f.sha256 ORDER BY f.sha256, f.cause_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                List<FleetFinding> own = findings.get(rows.getString(1));
                if (own != null) {
                    own.add(new FleetFinding(rows.getString(2), rows.getString(3)));
                }
            }
        }
    }

    public List<UnreadableFile> unreadable() throws FleetException {
        Connection connection = database.borrow();
        try (PreparedStatement query = connection.prepareStatement("SELECT path, sha256, reason, ingested_at "
                + "FROM snapshot WHERE status = 'unreadable' ORDER BY path");
                ResultSet rows = query.executeQuery()) {
            List<UnreadableFile> files = new ArrayList<>();
            while (rows.next()) {
                files.add(new UnreadableFile(Path.of(rows.getString(1)), rows.getString(2), rows.getString(3),
                        rows.getObject(4, OffsetDateTime.class)));
            }
            return files;
        } catch (SQLException e) {
            throw new FleetException("cannot read the fleet index " + database.url() + ": " + e.getMessage(), e);
        } finally {
            database.giveBack(connection);
        }
    }

    /** How many files (snapshots and exports, readable or not) the index holds. */
    public int files() throws FleetException {
        Connection connection = database.borrow();
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM snapshot")) {
            return single(count);
        } catch (SQLException e) {
            throw new FleetException("cannot read the fleet index " + database.url() + ": " + e.getMessage(), e);
        } finally {
            database.giveBack(connection);
        }
    }
}
