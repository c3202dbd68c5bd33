package org.triage.core.report;

import java.math.BigDecimal;
import java.util.Date;

import org.triage.core.symptom.SymptomDescriptor;
import org.triage.core.symptom.SymptomRegistry;
import org.triage.model.BooleanFact;
import org.triage.model.Fact;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.ListFact;
import org.triage.model.NumberFact;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Session;
import org.triage.model.TargetDescription;
import org.triage.model.TextFact;
import org.triage.model.TimeFact;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The headless report {@code triage-report/1}: what scripts read from {@code diagnose --json}. Facts keep
 * their names and types; the playbook lists every fix the session planned or ran.
 */
public final class ReportJson {

    public static final String FORMAT = "triage-report/1";

    private ReportJson() {
    }

    public static String write(Session session) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                .toJson(toJson(session));
    }

    public static JsonObject toJson(Session session) {
        JsonObject report = new JsonObject();
        report.addProperty("format", FORMAT);
        report.add("target", target(session.getTarget()));
        report.add("symptom", session.getSymptom() == null || session.getSymptom().getCode() == null ? JsonNull.INSTANCE
                : new JsonPrimitive(session.getSymptom().getCode()));
        report.add("symptomMeaning", symptomMeaning(session));
        JsonArray observations = new JsonArray();
        for (Observation observation : session.getObservations()) {
            JsonObject item = new JsonObject();
            item.addProperty("id", observation.getId());
            item.addProperty("view", observation.getView());
            item.addProperty("probe", observation.getProbeId());
            item.addProperty("status", observation.getStatus().getLiteral());
            item.addProperty("summary", observation.getSummary() == null ? "" : observation.getSummary());
            item.add("facts", object(observation.getFacts()));
            observations.add(item);
        }
        report.add("observations", observations);
        JsonArray findings = new JsonArray();
        for (Finding finding : session.getFindings()) {
            JsonObject item = new JsonObject();
            item.addProperty("cause", finding.getCauseId());
            item.addProperty("severity", finding.getSeverity().getLiteral());
            item.addProperty("summary", finding.getSummary());
            JsonArray evidence = new JsonArray();
            finding.getEvidence().stream().map(Observation::getProbeId).distinct().forEach(evidence::add);
            item.add("evidence", evidence);
            findings.add(item);
        }
        report.add("findings", findings);
        JsonArray playbook = new JsonArray();
        for (FixAttempt attempt : session.getFixAttempts()) {
            JsonObject item = new JsonObject();
            item.addProperty("fix", attempt.getFixId());
            item.addProperty("automatable", attempt.isAutomatable());
            item.addProperty("reason", attempt.getOutcomeMessage() == null ? "" : attempt.getOutcomeMessage());
            item.addProperty("contributor", attempt.getContributor());
            item.addProperty("outcome", attempt.getOutcome().getLiteral());
            if (attempt.getOutcome() != FixOutcome.PLANNED) {
                item.addProperty("verification", attempt.getVerificationResult().getLiteral());
            }
            playbook.add(item);
        }
        report.add("playbook", playbook);
        report.addProperty("outcome", session.getOutcome().getLiteral());
        return report;
    }

    /**
     * What the symptom catalogue says about the session's symptom (its message, meaning, causes and source document);
     * null where the session has no code or the catalogue does not hold it.
     */
    private static JsonElement symptomMeaning(Session session) {
        if (session.getSymptom() == null || session.getSymptom().getCode() == null) {
            return JsonNull.INSTANCE;
        }
        return SymptomRegistry.read().byCode(session.getSymptom().getCode()).<JsonElement>map(ReportJson::symptom)
                .orElse(JsonNull.INSTANCE);
    }

    private static JsonObject symptom(SymptomDescriptor descriptor) {
        JsonObject json = new JsonObject();
        json.addProperty("code", descriptor.code());
        json.addProperty("app", descriptor.app());
        json.addProperty("message", descriptor.message());
        json.addProperty("meaning", descriptor.meaning());
        json.addProperty("distinguish", descriptor.distinguish());
        JsonArray causes = new JsonArray();
        descriptor.causes().forEach(causes::add);
        json.add("causes", causes);
        json.addProperty("source", descriptor.source());
        json.addProperty("contributor", descriptor.origin());
        return json;
    }

    private static JsonObject target(TargetDescription target) {
        JsonObject json = new JsonObject();
        if (target == null) {
            json.addProperty("kind", "demo");
            return json;
        }
        json.addProperty("kind", target.getKind());
        json.addProperty("hostname", target.getHostname());
        json.addProperty("location", target.getLocation());
        json.addProperty("os", target.getOs());
        json.addProperty("user", target.getUser());
        json.add("collectedAt", time(target.getCollectedAt()));
        json.addProperty("readOnly", target.isReadOnly());
        return json;
    }

    private static JsonObject object(Iterable<? extends Fact> facts) {
        JsonObject json = new JsonObject();
        for (Fact fact : facts) {
            json.add(fact.getName(), value(fact));
        }
        return json;
    }

    public static JsonElement value(Fact fact) {
        if (fact instanceof TextFact text) {
            return text.getValue() == null ? JsonNull.INSTANCE : new JsonPrimitive(text.getValue());
        }
        if (fact instanceof NumberFact number) {
            BigDecimal value = number.getValue();
            return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
        }
        if (fact instanceof BooleanFact flag) {
            return new JsonPrimitive(flag.isValue());
        }
        if (fact instanceof TimeFact time) {
            return time(time.getValue());
        }
        if (fact instanceof ListFact list) {
            JsonArray array = new JsonArray();
            list.getItems().forEach(item -> array.add(value(item)));
            return array;
        }
        if (fact instanceof RecordFact record) {
            return object(record.getFields());
        }
        return JsonNull.INSTANCE;
    }

    private static JsonElement time(Date date) {
        return date == null ? JsonNull.INSTANCE : new JsonPrimitive(date.toInstant().toString());
    }
}
