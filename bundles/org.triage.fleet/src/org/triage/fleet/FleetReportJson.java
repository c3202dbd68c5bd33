package org.triage.fleet;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The fleet report as JSON, format {@value #FORMAT}: what {@code triage fleet report --json} prints and the fleet
 * export writes. Unknown values are {@code null}. Every value that may name a device, user, gateway or site goes
 * through {@code names} (the identity, or the export's redaction and pseudonymisation).
 */
public final class FleetReportJson {

    public static final String FORMAT = "triage-fleet-report/1";

    private FleetReportJson() {
    }

    public static String write(FleetReport report) {
        return write(report, null, UnaryOperator.identity(), true);
    }

    /** The report, the devices where given (null: left out), and the database where {@code withDatabase}. */
    public static String write(FleetReport report, List<FleetDevice> devices, UnaryOperator<String> names,
            boolean withDatabase) {
        JsonObject json = new JsonObject();
        json.addProperty("format", FORMAT);
        json.addProperty("createdAt", report.createdAt().toString());
        json.add("since", report.since() == null ? JsonNull.INSTANCE : new JsonPrimitive(report.since().toString()));
        if (withDatabase) {
            json.addProperty("database", report.database());
        }
        json.addProperty("devices", report.devices());
        json.addProperty("unreadable", report.unreadable());
        JsonArray causes = new JsonArray();
        for (FleetReport.CauseCount cause : report.causes()) {
            JsonObject item = new JsonObject();
            item.addProperty("cause", cause.causeId());
            item.addProperty("devices", cause.devices());
            causes.add(item);
        }
        json.add("causes", causes);
        JsonObject breakdowns = new JsonObject();
        for (Map.Entry<Dimension, List<FleetReport.CellCount>> entry : report.breakdowns().entrySet()) {
            JsonArray cells = new JsonArray();
            for (FleetReport.CellCount cell : entry.getValue()) {
                JsonObject item = new JsonObject();
                item.add("cause", text(cell.causeId()));
                item.add("value", text(value(entry.getKey(), cell.value(), names)));
                item.addProperty("devices", cell.devices());
                cells.add(item);
            }
            breakdowns.add(entry.getKey().key(), cells);
        }
        json.add("breakdowns", breakdowns);
        JsonArray combinations = new JsonArray();
        for (FleetReport.Combination combination : report.topCombinations()) {
            JsonObject item = new JsonObject();
            item.addProperty("cause", combination.causeId());
            item.addProperty("devices", combination.devices());
            item.add("facts", facts(combination.facts(), names));
            combinations.add(item);
        }
        json.add("topCombinations", combinations);
        if (devices != null) {
            JsonArray list = new JsonArray();
            for (FleetDevice device : devices) {
                JsonObject item = new JsonObject();
                item.addProperty("device", names.apply(device.device()));
                item.add("hostname", text(device.hostname() == null ? null : names.apply(device.hostname())));
                item.add("collectedAt", text(device.collectedAt() == null ? null : device.collectedAt().toString()));
                item.add("facts", facts(device.facts(), names));
                JsonArray findings = new JsonArray();
                for (FleetFinding finding : device.findings()) {
                    JsonObject found = new JsonObject();
                    found.addProperty("cause", finding.causeId());
                    found.addProperty("severity", finding.severity());
                    findings.add(found);
                }
                item.add("findings", findings);
                list.add(item);
            }
            json.add("deviceList", list);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json);
    }

    private static JsonObject facts(Map<Dimension, String> facts, UnaryOperator<String> names) {
        JsonObject json = new JsonObject();
        for (Dimension dimension : Dimension.values()) {
            if (facts.containsKey(dimension)) {
                json.add(dimension.key(), text(value(dimension, facts.get(dimension), names)));
            }
        }
        return json;
    }

    /** Names pass through {@code names}; days, OS builds, tunnel modes and join types are no names. */
    public static String value(Dimension dimension, String value, UnaryOperator<String> names) {
        if (value == null) {
            return null;
        }
        return switch (dimension) {
            case GATEWAY, SITE, PROXY -> names.apply(value);
            default -> value;
        };
    }

    private static JsonElement text(String value) {
        return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }
}
