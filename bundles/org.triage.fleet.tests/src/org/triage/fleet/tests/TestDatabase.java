package org.triage.fleet.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import org.triage.fleet.FleetException;
import org.triage.fleet.FleetIndex;

/**
 * The two databases every fleet test runs against. PostgreSQL is the throwaway cluster that test.sh starts on
 * 127.0.0.1 ({@code TRIAGE_FLEET_TEST_PG_URL}, credentials in {@code TRIAGE_FLEET_DB_USER} /
 * {@code TRIAGE_FLEET_DB_PASSWORD}); each test gets a database of its own. Without it the test fails: a check that
 * is skipped where the server is missing would be no check.
 */
public enum TestDatabase {
    H2, POSTGRESQL;

    /** A fresh, empty index: H2 in the folder, or a new PostgreSQL database. */
    public FleetIndex open(Path folder) throws FleetException {
        return this == H2 ? FleetIndex.open(folder) : FleetIndex.open(url(folder));
    }

    /** The JDBC URL of a fresh database (H2: a file in the folder, with the folder's own name). */
    public String url(Path folder) {
        if (this == H2) {
            return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("fleet").resolve("fleet");
        }
        String server = System.getenv("TRIAGE_FLEET_TEST_PG_URL");
        if (server == null || server.isBlank()) {
            throw new IllegalStateException("no PostgreSQL server for the fleet tests: run them through ./test.sh, "
                    + "which starts one (Debian: apt-get install postgresql), or set TRIAGE_FLEET_TEST_PG_URL, "
                    + "TRIAGE_FLEET_DB_USER and TRIAGE_FLEET_DB_PASSWORD");
        }
        String name = "fleet_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server + ": " + e.getMessage(), e);
        }
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }

    static Connection connect(String url) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv().getOrDefault("TRIAGE_FLEET_DB_USER", ""));
        credentials.setProperty("password", System.getenv().getOrDefault("TRIAGE_FLEET_DB_PASSWORD", ""));
        Connection connection = new org.postgresql.Driver().connect(url, credentials);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver does not accept " + url);
        }
        return connection;
    }

    /** A plain connection to an index's database, to look at its tables directly. */
    public static Connection connectTo(String url) throws SQLException {
        if (url.startsWith("jdbc:h2:")) {
            Properties sa = new Properties();
            sa.setProperty("user", System.getenv().getOrDefault("TRIAGE_FLEET_DB_USER", "sa"));
            sa.setProperty("password", System.getenv().getOrDefault("TRIAGE_FLEET_DB_PASSWORD", ""));
            return new org.h2.Driver().connect(url, sa);
        }
        return connect(url);
    }
}
