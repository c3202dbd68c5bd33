package org.triage.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.triage.tests.harness.FleetGenerator;
import org.triage.tests.harness.Samples;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Kills the built product's {@code triage fleet ingest} with SIGKILL midway (no shutdown hook, no close of the
 * database), against the default H2 index in its state folder and against PostgreSQL: every file it said was
 * committed ({@code --list}) is in the index whole, its findings with it; the next run records exactly the rest and
 * nothing twice; and the index and report end as those of the same snapshots ingested in one uninterrupted run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FleetIngestKillTest {

    private static final int FILES = 40;
    private static final int KILL_AFTER = 8;

    /** The two databases of a fleet index; PostgreSQL is the throwaway server that test.sh starts on 127.0.0.1. */
    enum Database {
        H2, POSTGRESQL
    }

    private Path work;
    private ProductUnderTest product;
    private Path share;

    @BeforeAll
    void extractTheProductAndGenerateTheShare() throws Exception {
        work = Environment.work("fleet-kill");
        product = ProductUnderTest.extract(Environment.productArchive(), work.resolve("product"));
        share = work.resolve("share");
        new FleetGenerator(Samples.snapshot(Samples.CONTOSO).getParent()).generate(share, FILES, 11);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void killingTheIngestMidwayLosesNothingCommittedAndTheNextRunFinishes(Database database) throws Exception {
        // H2: the product's default index in its state folder; PostgreSQL: --db, credentials from the environment
        ProductUnderTest killed = product.withTriageHome(work.resolve(database + "-killed"));
        ProductUnderTest uninterrupted = product.withTriageHome(work.resolve(database + "-uninterrupted"));
        List<String> killedDb = database == Database.H2 ? List.of() : List.of("--db", newPostgresDatabase());
        List<String> uninterruptedDb = database == Database.H2 ? List.of() : List.of("--db", newPostgresDatabase());
        String killedUrl = database == Database.H2 ? h2Url(killed) : killedDb.get(1);
        String uninterruptedUrl = database == Database.H2 ? h2Url(uninterrupted) : uninterruptedDb.get(1);

        Command.Result reference = uninterrupted.triage(ingest(uninterruptedDb));
        assertEquals(0, reference.exit(), reference::toString);
        assertTrue(reference.out().contains(FILES + " file(s) found: " + FILES + " diagnosed, 0 already in the index, "
                + "0 unreadable"), reference::toString);
        Map<String, String> expected = records(uninterruptedUrl);
        assertEquals(FILES, expected.size());
        assertTrue(expected.values().stream().anyMatch(record -> record.contains("full-tunnel-vpn")),
                "the product's rules diagnosed the generated fleet: " + expected.values());

        // the run that is killed: what it said it committed, read line by line as it prints them
        Path stderr = work.resolve(database + "-killed.err");
        Process ingest = killed.start(stderr, ingest(killedDb));
        CompletableFuture.delayedExecutor(5, TimeUnit.MINUTES).execute(ingest::destroyForcibly);
        Set<String> committed = new LinkedHashSet<>();
        List<String> printed = new ArrayList<>();
        boolean sentKill = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(ingest.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null;) {
                printed.add(line);
                if (line.startsWith("diagnosed ")) {
                    committed.add(line.split(" ", 3)[1]);
                }
                if (committed.size() == KILL_AFTER && !sentKill) {
                    // SIGKILL: what it printed before it died is read on to the end of the pipe
                    Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(ingest.pid())).inheritIO().start();
                    assertEquals(0, kill.waitFor());
                    sentKill = true;
                }
            }
        } finally {
            ingest.destroyForcibly();
            ingest.waitFor(60, TimeUnit.SECONDS);
        }
        // what it printed, kept beside its stderr for whoever reads a failure
        Files.write(work.resolve(database + "-killed.out"), printed, StandardCharsets.UTF_8);
        String told = String.join("\n", printed) + "\n--- stderr\n" + Files.readString(stderr, StandardCharsets.UTF_8);
        assertTrue(sentKill, () -> "the ingest ended before it was killed:\n" + told);
        assertEquals(128 + 9, ingest.exitValue(), () -> "killed by SIGKILL:\n" + told);
        assertFalse(printed.stream().anyMatch(line -> line.contains("file(s) found:")), told);

        Map<String, String> recorded = records(killedUrl);
        assertTrue(recorded.keySet().containsAll(committed), () -> "committed " + committed + ", recorded "
                + recorded.keySet());
        assertTrue(recorded.size() < FILES, () -> "the kill left work for the next run: " + recorded.size());
        for (Map.Entry<String, String> record : recorded.entrySet()) {
            // whole: the snapshot's row and every finding, as the uninterrupted run recorded them
            assertEquals(expected.get(record.getKey()), record.getValue(), record.getKey());
        }

        Command.Result next = killed.triage(ingest(killedDb));
        assertEquals(0, next.exit(), next::toString);
        Set<String> skipped = shas(next.out(), "skipped ");
        Set<String> diagnosed = shas(next.out(), "diagnosed ");
        assertEquals(recorded.keySet(), skipped, next::toString);
        Set<String> rest = new TreeSet<>(expected.keySet());
        rest.removeAll(recorded.keySet());
        assertEquals(rest, diagnosed, "the next run records exactly the rest");
        assertTrue(next.out().contains(FILES + " file(s) found: " + (FILES - recorded.size()) + " diagnosed, "
                + recorded.size() + " already in the index, 0 unreadable"), next::toString);

        assertEquals(expected, records(killedUrl), "killed and resumed, the index is the uninterrupted run's");
        assertEquals(report(uninterrupted, uninterruptedDb), report(killed, killedDb));
    }

    private String[] ingest(List<String> db) {
        List<String> arguments = new ArrayList<>(List.of("fleet", "ingest", share.toString(), "--threads", "1",
                "--list"));
        arguments.addAll(db);
        return arguments.toArray(String[]::new);
    }

    private static Set<String> shas(String out, String prefix) {
        Set<String> shas = new TreeSet<>();
        out.lines().filter(line -> line.startsWith(prefix)).forEach(line -> {
            String sha = line.split(" ", 3)[1];
            assertTrue(shas.add(sha), "listed twice: " + line);
        });
        return shas;
    }

    /** {@code fleet report --json} without what differs between two indexes of the same snapshots. */
    private static JsonObject report(ProductUnderTest product, List<String> db) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("fleet", "report", "--json"));
        arguments.addAll(db);
        Command.Result report = product.triage(arguments.toArray(String[]::new));
        assertEquals(0, report.exit(), report::toString);
        JsonObject json = JsonParser.parseString(report.out()).getAsJsonObject();
        json.remove("createdAt");
        json.remove("database");
        return json;
    }

    /**
     * Every file of the index by its SHA-256: its snapshot row (all but when it was ingested) and its findings,
     * read with a plain JDBC connection once no product process has it open.
     */
    private static Map<String, String> records(String url) throws SQLException {
        Map<String, String> records = new TreeMap<>();
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT * FROM snapshot ORDER BY sha256")) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    StringBuilder record = new StringBuilder();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        if (!columns.getColumnName(i).equalsIgnoreCase("ingested_at")) {
                            record.append(columns.getColumnName(i).toLowerCase()).append('=').append(rows.getString(i))
                                    .append(' ');
                        }
                    }
                    records.put(rows.getString("sha256").strip(), record.toString());
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT sha256, cause_id, severity FROM finding "
                    + "ORDER BY sha256, cause_id")) {
                while (rows.next()) {
                    String sha256 = rows.getString(1).strip();
                    assertTrue(records.containsKey(sha256), "a finding without its snapshot: " + sha256);
                    records.merge(sha256, "finding=" + rows.getString(2) + "/" + rows.getString(3) + " ", String::concat);
                }
            }
        }
        return records;
    }

    private static String h2Url(ProductUnderTest product) {
        // FleetIndex.open(defaultStateFolder()): TRIAGE_HOME/fleet/fleet.mv.db
        return "jdbc:h2:file:" + product.triageHome().resolve("fleet").resolve("fleet");
    }

    private static Connection connect(String url) throws SQLException {
        Properties credentials = new Properties();
        if (url.startsWith("jdbc:h2:")) {
            credentials.setProperty("user", "sa");
            credentials.setProperty("password", "");
            return new org.h2.Driver().connect(url, credentials);
        }
        credentials.setProperty("user", System.getenv().getOrDefault("TRIAGE_FLEET_DB_USER", ""));
        credentials.setProperty("password", System.getenv().getOrDefault("TRIAGE_FLEET_DB_PASSWORD", ""));
        Connection connection = new org.postgresql.Driver().connect(url, credentials);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver does not accept " + url);
        }
        return connection;
    }

    /** A new, empty database on the PostgreSQL server test.sh started; without one the test fails, never skips. */
    private static String newPostgresDatabase() throws SQLException {
        String server = System.getenv("TRIAGE_FLEET_TEST_PG_URL");
        if (server == null || server.isBlank()) {
            throw new IllegalStateException("no PostgreSQL server for the fleet tests: run them through ./test.sh, "
                    + "which starts one, or set TRIAGE_FLEET_TEST_PG_URL, TRIAGE_FLEET_DB_USER and "
                    + "TRIAGE_FLEET_DB_PASSWORD");
        }
        String name = "fleet_kill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }
}
