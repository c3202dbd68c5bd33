package org.triage.formats;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads {@code credentials.json}, which the collector writes from {@code CredEnumerateW}: an array of objects with
 * {@code TargetName}, {@code Type}, {@code UserName}, {@code Persist} and {@code LastWritten} (UTC ISO 8601), named
 * as the members of {@code CREDENTIALW} are; no secret. An empty array is a Credential Manager with nothing in it.
 */
public final class CredentialsJsonFormat {

    private CredentialsJsonFormat() {
    }

    /**
     * Writes the credentials as the collector does (an array, even of one), for a target that reads Credential
     * Manager through the API itself and keeps what it read as evidence in the same shape.
     */
    public static String render(List<CredentialRecord> credentials) {
        JsonArray array = new JsonArray();
        for (CredentialRecord credential : credentials) {
            JsonObject o = new JsonObject();
            o.addProperty("TargetName", credential.targetName());
            o.addProperty("Type", credential.type());
            o.addProperty("UserName", credential.userName().orElse(null));
            o.addProperty("Persist", credential.persist());
            o.addProperty("LastWritten", credential.lastWritten().map(Instant::toString).orElse(null));
            array.add(o);
        }
        return PowerShellJson.write(array);
    }

    public static CredentialsJson parse(String text) {
        String json = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<ParseProblem> problems = new ArrayList<>();
        if (json.isBlank()) {
            problems.add(new ParseProblem(1, "input is empty"));
            return new CredentialsJson(List.of(), problems, false);
        }
        PowerShellJson.ReadResult read = PowerShellJson.read(json);
        if (read.problem() != null) {
            problems.add(read.problem());
        }
        boolean sawArray = read.values().stream().anyMatch(JsonElement::isJsonArray);
        List<CredentialRecord> credentials = new ArrayList<>();
        List<JsonElement> items = PowerShellJson.items(read.values());
        for (int i = 0; i < items.size(); i++) {
            JsonElement item = items.get(i);
            if (!item.isJsonObject() || JsonItems.text(item.getAsJsonObject(), "TargetName").isEmpty()) {
                problems.add(new ParseProblem(1, "item " + (i + 1) + " of " + items.size()
                        + " is not a credential (no TargetName): " + TextLines.excerpt(item.toString())));
                continue;
            }
            JsonObject object = item.getAsJsonObject();
            Optional<Instant> lastWritten = Optional.empty();
            try {
                lastWritten = JsonItems.instant(object, "LastWritten");
            } catch (DateTimeParseException e) {
                problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "LastWritten", i),
                        "LastWritten is not an ISO 8601 time: " + TextLines.excerpt(PowerShellJson.text(object,
                                "LastWritten"))));
            }
            credentials.add(new CredentialRecord(JsonItems.text(object, "TargetName").get(),
                    JsonItems.integer(object, "Type").orElse(0), JsonItems.text(object, "UserName"),
                    JsonItems.integer(object, "Persist").orElse(0), lastWritten));
        }
        boolean recognised = !credentials.isEmpty() || (sawArray && items.isEmpty() && read.problem() == null);
        if (!recognised) {
            problems.add(0, new ParseProblem(problems.isEmpty() ? 1 : problems.get(0).line(),
                    "not credentials.json: no object with a TargetName"));
        }
        return new CredentialsJson(credentials, problems, recognised);
    }
}
