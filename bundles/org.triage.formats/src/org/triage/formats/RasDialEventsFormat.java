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
 * Reads the RasClient dial events as {@link #QUERY} selects them: {@code TimeCreated} (ISO 8601 in UTC, or
 * {@code /Date(ms)/} where a plain {@code ConvertTo-Json} of Windows PowerShell 5.1 wrote it), {@code Id} and
 * {@code Message}; one object, an array, or nothing (no events).
 */
public final class RasDialEventsFormat {

    /** The event a dial starts with; its message names the profile. */
    public static final int DIAL_STARTED = 20221;

    /**
     * The PowerShell pipeline that selects the events, before {@code ConvertTo-Json}: its output is the same on
     * Windows PowerShell 5.1 and PowerShell 7. No event at all (no VPN dialed since the log was cleared) is no
     * output, not an error.
     */
    public static final String QUERY = "Get-WinEvent -FilterHashtable @{LogName='Application';ProviderName='RasClient';"
            + "Id=" + DIAL_STARTED + "} -MaxEvents 50 -ErrorAction SilentlyContinue | Select-Object "
            + "@{Name='TimeCreated';Expression={$_.TimeCreated.ToUniversalTime().ToString('o')}},Id,Message";

    private static final Pattern MS_DATE = Pattern.compile("^/Date\\((-?\\d+)([+-]\\d{4})?\\)/$");

    private RasDialEventsFormat() {
    }

    public static RasDialEventList parse(byte[] bytes) {
        return parse(TextDecoder.decode(bytes).text());
    }

    public static RasDialEventList parse(String text) {
        String json = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (json.isBlank()) {
            return new RasDialEventList(List.of(), List.of(), true);
        }
        List<ParseProblem> problems = new ArrayList<>();
        PowerShellJson.ReadResult read = PowerShellJson.read(json);
        if (read.problem() != null) {
            problems.add(read.problem());
        }
        List<RasDialEvent> events = new ArrayList<>();
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
            if (created == null) {
                problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "TimeCreated", i),
                        "event " + (i + 1) + " has no readable TimeCreated: " + time));
                continue;
            }
            int id = PowerShellJson.whole(object, "Id").map(Long::intValue).orElse(0);
            events.add(new RasDialEvent(created, id, PowerShellJson.text(object, "Message")));
        }
        boolean recognised = !events.isEmpty() || (read.problem() == null && items.isEmpty());
        if (!recognised) {
            problems.add(0, new ParseProblem(problems.isEmpty() ? 1 : problems.get(0).line(),
                    "not RasClient events as ConvertTo-Json writes them"));
        }
        return new RasDialEventList(events, problems, recognised);
    }

    /** The events as the query writes them (an array, as the Windows target's script always makes it). */
    public static String render(List<RasDialEvent> events) {
        JsonArray array = new JsonArray();
        for (RasDialEvent event : events) {
            JsonObject object = new JsonObject();
            object.addProperty("TimeCreated", event.timeCreated().toString());
            object.addProperty("Id", event.id());
            object.addProperty("Message", event.message());
            array.add(object);
        }
        return PowerShellJson.write(array);
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
