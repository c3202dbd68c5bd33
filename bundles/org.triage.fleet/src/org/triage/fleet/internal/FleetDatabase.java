package org.triage.fleet.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.triage.fleet.FleetException;

/**
 * The connection to the fleet index: H2 embedded in a file, or PostgreSQL. Connections are handed out from a small
 * pool (one per ingest worker); the drivers are instantiated directly, as OSGi hides them from DriverManager.
 */
public final class FleetDatabase implements AutoCloseable {

    public enum Kind {
        H2, POSTGRESQL
    }

    private final Kind kind;
    private final String url;
    private final Properties credentials;
    private final Driver driver;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(64);
    private final List<Connection> all = new ArrayList<>();

    private FleetDatabase(Kind kind, String url, Properties credentials, Driver driver) {
        this.kind = kind;
        this.url = url;
        this.credentials = credentials;
        this.driver = driver;
    }

    /** H2 in {@code folder/fleet.mv.db}; each commit is written through before it returns. */
    public static FleetDatabase h2(Path folder) throws FleetException {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("fleet") + ";WRITE_DELAY=0";
        Properties credentials = new Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", "");
        return connect(Kind.H2, url, credentials);
    }

    /**
     * A database named by a JDBC URL ({@code jdbc:postgresql://HOST[:PORT]/DB} or {@code jdbc:h2:...}); a user or
     * password in the URL is refused, as a command line is seen by every user of the machine.
     */
    public static FleetDatabase of(String url, FleetCredentials.Source credentials) throws FleetException {
        String lower = url.toLowerCase(Locale.ROOT);
        refuseSecretsIn(url);
        if (lower.startsWith("jdbc:h2:")) {
            Properties properties = credentials.find(url).orElseGet(() -> {
                Properties sa = new Properties();
                sa.setProperty("user", "sa");
                sa.setProperty("password", "");
                return sa;
            });
            // a commit is on disk before it returns, so that a killed process loses nothing it committed
            return connect(Kind.H2, lower.contains("write_delay") ? url : url + ";WRITE_DELAY=0", properties);
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            Properties properties = credentials.find(url).orElseThrow(() -> new FleetException("no credentials for "
                    + url + ": set TRIAGE_FLEET_DB_USER and TRIAGE_FLEET_DB_PASSWORD, or store them in the secure "
                    + "storage with 'triage fleet login --db " + url + "'"));
            return connect(Kind.POSTGRESQL, url, properties);
        }
        throw new FleetException("the fleet index is in H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql://...); not "
                + url);
    }

    static void refuseSecretsIn(String url) throws FleetException {
        int query = url.indexOf('?');
        String params = query < 0 ? "" : url.substring(query + 1);
        for (String part : params.split("[&;]")) {
            String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
            if (isSecretName(name)) {
                throw new FleetException("the database URL carries '" + name + "': credentials never go on the "
                        + "command line; set TRIAGE_FLEET_DB_USER and TRIAGE_FLEET_DB_PASSWORD or use the secure "
                        + "storage ('triage fleet login --db URL')");
            }
        }
        // H2 takes settings after semicolons; PostgreSQL URLs may carry user:password@ before the host
        for (String part : url.split(";")) {
            String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : "";
            if (isSecretName(name.trim())) {
                throw new FleetException("the database URL carries '" + name.trim() + "': credentials never go on the "
                        + "command line; set TRIAGE_FLEET_DB_USER and TRIAGE_FLEET_DB_PASSWORD instead");
            }
        }
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            try {
                URI uri = new URI(url.substring("jdbc:".length()));
                if (uri.getRawUserInfo() != null) {
                    throw new FleetException("the database URL carries a user name or password before the host: "
                            + "credentials never go on the command line; set TRIAGE_FLEET_DB_USER and "
                            + "TRIAGE_FLEET_DB_PASSWORD instead");
                }
            } catch (URISyntaxException e) {
                throw new FleetException("not a PostgreSQL URL: " + e.getMessage(), e);
            }
        }
    }

    private static boolean isSecretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("user") || lower.equals("password") || lower.equals("sslpassword")
                || lower.equals("username");
    }

    private static FleetDatabase connect(Kind kind, String url, Properties credentials) throws FleetException {
        Driver driver = kind == Kind.H2 ? new org.h2.Driver() : new org.postgresql.Driver();
        FleetDatabase database = new FleetDatabase(kind, url, credentials, driver);
        // connect once now, so that a wrong URL, a locked file or a refused login is said at open
        Connection first = database.borrow();
        database.giveBack(first);
        return database;
    }

    public Kind kind() {
        return kind;
    }

    /** The URL, for messages and reports (it never holds credentials). */
    public String url() {
        return url;
    }

    public Connection borrow() throws FleetException {
        Connection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        try {
            Connection opened = driver.connect(url, credentials);
            if (opened == null) {
                throw new FleetException("no driver accepts " + url);
            }
            synchronized (all) {
                all.add(opened);
            }
            return opened;
        } catch (SQLException e) {
            throw new FleetException(explain(e), e);
        }
    }

    public void giveBack(Connection connection) {
        try {
            if (connection.isClosed()) {
                return;
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            return;
        }
        if (!idle.offer(connection)) {
            closeQuietly(connection);
        }
    }

    private String explain(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (kind == Kind.H2 && (e.getErrorCode() == 90020 || message.contains("already in use"))) {
            return "the fleet index " + url + " is in use by another process (the console or another ingest); "
                    + "close it and try again";
        }
        if ("28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())) {
            return "the database refused the login for " + url + ": " + message;
        }
        if ("08001".equals(e.getSQLState()) || "08006".equals(e.getSQLState())) {
            return "cannot reach the database " + url + ": " + message;
        }
        return "cannot open the fleet index " + url + ": " + message;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing is all that is left to do
        }
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(FleetDatabase::closeQuietly);
            all.clear();
        }
        idle.clear();
    }
}
