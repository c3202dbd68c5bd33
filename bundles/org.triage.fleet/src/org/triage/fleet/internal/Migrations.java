package org.triage.fleet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.triage.fleet.FleetException;

/**
 * Brings the fleet index's schema up to date on open: the numbered scripts {@code migrations/V1.sql},
 * {@code V2.sql}, ... beside this class, each applied once in its own transaction and recorded in
 * {@code schema_version}. (PostgreSQL rolls a failed script back whole; H2 commits each DDL statement, so the scripts
 * are written to be re-runnable.)
 */
public final class Migrations {

    private Migrations() {
    }

    /** The scripts this build knows, in order. */
    public static List<String> scripts() throws FleetException {
        List<String> scripts = new ArrayList<>();
        for (int version = 1;; version++) {
            try (InputStream in = Migrations.class.getResourceAsStream("migrations/V" + version + ".sql")) {
                if (in == null) {
                    return scripts;
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new FleetException("cannot read migration V" + version + ": " + e.getMessage(), e);
            }
        }
    }

    /** The schema version after migrating. */
    public static int migrate(FleetDatabase database) throws FleetException {
        List<String> scripts = scripts();
        Connection connection = database.borrow();
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                        + "description VARCHAR(400) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            int current = current(connection);
            if (current > scripts.size()) {
                throw new FleetException("the fleet index " + database.url() + " has schema version " + current
                        + ", newer than this Triage Console knows (" + scripts.size() + "); update Triage Console");
            }
            for (int version = current + 1; version <= scripts.size(); version++) {
                apply(connection, version, scripts.get(version - 1));
            }
            return scripts.size();
        } catch (SQLException e) {
            throw new FleetException("cannot migrate the fleet index " + database.url() + ": " + e.getMessage(), e);
        } finally {
            database.giveBack(connection);
        }
    }

    static int current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void apply(Connection connection, int version, String script) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (String sql : statements(script)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                record.setInt(1, version);
                record.setString(2, description(script));
                record.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            // another process may have applied it meanwhile: that is as good
            if (current(connection) < version) {
                throw e;
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The statements of a script: separated by a semicolon at the end of a line; comment lines left out. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\r?\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String description(String script) {
        String first = script.lines().findFirst().orElse("").strip();
        return first.startsWith("--") ? first.substring(2).strip() : "";
    }
}
