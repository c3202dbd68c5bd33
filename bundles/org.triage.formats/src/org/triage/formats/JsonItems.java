package org.triage.formats;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Values of the collector's own JSON files, read as leniently as PowerShell writes them. */
final class JsonItems {

    private JsonItems() {
    }

    /**
     * The strings of an array member, or of a single value where PowerShell wrote one item without its array;
     * empty for null or absent. Blank entries are left out.
     */
    static List<String> texts(JsonObject object, String key) {
        JsonElement value = PowerShellJson.member(object, key);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isJsonNull()) {
            return texts;
        }
        if (value.isJsonArray()) {
            for (JsonElement item : value.getAsJsonArray()) {
                if (item.isJsonPrimitive() && !item.getAsString().isBlank()) {
                    texts.add(item.getAsString().strip());
                }
            }
        } else if (value.isJsonPrimitive() && !value.getAsString().isBlank()) {
            texts.add(value.getAsString().strip());
        }
        return texts;
    }

    /** A string member, stripped; empty where absent, null or blank. */
    static Optional<String> text(JsonObject object, String key) {
        String text = PowerShellJson.text(object, key).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    static Optional<Integer> integer(JsonObject object, String key) {
        return PowerShellJson.whole(object, key).filter(v -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE)
                .map(Long::intValue);
    }

    static Optional<Boolean> bool(JsonObject object, String key) {
        return PowerShellJson.bool(object, key);
    }

    /**
     * An ISO 8601 time with offset or {@code Z} ({@code DateTime.ToString('o')} of a UTC time); empty where absent.
     *
     * @throws DateTimeParseException where the member holds something else
     */
    static Optional<Instant> instant(JsonObject object, String key) {
        Optional<String> text = text(object, key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(OffsetDateTime.parse(text.get()).toInstant());
    }
}
