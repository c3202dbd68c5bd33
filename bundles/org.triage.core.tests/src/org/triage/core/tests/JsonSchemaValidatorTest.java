package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triage.core.tests.support.JsonSchemaValidator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The validator ReportJsonTest relies on must be able to fail: each invalid document yields its error. */
class JsonSchemaValidatorTest {

    private static final JsonSchemaValidator CONTRACT = JsonSchemaValidator.fromResource("triage-report-1.schema.json");

    private static JsonObject validReport() {
        return JsonParser.parseString("""
                {"format": "triage-report/1",
                 "target": {"kind": "demo", "hostname": "CONTOSO-LT-042"},
                 "symptom": "0x8004de40",
                 "observations": [{"view": "credentials", "probe": "credentials.cached", "status": "ok",
                                   "summary": "8 cached credentials", "facts": {"total": 8}}],
                 "findings": [{"cause": "stale-cached-credentials", "severity": "error",
                               "evidence": ["credentials.cached"]}],
                 "playbook": [{"fix": "m365.clear-cached-credentials", "automatable": true, "reason": "r"}]}
                """).getAsJsonObject();
    }

    private static JsonObject first(JsonObject report, String array) {
        return report.getAsJsonArray(array).get(0).getAsJsonObject();
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                violation("another format", r -> r.addProperty("format", "triage-report/2"), "$.format"),
                violation("no playbook", r -> r.remove("playbook"), "$: required property 'playbook'"),
                violation("a target without kind", r -> r.getAsJsonObject("target").remove("kind"),
                        "$.target: required property 'kind'"),
                violation("an unknown target kind", r -> r.getAsJsonObject("target").addProperty("kind", "laptop"),
                        "$.target.kind"),
                violation("a numeric hostname", r -> r.getAsJsonObject("target").addProperty("hostname", 42),
                        "$.target.hostname"),
                violation("a symptom that is an object", r -> r.add("symptom", new JsonObject()), "$.symptom"),
                violation("observations that are no array", r -> r.add("observations", new JsonObject()),
                        "$.observations"),
                violation("a probe id with spaces", r -> first(r, "observations").addProperty("probe", "Cached creds"),
                        "$.observations[0].probe"),
                violation("a probe id without a dot", r -> first(r, "observations").addProperty("probe", "credentials"),
                        "$.observations[0].probe"),
                violation("an unknown status", r -> first(r, "observations").addProperty("status", "fine"),
                        "$.observations[0].status"),
                violation("an unknown view", r -> first(r, "observations").addProperty("view", "network"),
                        "$.observations[0].view"),
                violation("facts that are an array", r -> first(r, "observations").add("facts", new JsonArray()),
                        "$.observations[0].facts"),
                violation("an observation without facts", r -> first(r, "observations").remove("facts"),
                        "$.observations[0]: required property 'facts'"),
                violation("a numeric summary", r -> first(r, "observations").addProperty("summary", 8),
                        "$.observations[0].summary"),
                violation("an unknown severity", r -> first(r, "findings").addProperty("severity", "critical"),
                        "$.findings[0].severity"),
                violation("evidence that is not text", r -> first(r, "findings").getAsJsonArray("evidence").add(7),
                        "$.findings[0].evidence[1]"),
                violation("automatable as text", r -> first(r, "playbook").addProperty("automatable", "yes"),
                        "$.playbook[0].automatable"),
                violation("a step without fix", r -> first(r, "playbook").remove("fix"),
                        "$.playbook[0]: required property 'fix'"),
                violation("a null reason", r -> first(r, "playbook").add("reason", JsonNull.INSTANCE),
                        "$.playbook[0].reason"));
    }

    private static Arguments violation(String what, Consumer<JsonObject> change, String expectedError) {
        return Arguments.of(what, change, expectedError);
    }

    @Test
    void aValidReportHasNoErrors() {
        assertEquals(List.of(), CONTRACT.validate(validReport()));
    }

    @Test
    void nullIsValidWhereTheTypeListsIt() {
        JsonObject report = validReport();
        report.add("symptom", JsonNull.INSTANCE);
        report.getAsJsonObject("target").add("hostname", JsonNull.INSTANCE);
        assertEquals(List.of(), CONTRACT.validate(report));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void eachViolationIsReportedWhereItIs(String what, Consumer<JsonObject> change, String expectedError) {
        JsonObject report = validReport();
        change.accept(report);
        List<String> errors = CONTRACT.validate(report);
        assertEquals(1, errors.size(), what + ": " + errors);
        assertTrue(errors.get(0).startsWith(expectedError), what + ": " + errors.get(0));
    }

    @Test
    void aDocumentThatIsNoObjectIsInvalid() {
        List<String> errors = CONTRACT.validate(new JsonArray());
        assertEquals(List.of("$: expected object but found array"), errors);
    }

    @Test
    void everyViolationIsReportedNotOnlyTheFirst() {
        JsonObject report = validReport();
        report.addProperty("format", "v2");
        report.remove("findings");
        first(report, "playbook").addProperty("automatable", 1);
        assertEquals(3, CONTRACT.validate(report).size(), CONTRACT.validate(report).toString());
    }

    @Test
    void integersAndPatternsFollowJsonSchema() {
        JsonSchemaValidator schema = new JsonSchemaValidator(object("""
                {"type": "object", "properties": {"n": {"type": "integer"}, "s": {"pattern": "b+"}}}"""));
        assertEquals(List.of(), schema.validate(object("{\"n\": 2, \"s\": \"abbc\"}")));
        assertEquals(List.of(), schema.validate(object("{\"n\": 2.0, \"s\": 5}")), "a pattern only constrains text");
        assertEquals(2, schema.validate(object("{\"n\": 2.5, \"s\": \"ac\"}")).size());
    }

    @Test
    void aSchemaWithAKeywordTheValidatorDoesNotCheckIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new JsonSchemaValidator(object("{\"type\": \"object\", \"minProperties\": 1}")));
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class, () -> new JsonSchemaValidator(
                object("{\"properties\": {\"at\": {\"type\": \"string\", \"format\": \"date-time\"}}}")));
        assertTrue(nested.getMessage().contains("#/properties/at"), nested.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new JsonSchemaValidator(object("{\"type\": \"text\"}")));
    }

    private static JsonObject object(String json) {
        JsonElement element = JsonParser.parseString(json);
        return element.getAsJsonObject();
    }
}
