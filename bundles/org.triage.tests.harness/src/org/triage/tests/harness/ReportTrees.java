package org.triage.tests.harness;

import java.util.Set;

import org.triage.core.report.ReportJson;
import org.triage.model.Session;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The {@code triage-report/1} tree of a session without what legitimately differs between two runs on
 * the same evidence: where the target was opened from, the generated observation ids, and the time at
 * which this run made a check.
 */
public final class ReportTrees {

    /** Facts that say when a run checked something, not what it found. */
    private static final Set<String> RUN_TIMES = Set.of("TestedAt", "LocalTime", "ReferenceTime", "ServerDate");

    private ReportTrees() {
    }

    public static JsonObject comparable(Session session) {
        JsonObject report = ReportJson.toJson(session);
        report.getAsJsonObject("target").remove("location");
        for (JsonElement observation : report.getAsJsonArray("observations")) {
            observation.getAsJsonObject().remove("id");
            removeRunTimes(observation.getAsJsonObject().get("facts"));
        }
        return report;
    }

    private static void removeRunTimes(JsonElement facts) {
        if (facts.isJsonObject()) {
            RUN_TIMES.forEach(facts.getAsJsonObject()::remove);
            facts.getAsJsonObject().entrySet().forEach(fact -> removeRunTimes(fact.getValue()));
        } else if (facts.isJsonArray()) {
            facts.getAsJsonArray().forEach(ReportTrees::removeRunTimes);
        }
    }
}
