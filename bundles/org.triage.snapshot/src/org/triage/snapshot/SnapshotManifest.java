package org.triage.snapshot;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.triage.formats.TextDecoder;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** {@code manifest.json}: who, where and when the snapshot was collected. */
record SnapshotManifest(String format, Instant collectedAt, String hostname, String user, String os, String problem) {

    static final String FORMAT = "triage-snapshot/1";

    static SnapshotManifest missing() {
        return new SnapshotManifest(null, null, null, null, null, "the snapshot has no manifest.json");
    }

    static SnapshotManifest parse(byte[] bytes) {
        try {
            JsonElement element = JsonParser.parseString(TextDecoder.decode(bytes).text());
            if (!element.isJsonObject()) {
                return new SnapshotManifest(null, null, null, null, null, "manifest.json is not a JSON object");
            }
            JsonObject json = element.getAsJsonObject();
            String format = text(json, "format");
            String problem = FORMAT.equals(format) ? null
                    : "manifest.json says format '" + format + "', expected " + FORMAT;
            Instant collectedAt = null;
            String when = text(json, "collectedAt");
            if (when != null) {
                try {
                    collectedAt = OffsetDateTime.parse(when).toInstant();
                } catch (DateTimeParseException e) {
                    problem = "manifest.json: collectedAt '" + when + "' is not an ISO-8601 time with offset";
                }
            }
            return new SnapshotManifest(format, collectedAt, text(json, "hostname"), text(json, "user"),
                    text(json, "os"), problem);
        } catch (JsonParseException | IllegalStateException e) {
            return new SnapshotManifest(null, null, null, null, null, "manifest.json is not valid JSON: " + e.getMessage());
        }
    }

    private static String text(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? null : value.getAsString();
    }
}
