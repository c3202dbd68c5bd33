package org.triage.tests.harness;

import org.triage.core.report.ReportJson;
import org.triage.model.Session;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The {@code triage-report/1} tree of a session without what legitimately differs between two runs on
 * the same evidence: where the target was opened from, and the generated observation ids.
 */
public final class ReportTrees {

    private ReportTrees() {
    }

    public static JsonObject comparable(Session session) {
        JsonObject report = ReportJson.toJson(session);
        report.getAsJsonObject("target").remove("location");
        for (JsonElement observation : report.getAsJsonArray("observations")) {
            observation.getAsJsonObject().remove("id");
        }
        return report;
    }
}
