package org.triage.core.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Validates JSON against a JSON Schema that uses only the keywords of the report contract: {@code type}
 * (one name or an array of names, {@code "null"} included), {@code required}, {@code properties},
 * {@code items}, {@code enum}, {@code const} and {@code pattern}, plus the annotations {@code $schema},
 * {@code $id}, {@code title} and {@code description}. A schema with any other keyword is refused rather
 * than half-checked, so a richer contract cannot pass unnoticed.
 */
public final class JsonSchemaValidator {

    private static final Set<String> KEYWORDS = Set.of("type", "required", "properties", "items", "enum", "const",
            "pattern");
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description");
    private static final Set<String> TYPES = Set.of("object", "array", "string", "number", "integer", "boolean",
            "null");

    private final JsonObject schema;

    public JsonSchemaValidator(JsonObject schema) {
        checkSchema(schema, "#");
        this.schema = schema;
    }

    /** Loads a schema from this bundle's class path (resources/). */
    public static JsonSchemaValidator fromResource(String name) {
        try (InputStream in = JsonSchemaValidator.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name + " on the test class path");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new JsonSchemaValidator(JsonParser.parseReader(reader).getAsJsonObject());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** Every violation, each with the JSON path where it is; empty where the document is valid. */
    public List<String> validate(JsonElement document) {
        List<String> errors = new ArrayList<>();
        validate(schema, document, "$", errors);
        return errors;
    }

    private static void validate(JsonObject schema, JsonElement value, String path, List<String> errors) {
        if (schema.has("type")) {
            List<String> types = typeNames(schema.get("type"));
            if (types.stream().noneMatch(type -> hasType(value, type))) {
                errors.add(path + ": expected " + String.join(" or ", types) + " but found " + typeOf(value));
                return;
            }
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(path + ": expected " + schema.get("const") + " but found " + value);
        }
        if (schema.has("enum") && !schema.getAsJsonArray("enum").contains(value)) {
            errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("pattern") && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                && !Pattern.compile(schema.get("pattern").getAsString()).matcher(value.getAsString()).find()) {
            errors.add(path + ": " + value + " does not match " + schema.get("pattern").getAsString());
        }
        if (value.isJsonObject()) {
            JsonObject object = value.getAsJsonObject();
            if (schema.has("required")) {
                for (JsonElement name : schema.getAsJsonArray("required")) {
                    if (!object.has(name.getAsString())) {
                        errors.add(path + ": required property '" + name.getAsString() + "' is missing");
                    }
                }
            }
            if (schema.has("properties")) {
                for (Map.Entry<String, JsonElement> property : schema.getAsJsonObject("properties").entrySet()) {
                    if (object.has(property.getKey())) {
                        validate(property.getValue().getAsJsonObject(), object.get(property.getKey()),
                                path + "." + property.getKey(), errors);
                    }
                }
            }
        }
        if (value.isJsonArray() && schema.has("items")) {
            JsonArray array = value.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                validate(schema.getAsJsonObject("items"), array.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private static List<String> typeNames(JsonElement type) {
        List<String> names = new ArrayList<>();
        if (type.isJsonArray()) {
            type.getAsJsonArray().forEach(name -> names.add(name.getAsString()));
        } else {
            names.add(type.getAsString());
        }
        return names;
    }

    private static boolean hasType(JsonElement value, String type) {
        return switch (type) {
            case "null" -> value.isJsonNull();
            case "object" -> value.isJsonObject();
            case "array" -> value.isJsonArray();
            case "string" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
            case "boolean" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
            case "number" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
            case "integer" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                    && isWhole(value.getAsJsonPrimitive());
            default -> throw new IllegalStateException("unchecked type " + type);
        };
    }

    private static boolean isWhole(JsonPrimitive number) {
        return number.getAsBigDecimal().stripTrailingZeros().scale() <= 0;
    }

    private static String typeOf(JsonElement value) {
        if (value.isJsonNull()) {
            return "null";
        }
        if (value.isJsonObject()) {
            return "object";
        }
        if (value.isJsonArray()) {
            return "array";
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        return primitive.isString() ? "string" : primitive.isBoolean() ? "boolean" : "number";
    }

    /** Refuses keywords this validator does not check, and malformed uses of those it does. */
    private static void checkSchema(JsonObject schema, String where) {
        for (Map.Entry<String, JsonElement> entry : schema.entrySet()) {
            String keyword = entry.getKey();
            JsonElement value = entry.getValue();
            if (ANNOTATIONS.contains(keyword)) {
                continue;
            }
            if (!KEYWORDS.contains(keyword)) {
                throw new IllegalArgumentException(where + ": keyword '" + keyword + "' is not supported");
            }
            switch (keyword) {
                case "type" -> typeNames(value).forEach(type -> {
                    if (!TYPES.contains(type)) {
                        throw new IllegalArgumentException(where + ": unknown type '" + type + "'");
                    }
                });
                case "required", "enum" -> require(value.isJsonArray(), where, keyword, "an array");
                case "pattern" -> {
                    require(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString(), where, keyword, "a string");
                    Pattern.compile(value.getAsString());
                }
                case "properties" -> {
                    require(value.isJsonObject(), where, keyword, "an object");
                    value.getAsJsonObject().entrySet().forEach(property -> {
                        require(property.getValue().isJsonObject(), where, "properties/" + property.getKey(),
                                "a schema");
                        checkSchema(property.getValue().getAsJsonObject(), where + "/properties/" + property.getKey());
                    });
                }
                case "items" -> {
                    require(value.isJsonObject(), where, keyword, "a schema");
                    checkSchema(value.getAsJsonObject(), where + "/items");
                }
                default -> {
                    // const: any value
                }
            }
        }
    }

    private static void require(boolean holds, String where, String keyword, String what) {
        if (!holds) {
            throw new IllegalArgumentException(where + ": '" + keyword + "' must be " + what);
        }
    }
}
