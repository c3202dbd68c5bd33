package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.cli.TriageCli;
import org.triage.core.report.ReportJson;
import org.triage.model.Finding;
import org.triage.model.Session;
import org.triage.model.io.SessionFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code triage diagnose}: the triage-report/1 JSON scripts read, saved sessions, unreadable targets. */
class CliDiagnoseTest {

    @TempDir
    Path folder;

    @Test
    void jsonReportHoldsTheFactsUnderTheirWindowsNames() {
        Cli.Result result = Cli.run("diagnose", "--target", "demo", "--json");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertEquals("", result.err());
        JsonObject report = JsonParser.parseString(result.out()).getAsJsonObject();
        assertEquals(ReportJson.FORMAT, report.get("format").getAsString());
        assertEquals("demo", report.getAsJsonObject("target").get("kind").getAsString());
        for (String member : List.of("observations", "findings", "playbook")) {
            assertTrue(report.get(member).isJsonArray(), member + " is not an array");
        }
        for (JsonElement observation : report.getAsJsonArray("observations")) {
            for (String member : List.of("view", "probe", "status", "facts")) {
                assertTrue(observation.getAsJsonObject().has(member), member + " missing in " + observation);
            }
        }

        JsonObject credentials = facts(report, "credentials.cached");
        assertTrue(credentials.get("total").getAsJsonPrimitive().isNumber(), "total: " + credentials.get("total"));
        assertTrue(credentials.get("total").getAsInt() > 0);
        assertTrue(credentials.get("m365Targets").isJsonArray());
        assertFalse(credentials.getAsJsonArray("m365Targets").isEmpty(), "the demo caches Office credentials");

        JsonObject registration = facts(report, "registration.dsregcmd");
        assertEquals("NO", registration.get("AzureAdPrt").getAsString());
        assertEquals("SUCCESS", registration.get("DeviceAuthStatus").getAsString());
        assertEquals("Contoso", registration.get("TenantName").getAsString());
        assertEquals("0xc000006d", registration.get("Attempt Status").getAsString());

        JsonArray connections = facts(report, "vpn.connections").getAsJsonArray("connections");
        assertFalse(connections.isEmpty(), "no VPN connection");
        for (JsonElement element : connections) {
            JsonObject connection = element.getAsJsonObject();
            for (String text : List.of("Name", "ServerAddress", "TunnelType", "ConnectionStatus")) {
                assertTrue(connection.get(text).getAsJsonPrimitive().isString(), text + " in " + connection);
            }
            assertTrue(connection.get("SplitTunneling").getAsJsonPrimitive().isBoolean(),
                    "SplitTunneling in " + connection);
        }
    }

    @Test
    void anUnreadableSnapshotExitsWithThree() {
        Cli.Result result = Cli.run("diagnose", "--target", "snapshot:/no/such/path");

        assertEquals(TriageCli.TARGET_UNREADABLE, result.exit(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().contains("cannot open target 'snapshot:/no/such/path'"), result::toString);
    }

    @Test
    void savedSessionLoadsWithTheObservationsAndFindingsItReported() throws Exception {
        Path file = folder.resolve("ticket-4711.xmi");

        Cli.Result result = Cli.run("diagnose", "--target", "demo", "--json", "--save", file.toString());

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(Files.isRegularFile(file), "nothing saved");
        JsonObject report = JsonParser.parseString(result.out()).getAsJsonObject();
        Session saved = SessionFiles.load(file);
        assertEquals(report.getAsJsonArray("observations").size(), saved.getObservations().size());
        assertEquals(report.getAsJsonArray("findings").asList().stream()
                .map(finding -> finding.getAsJsonObject().get("cause").getAsString()).toList(),
                saved.getFindings().stream().map(Finding::getCauseId).toList());
        assertEquals("demo", saved.getTarget().getKind());
    }

    private static JsonObject facts(JsonObject report, String probe) {
        for (JsonElement observation : report.getAsJsonArray("observations")) {
            if (probe.equals(observation.getAsJsonObject().get("probe").getAsString())) {
                return observation.getAsJsonObject().getAsJsonObject("facts");
            }
        }
        throw new AssertionError("no observation of " + probe);
    }

    @Test
    void aScenarioFileWithANullEntryIsAnUnreadableTargetNotACrashThatExitsZero() throws Exception {
        Path scenario = folder.resolve("broken.json");
        Files.writeString(scenario, "{\"name\": \"broken\", \"hostname\": \"PC\", \"user\": \"a@b.example\","
                + " \"credentials\": [null]}");

        Cli.Result result = Cli.run("diagnose", "--target", "demo:" + scenario, "--json");

        assertEquals(TriageCli.TARGET_UNREADABLE, result.exit(), result::toString);
        assertTrue(result.err().contains("demo scenario broken is malformed"), result::toString);
        assertEquals("", result.out());
    }

    @Test
    void aFindingNoInstalledFixAddressesIsNamedWithWhatToDo() {
        Cli.Result result = Cli.run("diagnose", "--target", "demo");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains("\nNot addressed by any installed fix\n  full-tunnel-vpn             ask the VPN team to"
                + " route the Entra ID ranges"), out);
        assertFalse(out.substring(out.indexOf("Not addressed")).contains("stale-cached-credentials"),
                "a cause the playbook addresses is not listed: " + out);
    }
}
