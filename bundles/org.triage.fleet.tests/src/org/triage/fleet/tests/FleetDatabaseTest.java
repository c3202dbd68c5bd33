package org.triage.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.fleet.FleetException;
import org.triage.fleet.FleetIndex;
import org.triage.fleet.internal.Migrations;

/** Opening the fleet index: migrations, and credentials that never come from the command line. */
class FleetDatabaseTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSchemaIsMigratedOnOpenOnceAndRecorded(TestDatabase database) throws Exception {
        String url = database.url(temp);
        try (FleetIndex index = FleetIndex.open(url)) {
            assertEquals(Migrations.scripts().size(), index.schemaVersion());
        }
        try (FleetIndex index = FleetIndex.open(url); Connection connection = TestDatabase.connectTo(index.database());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, description FROM schema_version ORDER BY version")) {
            int versions = 0;
            while (rows.next()) {
                versions++;
                assertEquals(versions, rows.getInt(1));
                assertTrue(rows.getString(2).contains("fleet index"), rows.getString(2));
            }
            assertEquals(Migrations.scripts().size(), versions, "each migration recorded once, though opened twice");
            assertEquals(0, index.files());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "jdbc:postgresql://127.0.0.1:5432/fleet?user=triage&password=secret",
            "jdbc:postgresql://127.0.0.1:5432/fleet?password=secret", "jdbc:postgresql://triage:secret@127.0.0.1/fleet",
            "jdbc:h2:file:/tmp/fleet;USER=sa;PASSWORD=secret" })
    void aUrlThatCarriesCredentialsIsRefused(String url) {
        FleetException refused = assertThrows(FleetException.class, () -> FleetIndex.open(url));
        assertTrue(refused.getMessage().contains("never go on the command line"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("secret"), refused.getMessage());
    }

    @Test
    void anotherKindOfDatabaseIsRefusedWithWhatIsSupported() {
        FleetException refused = assertThrows(FleetException.class, () -> FleetIndex.open("jdbc:mysql://127.0.0.1/x"));
        assertTrue(refused.getMessage().contains("jdbc:postgresql://"), refused.getMessage());
    }

    @Test
    void aPostgresqlServerThatIsNotThereIsSaidSo() {
        // a port on 127.0.0.1 that nothing listens on (the test cluster's port plus one is not used by it)
        FleetException refused = assertThrows(FleetException.class,
                () -> FleetIndex.open("jdbc:postgresql://127.0.0.1:1/fleet?connectTimeout=5"));
        assertTrue(refused.getMessage().contains("127.0.0.1:1"), refused.getMessage());
    }
}
