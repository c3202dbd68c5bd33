package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.triage.cli.TriageCli;
import org.triage.tests.harness.FleetGenerator;
import org.triage.tests.harness.FleetGenerator.Generated;
import org.triage.fleet.tests.TestDatabase;
import org.triage.tests.harness.Samples;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code triage fleet ...} on a generated fleet, with the index in H2 and in PostgreSQL. */
class CliFleetTest {

    @TempDir
    Path temp;

    private List<Generated> fleet(Path share, int count) throws Exception {
        return new FleetGenerator(Samples.snapshot(Samples.CONTOSO).getParent()).generate(share, count, 5);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ingestTwiceThenReport(TestDatabase database) throws Exception {
        Path share = temp.resolve("share");
        List<Generated> fleet = fleet(share, 12);
        String url = database.url(temp.resolve("state"));

        Cli.Result first = Cli.run("fleet", "ingest", share.toString(), "--db", url, "--progress", "--threads", "2");
        assertEquals(TriageCli.DONE, first.exit(), first::toString);
        assertTrue(first.out().contains("12 file(s) found: 12 diagnosed, 0 already in the index, 0 unreadable"),
                first::toString);
        assertTrue(first.err().contains("12/12 100%"), first::toString);
        assertTrue(first.err().contains("\r[###"), "the bar redraws itself in place: " + first.err());
        Cli.Result second = Cli.run("fleet", "ingest", share.toString(), "--db", url);
        assertTrue(second.out().contains("12 file(s) found: 0 diagnosed, 12 already in the index"), second::toString);
        assertFalse(second.err().contains("12/12"), "no progress bar without a terminal or --progress");

        Cli.Result report = Cli.run("fleet", "report", "--json", "--db", url);
        assertEquals(TriageCli.DONE, report.exit(), report::toString);
        JsonObject json = JsonParser.parseString(report.out()).getAsJsonObject();
        assertEquals("triage-fleet-report/1", json.get("format").getAsString());
        assertEquals(fleet.stream().map(Generated::hostname).distinct().count(), json.get("devices").getAsInt());
        assertTrue(json.getAsJsonArray("causes").size() > 0, report::toString);
        assertTrue(json.getAsJsonObject("breakdowns").has("gateway"));

        Cli.Result text = Cli.run("fleet", "report", "--db", url, "--since", FleetGenerator.FIRST_DAY.toString());
        assertTrue(text.out().contains("Devices affected by each cause"), text::toString);
        assertTrue(text.out().contains("Top combinations"), text::toString);

        // drill down to the devices of a cause, and open one as a target
        String cause = json.getAsJsonArray("causes").get(0).getAsJsonObject().get("cause").getAsString();
        Cli.Result devices = Cli.run("fleet", "devices", "--cause", cause, "--db", url);
        Matcher spec = Pattern.compile("(snapshot:\\S+)").matcher(devices.out());
        assertTrue(spec.find(), devices::toString);
        Cli.Result diagnose = Cli.run("diagnose", "--target", spec.group(1), "--json");
        assertEquals(TriageCli.DONE, diagnose.exit(), diagnose::toString);
        assertTrue(diagnose.out().contains("\"" + cause + "\""), diagnose::toString);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePseudonymisedExportNamesNoDeviceGatewayOrSiteAndKeepsEachPseudonymAcrossFiles(TestDatabase database)
            throws Exception {
        Path share = temp.resolve("share");
        List<Generated> fleet = fleet(share, 10);
        String url = database.url(temp.resolve("state"));
        assertEquals(TriageCli.DONE, Cli.run("fleet", "ingest", share.toString(), "--db", url).exit());
        Path out = temp.resolve("export");

        Cli.Result export = Cli.run("fleet", "export", "--out", out.toString(), "--pseudonymize", "--db", url);
        assertEquals(TriageCli.DONE, export.exit(), export::toString);
        Path map = temp.resolve("export.map.json");
        assertTrue(Files.isRegularFile(map), export::toString);
        for (String file : List.of("report.html", "report.json", "causes.csv", "breakdowns.csv", "combinations.csv",
                "devices.csv", "causes-over-time.png", "causes-by-gateway.png")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase();
                for (Generated snapshot : fleet) {
                    assertFalse(text.contains(snapshot.hostname().toLowerCase()), file + " names " + snapshot.hostname());
                    assertFalse(text.contains(snapshot.gateway().toLowerCase()), file + " names " + snapshot.gateway());
                    if (!snapshot.site().equals("home.arpa")) {
                        assertFalse(text.contains(snapshot.site()), file + " names " + snapshot.site());
                    }
                    assertFalse(text.contains(share.toString().toLowerCase()), file + " names the share");
                }
            }
        }
        // the same device, the same pseudonym in the JSON, the CSV and the HTML
        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("report.json"))).getAsJsonObject();
        String device = json.getAsJsonArray("deviceList").get(0).getAsJsonObject().get("device").getAsString();
        assertTrue(device.startsWith("HOST-"), device);
        assertTrue(Files.readString(out.resolve("devices.csv")).contains(device + ","));
        assertTrue(Files.readString(out.resolve("report.html")).contains(">" + device + "<"));
        // the map keeps each pseudonym once, lower case; each use takes the original's case
        assertTrue(Files.readString(map).toLowerCase().contains("\"" + device.toLowerCase() + "\""), device);
        BufferedImage chart = ImageIO.read(out.resolve("causes-by-gateway.png").toFile());
        assertNotNull(chart);
        assertEquals(960, chart.getWidth());

        Cli.Result again = Cli.run("fleet", "export", "--out", out.toString(), "--db", url);
        assertEquals(TriageCli.FAILED, again.exit(), "an export never overwrites a folder");
    }

    @Test
    void credentialsOnTheCommandLineAreRefused() {
        Cli.Result refused = Cli.run("fleet", "report", "--db",
                "jdbc:postgresql://127.0.0.1:5432/fleet?user=admin&password=Sup3rSecret");
        assertEquals(TriageCli.FAILED, refused.exit(), refused::toString);
        assertTrue(refused.err().contains("never go on the command line"), refused::toString);
        assertFalse(refused.err().contains("Sup3rSecret"), refused::toString);
        assertFalse(refused.out().contains("Sup3rSecret"), refused::toString);
    }
}
