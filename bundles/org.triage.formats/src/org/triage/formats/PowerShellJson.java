package org.triage.formats;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading and writing JSON the way Windows PowerShell 5.1's {@code ConvertTo-Json} does.
 *
 * <p>Reading accepts one value, several values one after another (two commands appended to one
 * file), or nothing. Writing reproduces 5.1's layout: four-space indentation, two spaces after
 * each colon, nested containers indented from the column their key's value starts at, empty
 * arrays as a bracket pair around an empty line, and {@code < > & '} escaped as {@code \\u003c}
 * and so on.
 */
final class PowerShellJson {

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line (\\d+)");
    /** What 5.1 writes in place of objects nested deeper than {@code -Depth}. */
    private static final Pattern TRUNCATED = Pattern.compile(
            "^(System\\.[\\w.`\\[\\]]+|Microsoft\\.Management\\.Infrastructure\\.[\\w.\\[\\]]+|\\w+ \\(.*=.*\\))$");

    private PowerShellJson() {
    }

    /** The values read, or the problem that stopped the reading (with what came before it). */
    record ReadResult(List<JsonElement> values, ParseProblem problem) {
    }

    static ReadResult read(String text) {
        List<JsonElement> values = new ArrayList<>();
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.LENIENT);
        try {
            while (reader.peek() != JsonToken.END_DOCUMENT) {
                if (reader.peek() == JsonToken.BEGIN_ARRAY) {
                    // Element by element, so the complete objects of a cut-off array are kept.
                    JsonArray array = new JsonArray();
                    values.add(array);
                    reader.beginArray();
                    while (reader.hasNext()) {
                        array.add(JsonParser.parseReader(reader));
                    }
                    reader.endArray();
                } else {
                    values.add(JsonParser.parseReader(reader));
                }
            }
            return new ReadResult(values, null);
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            return new ReadResult(values, new ParseProblem(lineOf(e, text), "not valid JSON: " + describe(e)));
        } catch (StackOverflowError e) {
            return new ReadResult(values, new ParseProblem(1, "JSON nested too deeply to read"));
        }
    }

    private static int lineOf(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = LINE_IN_MESSAGE.matcher(t.getMessage());
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        return Math.max(1, (int) text.lines().count());
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int seeHelp = message.indexOf("\nSee ");
        return seeHelp > 0 ? message.substring(0, seeHelp) : message;
    }

    /** The top-level values as a list of objects: an array's elements, or the object itself. */
    static List<JsonElement> items(List<JsonElement> values) {
        List<JsonElement> items = new ArrayList<>();
        for (JsonElement value : values) {
            if (value.isJsonArray()) {
                value.getAsJsonArray().forEach(items::add);
            } else if (!value.isJsonNull()) {
                items.add(value);
            }
        }
        return items;
    }

    /**
     * 1-based line of the {@code n}th (0-based) occurrence of {@code "key"} in the JSON text, for
     * pointing problems at the object they concern; 1 when not found.
     */
    static int lineOfKey(String text, String key, int n) {
        String needle = "\"" + key + "\"";
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) {
                return 1;
            }
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The member named {@code key}, matched exactly first and then ignoring case. */
    static JsonElement member(JsonObject object, String key) {
        JsonElement exact = object.get(key);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(key)) {
                return entry.getValue();
            }
        }
        return null;
    }

    static boolean isTruncation(JsonElement value) {
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                && TRUNCATED.matcher(value.getAsString()).matches();
    }

    static String text(JsonObject object, String key) {
        JsonElement value = member(object, key);
        if (value == null || value.isJsonNull()) {
            return "";
        }
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }

    /** A boolean written as {@code true}, {@code "True"} or {@code 1}; empty when absent or unreadable. */
    static Optional<Boolean> bool(JsonObject object, String key) {
        JsonElement value = member(object, key);
        if (value == null || !value.isJsonPrimitive()) {
            return Optional.empty();
        }
        JsonPrimitive p = value.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return Optional.of(p.getAsBoolean());
        }
        String s = p.getAsString().strip();
        if (s.equalsIgnoreCase("true") || s.equals("1")) {
            return Optional.of(true);
        }
        if (s.equalsIgnoreCase("false") || s.equals("0")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** A whole number written as a number or as digits in a string; empty otherwise. */
    static Optional<Long> whole(JsonObject object, String key) {
        JsonElement value = member(object, key);
        if (value == null || !value.isJsonPrimitive()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.getAsString().strip()).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    static String write(JsonElement value) {
        StringBuilder out = new StringBuilder();
        writeValue(out, value, 0);
        return out.append("\r\n").toString();
    }

    private static void writeValue(StringBuilder out, JsonElement value, int column) {
        if (value == null || value.isJsonNull()) {
            out.append("null");
        } else if (value.isJsonObject()) {
            writeObject(out, value.getAsJsonObject(), column);
        } else if (value.isJsonArray()) {
            writeArray(out, value.getAsJsonArray(), column);
        } else {
            JsonPrimitive p = value.getAsJsonPrimitive();
            if (p.isString()) {
                out.append(quote(p.getAsString()));
            } else {
                out.append(p.getAsString());
            }
        }
    }

    private static void writeObject(StringBuilder out, JsonObject object, int column) {
        out.append('{');
        if (object.size() == 0) {
            out.append("\r\n\r\n").append(" ".repeat(column)).append('}');
            return;
        }
        String memberIndent = " ".repeat(column + 4);
        boolean first = true;
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            out.append(first ? "\r\n" : ",\r\n");
            first = false;
            String prefix = quote(member.getKey()) + ":  ";
            out.append(memberIndent).append(prefix);
            writeValue(out, member.getValue(), column + 4 + prefix.length());
        }
        out.append("\r\n").append(" ".repeat(column)).append('}');
    }

    private static void writeArray(StringBuilder out, JsonArray array, int column) {
        out.append('[');
        if (array.isEmpty()) {
            out.append("\r\n\r\n").append(" ".repeat(column)).append(']');
            return;
        }
        String elementIndent = " ".repeat(column + 4);
        for (int i = 0; i < array.size(); i++) {
            out.append(i == 0 ? "\r\n" : ",\r\n").append(elementIndent);
            writeValue(out, array.get(i), column + 4);
        }
        out.append("\r\n").append(" ".repeat(column)).append(']');
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\'' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
