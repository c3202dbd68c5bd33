package org.triage.formats;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code Microsoft-Windows-AAD/Operational} events as {@link #QUERY} selects them: {@code TimeCreated}
 * (ISO 8601 in UTC, or {@code /Date(ms)/} from a plain Windows PowerShell 5.1 {@code ConvertTo-Json}), {@code Id},
 * {@code LevelDisplayName}, {@code Message} and {@code Properties} (the data values as text); one object, an
 * array, or nothing (no events, or no such log).
 */
public final class AadOperationalEventsFormat {

    public static final String LOG_NAME = "Microsoft-Windows-AAD/Operational";
    /** How far back and how many: the last seven days, at most 500 events. */
    public static final int DAYS = 7;
    public static final int MAX_EVENTS = 500;

    /** The pipeline before {@code ConvertTo-Json}, the same in Windows PowerShell 5.1 and PowerShell 7. */
    public static final String QUERY = "Get-WinEvent -FilterHashtable @{LogName='" + LOG_NAME + "';StartTime=(Get-Date).AddDays(-"
            + DAYS + ")} -MaxEvents " + MAX_EVENTS + " -ErrorAction SilentlyContinue | Select-Object "
            + "@{Name='TimeCreated';Expression={$_.TimeCreated.ToUniversalTime().ToString('o')}},Id,LevelDisplayName,Message,"
            + "@{Name='Properties';Expression={@($_.Properties | ForEach-Object { [string]$_.Value })}}";

    private static final Pattern MS_DATE = Pattern.compile("^/Date\\((-?\\d+)([+-]\\d{4})?\\)/$");

    private AadOperationalEventsFormat() {
    }

    public static AadOperationalEventList parse(byte[] bytes) {
        return parse(TextDecoder.decode(bytes).text());
    }

    public static AadOperationalEventList parse(String text) {
        String json = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (json.isBlank()) {
            return new AadOperationalEventList(List.of(), List.of(), true);
        }
        List<ParseProblem> problems = new ArrayList<>();
        PowerShellJson.ReadResult read = PowerShellJson.read(json);
        if (read.problem() != null) {
            problems.add(read.problem());
        }
        List<AadOperationalEvent> events = new ArrayList<>();
        List<JsonElement> items = PowerShellJson.items(read.values());
        for (int i = 0; i < items.size(); i++) {
            JsonElement item = items.get(i);
            if (!item.isJsonObject()) {
                problems.add(new ParseProblem(1, "item " + (i + 1) + " is not an event: " + TextLines.excerpt(item.toString())));
                continue;
            }
            JsonObject object = item.getAsJsonObject();
            String time = PowerShellJson.text(object, "TimeCreated");
            Instant created = time == null ? null : instant(time);
            Integer id = PowerShellJson.whole(object, "Id").map(Long::intValue).orElse(null);
            if (created == null || id == null) {
                problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "TimeCreated", i), "event " + (i + 1)
                        + (created == null ? " has no readable TimeCreated: " + time : " has no Id")));
                continue;
            }
            events.add(new AadOperationalEvent(created, id, PowerShellJson.text(object, "LevelDisplayName"),
                    PowerShellJson.text(object, "Message"), properties(object.get("Properties"))));
        }
        boolean recognised = !events.isEmpty() || (read.problem() == null && items.isEmpty());
        if (!recognised) {
            problems.add(0, new ParseProblem(problems.isEmpty() ? 1 : problems.get(0).line(),
                    "not " + LOG_NAME + " events as ConvertTo-Json writes them"));
        }
        return new AadOperationalEventList(events, problems, recognised);
    }

    /** The events as the query writes them, an array. */
    public static String render(List<AadOperationalEvent> events) {
        JsonArray array = new JsonArray();
        for (AadOperationalEvent event : events) {
            JsonObject object = new JsonObject();
            object.addProperty("TimeCreated", event.timeCreated().toString());
            object.addProperty("Id", event.id());
            object.addProperty("LevelDisplayName", event.level());
            object.addProperty("Message", event.message());
            JsonArray properties = new JsonArray();
            event.properties().forEach(properties::add);
            object.add("Properties", properties);
            array.add(object);
        }
        return PowerShellJson.write(array);
    }

    /** An array of values, or one value where ConvertTo-Json unwrapped a single-item array; null values are left out. */
    private static List<String> properties(JsonElement element) {
        List<String> values = new ArrayList<>();
        if (element == null || element.isJsonNull()) {
            return values;
        }
        if (element.isJsonArray()) {
            for (JsonElement value : element.getAsJsonArray()) {
                if (value.isJsonPrimitive()) {
                    values.add(value.getAsString());
                }
            }
        } else if (element.isJsonPrimitive()) {
            values.add(element.getAsString());
        }
        return values;
    }

    private static Instant instant(String text) {
        Matcher legacy = MS_DATE.matcher(text.strip());
        if (legacy.matches()) {
            return Instant.ofEpochMilli(Long.parseLong(legacy.group(1)));
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
