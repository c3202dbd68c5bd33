package org.triage.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.export.ExportLayout;
import org.triage.export.ExportManifest;
import org.triage.export.ExportOptions;
import org.triage.export.ExportResult;
import org.triage.export.SessionExporter;
import org.triage.model.Session;
import org.triage.tests.harness.Samples;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A pseudonymised export holds none of the real user names, hosts, addresses, tenant names and ids, in any entry,
 * entry name or encoding; the same value has the same pseudonym everywhere; the map back stays outside.
 */
class ExportPseudonymizationTest {

    /** Who and where the demo workstation and the Contoso sample snapshot are. */
    private static final List<String> REAL_VALUES = List.of("alex", "contoso", "CONTOSO-LT-042", "CONTOSO-LT-0417",
            "fileserver01", "jumphost", "alex-adm", "AlexWilber", "02qbxzpqhwjmtavf", "02wzfkbjpqnhxtrm",
            "helpdesk.jdoe", "10.200.14.37", "10.200.0.10", "10.200.0.11", "192.168.1.23", "192.168.1.1",
            "198.51.100.20", "3C-21-9C-4A-7B-10", "3C-21-9C-4A-7B-12", "3c5e9a1d-8b7f-4e2a-9d61-7a0c4f2b8e15",
            "a1d4e2b7-6c3f-4f8a-9b25-0e7d1c9f3a64", "4f7a2c9e-3b1d-4e8f-a6c2-9d0b7e5f1a3c",
            "e2f81c6b-5b7a-4d8c-9c1a-0b37a0d8b1f4", "5E2B9C7A1F3D6E8B0A4C2D7F9E1B3A5C8D0F2E4A",
            "3fa2c8d1-7b4e-4c19-9a6d-5e8f0b2c4d71", "6f1c2b7e-93a4-4d51-8e0b-2c7d5a9e1f34",
            "3B9E51C0A7D24F86E1C95B0D2A4F7E63C8B1D920", "9d3b6f2a-4c81-4e07-b5a2-6c1d8e9f0a37");
    /** What support needs, which must survive. */
    private static final List<String> SUPPORT_VALUES = List.of("0x8004de40", "AADSTS50126", "login.microsoftonline.com",
            "enterpriseregistration.windows.net", "20.190.151.67", "0.0.0.0/0", "255.255.255.0",
            "eecaec58-da7b-3969-86e5-d8f4968f0e17", "m365.clear-cached-credentials", "stale-cached-credentials");

    private static Session demo;
    private static Session snapshot;

    @TempDir
    Path folder;

    @BeforeAll
    static void runTheCases() throws Exception {
        demo = Exports.demoPlaybook();
        snapshot = Exports.playbook("snapshot:" + Samples.snapshot(Samples.CONTOSO));
    }

    @Test
    void noRealValueIsAnywhereInTheExport() throws Exception {
        for (Session session : List.of(demo, snapshot)) {
            Path zip = folder.resolve(session.getId() + ".zip");
            ExportResult result = Exports.export(session, zip, true);

            List<String> leaks = new ArrayList<>();
            Set<String> searched = new LinkedHashSet<>(REAL_VALUES);
            // and every address, id and account the pseudonymiser itself replaced
            String map = Files.readString(result.mapFile());
            JsonParser.parseString(map).getAsJsonObject().getAsJsonArray("pseudonyms").forEach(element -> {
                JsonObject entry = element.getAsJsonObject();
                if (!entry.get("kind").getAsString().equals("host")) {
                    searched.add(entry.get("original").getAsString());
                }
            });
            for (String value : searched) {
                Exports.occurrences(zip, value).forEach(where -> leaks.add(value + " in " + where));
            }
            assertEquals(List.of(), leaks, "real values left in the export of " + session.getTarget().getKind());
            for (String kept : SUPPORT_VALUES) {
                if (session == demo) {
                    assertFalse(Exports.occurrences(zip, kept).isEmpty(), kept + " is gone, but support needs it");
                }
            }
        }
    }

    @Test
    void theSearchFindsRealValuesWhereTheyAre() throws Exception {
        Path plain = folder.resolve("plain.zip");
        Exports.export(demo, plain, false);
        for (String value : List.of("alex", "CONTOSO-LT-042", "helpdesk.jdoe", "10.200.14.37", "3C-21-9C-4A-7B-12",
                "3c5e9a1d-8b7f-4e2a-9d61-7a0c4f2b8e15")) {
            assertFalse(Exports.occurrences(plain, value).isEmpty(), "an export that is not pseudonymised holds " + value);
        }
        Path utf16 = Exports.zip(folder.resolve("utf16.zip"),
                Map.of("evidence/x.txt", "\uFEFFUser: ALEX\r\n".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(List.of("evidence/x.txt"), Exports.occurrences(utf16, "alex"), "found in UTF-16LE too");
        Path named = Exports.zip(folder.resolve("named.zip"), Map.of("evidence/alex.txt", new byte[0]));
        assertTrue(Exports.occurrences(named, "alex").contains("the entry name evidence/alex.txt"));
    }

    @Test
    void theSameValueHasTheSamePseudonymInTheSessionTheReportsAndTheEvidence() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        ExportResult result = Exports.export(demo, zip, true);
        String map = Files.readString(result.mapFile());
        String host = pseudonym(map, "CONTOSO-LT-042");
        String tenant = pseudonym(map, "3c5e9a1d-8b7f-4e2a-9d61-7a0c4f2b8e15");
        String address = pseudonym(map, "10.200.14.37");
        assertEquals("host-1", host);

        Map<String, byte[]> entries = Exports.entries(zip);
        String xmi = new String(entries.get(ExportLayout.SESSION), StandardCharsets.UTF_8);
        String html = new String(entries.get(ExportLayout.REPORT_HTML), StandardCharsets.UTF_8);
        String markdown = new String(entries.get(ExportLayout.REPORT_MARKDOWN), StandardCharsets.UTF_8);
        String ipconfig = evidence(entries, "ipconfig-all.txt");
        String dsregcmd = evidence(entries, "dsregcmd-status.txt");

        assertTrue(xmi.contains("hostname=\"HOST-1\""), "the target in the model");
        assertTrue(markdown.contains("demo HOST-1 ("), markdown);
        assertTrue(html.contains("demo HOST-1"), "the report's summary");
        assertTrue(ipconfig.contains("Host Name . . . . . . . . . . . . : HOST-1"), ipconfig);
        assertTrue(ipconfig.contains(address + "(Preferred)") && xmi.contains("value=\"" + address + "\""),
                "the VPN address as the evidence and the facts show it");
        assertTrue(dsregcmd.contains("TenantId : " + tenant) && xmi.contains(tenant) && html.contains(tenant));
        assertTrue(dsregcmd.contains("TenantName : Org-1"), dsregcmd);
        assertTrue(markdown.contains("goes into the VPN Org-1 VPN, which takes the default route"), markdown);
        assertTrue(markdown.contains("user user-1@domain-1.example") || markdown.matches("(?s).*user user-\\d@domain-\\d\\.example.*"),
                markdown);
    }

    @Test
    void theMapStaysOutsideTheExportAndTheManifestOnlyCounts() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        ExportResult result = Exports.export(demo, zip, true);
        assertEquals(folder.resolve("ticket.zip.map.json"), result.mapFile());
        assertTrue(Files.readString(result.mapFile()).contains("\"original\": \"CONTOSO-LT-042\""));
        Map<String, byte[]> entries = Exports.entries(zip);
        assertFalse(entries.keySet().stream().anyMatch(name -> name.contains("map")), entries.keySet().toString());
        ExportManifest manifest = ExportManifest.parse(entries.get(ExportLayout.MANIFEST));
        assertTrue(manifest.pseudonymized());
        assertTrue(manifest.pseudonyms().get("guid") >= 5, manifest.pseudonyms().toString());
        assertTrue(manifest.pseudonyms().get("ipv4") >= 5, manifest.pseudonyms().toString());
        assertEquals(1, manifest.pseudonyms().get("thumbprint"));

        Path chosen = folder.resolve("keys").resolve("ticket-map.json");
        ExportResult elsewhere = SessionExporter.export(demo, folder.resolve("other.zip"),
                new ExportOptions(true, chosen, Exports.VERSION), new org.eclipse.core.runtime.NullProgressMonitor());
        assertEquals(chosen, elsewhere.mapFile());
        assertTrue(Files.isRegularFile(chosen));
        assertFalse(Files.exists(folder.resolve("other.zip.map.json")));
    }

    @Test
    void pseudonymisingTwiceGivesTheSamePseudonyms() throws Exception {
        Path first = folder.resolve("first.zip");
        Path second = folder.resolve("second.zip");
        Exports.export(demo, first, true);
        Exports.export(demo, second, true);
        assertEquals(Exports.text(first, ExportLayout.SESSION), Exports.text(second, ExportLayout.SESSION));
        assertEquals(Exports.text(first, ExportLayout.REPORT_MARKDOWN), Exports.text(second, ExportLayout.REPORT_MARKDOWN));
    }

    private static String pseudonym(String map, String original) {
        for (var element : JsonParser.parseString(map).getAsJsonObject().getAsJsonArray("pseudonyms")) {
            JsonObject entry = element.getAsJsonObject();
            if (entry.get("original").getAsString().equalsIgnoreCase(original)) {
                return entry.get("pseudonym").getAsString();
            }
        }
        throw new AssertionError("no pseudonym for " + original + " in " + map);
    }

    private static String evidence(Map<String, byte[]> entries, String suffix) {
        return entries.entrySet().stream().filter(entry -> entry.getKey().endsWith(suffix))
                .map(entry -> new String(entry.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
    }
}
