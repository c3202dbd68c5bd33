package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.Probes;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.probe.Probes;
import org.triage.core.report.ReportJson;
import org.triage.core.target.TargetException;
import org.triage.core.tests.support.Demo;
import org.triage.core.tests.support.JsonSchemaValidator;
import org.triage.demo.DemoTargetProvider;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code diagnose --json} for every demo scenario, read back as a script would, against the project's copy of
 * the triage-report/1 contract, and the facts that scripts rely on by name.
 */
class ReportJsonTest {

    private static final JsonSchemaValidator CONTRACT = JsonSchemaValidator.fromResource("triage-report-1.schema.json");
    private static final List<String> FAILED_PRT_ATTEMPT = List.of(Demo.DEFAULT, Demo.DEVICE_DISABLED, Demo.STALE_DNS);

    static List<String> scenarios() {
        return Demo.scenarios();
    }

    /** The report of a diagnosed scenario, as text and parsed again. */
    private static JsonObject report(String scenario) {
        return JsonParser.parseString(ReportJson.write(Demo.diagnosed(scenario).session())).getAsJsonObject();
    }

    private static JsonObject facts(JsonObject report, String probe) {
        List<JsonObject> matching = new ArrayList<>();
        report.getAsJsonArray("observations").forEach(o -> {
            if (o.getAsJsonObject().get("probe").getAsString().equals(probe)) {
                matching.add(o.getAsJsonObject());
            }
        });
        assertEquals(1, matching.size(), "observations of " + probe);
        return matching.get(0).getAsJsonObject("facts");
    }

    private static boolean isString(JsonElement value) {
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
    }

    private static boolean isBoolean(JsonElement value) {
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> {
            assertTrue(isString(value), "not text: " + value);
            values.add(value.getAsString());
        });
        return values;
    }

    private static List<String> array(JsonObject report, String name, String field) {
        List<String> values = new ArrayList<>();
        report.getAsJsonArray(name).forEach(item -> values.add(item.getAsJsonObject().get(field).getAsString()));
        return values;
    }

    @Test
    void theDemoShipsTheFourScenarios() {
        assertTrue(Demo.scenarios().containsAll(List.of(Demo.DEFAULT, Demo.HEALTHY, Demo.DEVICE_DISABLED,
                Demo.STALE_DNS)), Demo.scenarios().toString());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theReportOfEachScenarioMeetsTheContract(String scenario) {
        JsonObject report = report(scenario);
        assertEquals(List.of(), CONTRACT.validate(report));
        assertEquals(Probes.all().size(), report.getAsJsonArray("observations").size(), "one observation per probe");
        assertEquals("demo", report.getAsJsonObject("target").get("kind").getAsString());
        String symptom = report.get("symptom").getAsString();
        assertEquals(scenarioSymptom(scenario), symptom);
        assertTrue(org.triage.core.symptom.SymptomRegistry.read().byCode(symptom).isPresent(),
                "the scenario's symptom " + symptom + " is one of the catalogue's");
    }

    @Test
    void theSymptomsMeaningComesFromTheCatalogueWithItsSourceDocument() {
        JsonObject meaning = report(Demo.DEFAULT).getAsJsonObject("symptomMeaning");

        assertEquals("0x8004de40", meaning.get("code").getAsString());
        assertEquals("OneDrive", meaning.get("app").getAsString());
        assertTrue(meaning.get("meaning").getAsString().startsWith("OneDrive is having trouble connecting to the cloud"),
                meaning.toString());
        assertEquals("https://learn.microsoft.com/en-us/sharepoint/troubleshoot/administration/error-0x8004de40-in-onedrive",
                meaning.get("source").getAsString());
        assertTrue(strings(meaning.getAsJsonArray("causes")).contains("stale-cached-credentials"), meaning.toString());
        assertTrue(meaning.get("contributor").getAsString().startsWith("org.triage.fixes.m365 "), meaning.toString());
    }

    @Test
    void aCodeTheCatalogueDoesNotHoldHasNoMeaningInTheReport() {
        var target = Demo.open(Demo.DEFAULT);
        var session = org.triage.core.engine.Diagnosis.newSession(target, "0xDEADBEEF", null, "tests");
        JsonObject report = JsonParser.parseString(ReportJson.write(session)).getAsJsonObject();

        assertTrue(report.get("symptomMeaning").isJsonNull(), report.toString());
        assertEquals(List.of(), CONTRACT.validate(report));
    }

    /** The symptom the scenario's user reports: 0x8004de40 for the first case's, the broker's codes for others. */
    private static String scenarioSymptom(String scenario) {
        try {
            return DemoTargetProvider.load(scenario).symptom.code;
        } catch (TargetException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void cachedCredentialsCountThemAndNameTheMicrosoft365Targets(String scenario) {
        JsonObject facts = facts(report(scenario), CachedCredentialsProbe.ID);
        JsonElement total = facts.get("total");
        assertTrue(total != null && total.isJsonPrimitive() && total.getAsJsonPrimitive().isNumber(), "total: " + total);
        JsonArray entries = facts.getAsJsonArray("entries");
        assertEquals(entries.size(), total.getAsInt());
        List<String> m365 = new ArrayList<>();
        entries.forEach(entry -> {
            JsonObject fields = entry.getAsJsonObject();
            if (fields.get("Microsoft365").getAsBoolean()) {
                m365.add(fields.get("TargetName").getAsString());
            }
        });
        assertEquals(m365, strings(facts.getAsJsonArray("m365Targets")));
    }

    @Test
    void theMicrosoft365TargetsAreTheNamesVerbatim() {
        JsonObject facts = facts(report(Demo.DEFAULT), CachedCredentialsProbe.ID);
        assertEquals(8, facts.get("total").getAsInt());
        assertEquals(List.of("MicrosoftOffice16_Data:SSPI:alex@contoso.com",
                "MicrosoftOffice16_Data:ADAL:4f7a2c9e-3b1d-4e8f-a6c2-9d0b7e5f1a3c",
                "OneDrive Cached Credential Business - Business1",
                "Microsoft_OC1:uri=alex@contoso.com:specific:ADAL:1"), strings(facts.getAsJsonArray("m365Targets")));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theRegistrationKeepsDsregcmdsNamesAsText(String scenario) {
        JsonObject facts = facts(report(scenario), DeviceRegistrationProbe.ID);
        List<String> names = new ArrayList<>(List.of("AzureAdJoined", "AzureAdPrt"));
        if ("YES".equals(facts.get("AzureAdJoined").getAsString())) {
            // Device Details and Tenant Details are printed only for a joined device
            names.addAll(List.of("DeviceAuthStatus", "TenantName"));
        }
        if (FAILED_PRT_ATTEMPT.contains(scenario)) {
            names.add("Attempt Status");
        }
        for (String name : names) {
            assertTrue(isString(facts.get(name)), name + " is " + facts.get(name));
        }
    }

    @Test
    void theRegistrationOfTheGuideScenarioSaysWhatDsregcmdSays() {
        JsonObject facts = facts(report(Demo.DEFAULT), DeviceRegistrationProbe.ID);
        assertEquals("YES", facts.get("AzureAdJoined").getAsString());
        assertEquals("NO", facts.get("AzureAdPrt").getAsString());
        assertEquals("SUCCESS", facts.get("DeviceAuthStatus").getAsString());
        assertEquals("Contoso", facts.get("TenantName").getAsString());
        assertEquals("0xc000006d", facts.get("Attempt Status").getAsString());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void vpnConnectionsAreObjectsWithGetVpnConnectionsNames(String scenario) {
        JsonArray connections = facts(report(scenario), VpnConnectionsProbe.ID).getAsJsonArray("connections");
        boolean thirdPartyClientOnly = scenario.equals("globalprotect-full-tunnel");
        assertEquals(thirdPartyClientOnly, connections.size() == 0,
                "every demo scenario but the third-party client's has a Windows VPN profile");
        for (JsonElement connection : connections) {
            JsonObject fields = connection.getAsJsonObject();
            for (String name : List.of("Name", "ServerAddress", "TunnelType", "ConnectionStatus")) {
                assertTrue(isString(fields.get(name)), name + " is " + fields.get(name));
            }
            assertTrue(isBoolean(fields.get("SplitTunneling")), "SplitTunneling is " + fields.get("SplitTunneling"));
        }
    }

    @Test
    void theGuideScenariosVpnIsAConnectedFullTunnel() {
        JsonObject vpn = facts(report(Demo.DEFAULT), VpnConnectionsProbe.ID).getAsJsonArray("connections").get(0)
                .getAsJsonObject();
        assertEquals("Contoso VPN", vpn.get("Name").getAsString());
        assertEquals("vpn.contoso.com", vpn.get("ServerAddress").getAsString());
        assertEquals("Ikev2", vpn.get("TunnelType").getAsString());
        assertEquals(false, vpn.get("SplitTunneling").getAsBoolean());
        assertEquals("Connected", vpn.get("ConnectionStatus").getAsString());
    }

    @Test
    void theGuideScenariosFindingsAndPlaybookNameTheirEvidenceAndTheGuidesFixes() {
        JsonObject report = report(Demo.DEFAULT);
        JsonObject stale = null;
        for (JsonElement finding : report.getAsJsonArray("findings")) {
            if (finding.getAsJsonObject().get("cause").getAsString().equals("stale-cached-credentials")) {
                stale = finding.getAsJsonObject();
            }
        }
        assertNotNull(stale, "no stale-cached-credentials finding: " + report.get("findings"));
        assertEquals("error", stale.get("severity").getAsString());
        assertTrue(strings(stale.getAsJsonArray("evidence")).containsAll(List.of(DeviceRegistrationProbe.ID,
                CachedCredentialsProbe.ID)), stale.get("evidence").toString());
        assertEquals(List.of("m365.clear-cached-credentials", "m365.onedrive-reset", "m365.reregister-device"),
                array(report, "playbook", "fix"), "test fixes stay out; the guide's fixes come in order");
        assertEquals(List.of("org.triage.fixes.m365", "org.triage.fixes.m365", "org.triage.fixes.m365"),
                array(report, "playbook", "contributor"));
    }
}
