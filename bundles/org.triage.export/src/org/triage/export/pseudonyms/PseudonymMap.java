package org.triage.export.pseudonyms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Which pseudonym stands for which real value. It is the key to a pseudonymised export and so is written only
 * next to it on the admin's machine, never into the export itself.
 */
public final class PseudonymMap {

    public static final String FORMAT = "triage-pseudonyms/1";

    /** One real value and its pseudonym; {@code original} is the value as first seen. */
    public record Entry(IdentifierKind kind, String original, String pseudonym) {
    }

    private final Map<String, Entry> byKey = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    private static String key(IdentifierKind kind, String key) {
        return kind.name() + '\u0000' + key;
    }

    Entry get(IdentifierKind kind, String key) {
        return byKey.get(key(kind, key));
    }

    void put(IdentifierKind kind, String key, String original, String pseudonym) {
        Entry entry = new Entry(kind, original, pseudonym);
        byKey.put(key(kind, key), entry);
        entries.add(entry);
    }

    /** Every real value and its pseudonym, in the order they were met. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The pseudonym of a value as first seen, or null. */
    public String pseudonymOf(String original) {
        return entries.stream().filter(entry -> entry.original().equals(original)).map(Entry::pseudonym).findFirst()
                .orElse(null);
    }

    /** How many values of each kind were replaced: what the export's manifest may say. */
    public Map<IdentifierKind, Integer> counts() {
        Map<IdentifierKind, Integer> counts = new EnumMap<>(IdentifierKind.class);
        entries.forEach(entry -> counts.merge(entry.kind(), 1, Integer::sum));
        return counts;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The local map file: {@code {"format":"triage-pseudonyms/1","export":…,"pseudonyms":[…]}}. */
    public String toJson(String exportName, String createdAt) {
        JsonObject json = new JsonObject();
        json.addProperty("format", FORMAT);
        json.addProperty("export", exportName);
        json.addProperty("createdAt", createdAt);
        json.addProperty("warning", "This file holds the real user names, hosts and addresses behind the pseudonyms "
                + "of the export. Keep it on this machine; never attach it to a ticket.");
        JsonArray pseudonyms = new JsonArray();
        for (Entry entry : entries) {
            JsonObject item = new JsonObject();
            item.addProperty("kind", entry.kind().label());
            item.addProperty("pseudonym", entry.pseudonym());
            item.addProperty("original", entry.original());
            pseudonyms.add(item);
        }
        json.add("pseudonyms", pseudonyms);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
    }
}
