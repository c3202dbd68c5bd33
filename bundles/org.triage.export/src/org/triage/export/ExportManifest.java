package org.triage.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * {@code manifest.json}: what the export is (format, product, session, the fix bundles that took part), what was
 * done to it (redactions and pseudonyms, counted by kind, never a value), and the SHA-256 of every other entry.
 *
 * @param fixBundles   the bundles whose fixes the session planned or ran, with their versions
 * @param redactions   how many values of each kind were redacted
 * @param pseudonyms   how many values of each kind were pseudonymised; empty where the export is not
 */
public record ExportManifest(String format, String createdAt, String productVersion, String sessionId,
        String sessionProductVersion, boolean pseudonymized, List<FixBundle> fixBundles, Map<String, Integer> redactions,
        Map<String, Integer> pseudonyms, List<EntryDigest> entries) {

    public record FixBundle(String bundle, String version, List<String> fixes) {
    }

    public record EntryDigest(String name, long size, String sha256) {
    }

    public ExportManifest {
        fixBundles = List.copyOf(fixBundles);
        redactions = Map.copyOf(redactions);
        pseudonyms = Map.copyOf(pseudonyms);
        entries = List.copyOf(entries);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static EntryDigest digest(String name, byte[] bytes) {
        return new EntryDigest(name, bytes.length, sha256(bytes));
    }

    public byte[] toBytes() {
        JsonObject json = toJson();
        json.addProperty("fingerprint", sha256(serialize(toJson())));
        return serialize(json);
    }

    private static byte[] serialize(JsonObject json) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What is wrong with the manifest's own fields: its {@code fingerprint} is the SHA-256 of everything else it says
     * (product, session, bundles, counts, entry digests), so that a changed byte in any of them is seen, as the
     * entries' digests show changed entries. Null where it matches; a manifest without one is not checked.
     */
    public static String fingerprintProblem(byte[] manifestBytes) {
        ExportManifest manifest;
        String fingerprint;
        try {
            manifest = parse(manifestBytes);
            JsonElement value = JsonParser.parseString(new String(manifestBytes, StandardCharsets.UTF_8))
                    .getAsJsonObject().get("fingerprint");
            if (value == null) {
                return null;
            }
            fingerprint = value.isJsonPrimitive() ? value.getAsString() : "";
        } catch (IllegalArgumentException | IllegalStateException | JsonParseException e) {
            return "cannot be checked";
        }
        return sha256(serialize(manifest.toJson())).equalsIgnoreCase(fingerprint) ? null
                : "changed after the export was written (its fields do not match its fingerprint)";
    }

    private JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("format", format);
        json.addProperty("createdAt", createdAt);
        JsonObject product = new JsonObject();
        product.addProperty("name", "Triage Console");
        product.addProperty("version", productVersion);
        json.add("product", product);
        JsonObject session = new JsonObject();
        session.addProperty("id", sessionId);
        session.addProperty("productVersion", sessionProductVersion);
        json.add("session", session);
        JsonArray bundles = new JsonArray();
        for (FixBundle bundle : fixBundles) {
            JsonObject item = new JsonObject();
            item.addProperty("bundle", bundle.bundle());
            item.addProperty("version", bundle.version());
            JsonArray fixes = new JsonArray();
            bundle.fixes().forEach(fixes::add);
            item.add("fixes", fixes);
            bundles.add(item);
        }
        json.add("fixBundles", bundles);
        json.addProperty("pseudonymized", pseudonymized);
        JsonObject redacted = new JsonObject();
        redacted.addProperty("total", redactions.values().stream().mapToInt(Integer::intValue).sum());
        redacted.add("byKind", counts(redactions));
        json.add("redactions", redacted);
        if (pseudonymized) {
            json.add("pseudonyms", counts(pseudonyms));
        }
        JsonArray digests = new JsonArray();
        for (EntryDigest entry : entries) {
            JsonObject item = new JsonObject();
            item.addProperty("name", entry.name());
            item.addProperty("size", entry.size());
            item.addProperty("sha256", entry.sha256());
            digests.add(item);
        }
        json.add("entries", digests);
        return json;
    }

    private static JsonObject counts(Map<String, Integer> counts) {
        JsonObject json = new JsonObject();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> json.addProperty(entry.getKey(), entry.getValue()));
        return json;
    }

    /**
     * Reads a manifest.
     *
     * @throws IllegalArgumentException with a message for the user where it is not a manifest of this format
     */
    public static ExportManifest parse(byte[] bytes) {
        JsonObject json;
        try {
            JsonElement root = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
            if (!root.isJsonObject()) {
                throw new IllegalArgumentException("manifest.json is not a JSON object");
            }
            json = root.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("manifest.json is not valid JSON: " + e.getMessage(), e);
        }
        String format = text(json, "format");
        if (!ExportLayout.FORMAT.equals(format)) {
            throw new IllegalArgumentException("manifest.json says format '" + format + "'; this product reads "
                    + ExportLayout.FORMAT);
        }
        try {
            List<EntryDigest> entries = new ArrayList<>();
            JsonElement list = json.get("entries");
            if (list == null || !list.isJsonArray()) {
                throw new IllegalArgumentException("manifest.json lists no entries");
            }
            for (JsonElement element : list.getAsJsonArray()) {
                JsonObject item = element.getAsJsonObject();
                String name = text(item, "name");
                String sha = text(item, "sha256");
                if (name == null || sha == null) {
                    throw new IllegalArgumentException("manifest.json has an entry without name or sha256");
                }
                entries.add(new EntryDigest(name, item.has("size") ? item.get("size").getAsLong() : -1, sha));
            }
            List<FixBundle> bundles = new ArrayList<>();
            JsonElement fixBundles = json.get("fixBundles");
            if (fixBundles != null && fixBundles.isJsonArray()) {
                for (JsonElement element : fixBundles.getAsJsonArray()) {
                    JsonObject item = element.getAsJsonObject();
                    List<String> fixes = new ArrayList<>();
                    if (item.has("fixes") && item.get("fixes").isJsonArray()) {
                        item.getAsJsonArray("fixes").forEach(fix -> fixes.add(fix.getAsString()));
                    }
                    bundles.add(new FixBundle(text(item, "bundle"), text(item, "version"), fixes));
                }
            }
            JsonObject product = object(json, "product");
            JsonObject session = object(json, "session");
            JsonObject redactions = object(json, "redactions");
            return new ExportManifest(format, text(json, "createdAt"), text(product, "version"), text(session, "id"),
                    text(session, "productVersion"), json.has("pseudonymized") && json.get("pseudonymized").getAsBoolean(),
                    bundles, readCounts(object(redactions, "byKind")), readCounts(object(json, "pseudonyms")), entries);
        } catch (IllegalStateException | ClassCastException | UnsupportedOperationException | NumberFormatException e) {
            throw new IllegalArgumentException("manifest.json is malformed: " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> readCounts(JsonObject json) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        json.entrySet().forEach(entry -> counts.put(entry.getKey(), entry.getValue().getAsInt()));
        return counts;
    }

    private static JsonObject object(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
    }

    private static String text(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    public int redactionTotal() {
        return redactions.values().stream().mapToInt(Integer::intValue).sum();
    }
}
