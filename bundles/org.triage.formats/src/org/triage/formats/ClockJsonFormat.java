package org.triage.formats;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads {@code clock.json}, the collector's own account of the workstation's clock: {@code LocalTime} (the local
 * time with its UTC offset, {@code DateTimeOffset.Now.ToString('o')}), {@code UtcTimeBefore} and
 * {@code UtcTimeAfter} (the clock in UTC just before a {@code HEAD} request to {@code Reference} and when its answer
 * came), {@code ReferenceDate} (the answer's {@code Date} header, RFC 1123, in GMT) and {@code ReferenceError} (why
 * there is none). Language-independent.
 */
public final class ClockJsonFormat {

    /** The reference the collector and the live Windows target ask for the time: Entra ID's sign-in endpoint. */
    public static final String REFERENCE = "https://login.microsoftonline.com/";

    /**
     * The statements that collect {@code clock.json}, one per element. The collector runs them in its
     * {@code Get-ClockReading} function and the live Windows target through {@link #QUERY};
     * {@code CollectorAgreementTest} keeps the two the same. No double quote. TLS 1.2 is allowed for the request
     * (Windows PowerShell 5.1 may offer only TLS 1.0 otherwise); redirects are not followed, since the first
     * answer's Date is the one wanted.
     */
    public static final List<String> QUERY_STATEMENTS = List.of(
            "$reference = '" + REFERENCE + "'",
            "$date = $null; $referenceError = $null",
            "try { [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor [System.Net.SecurityProtocolType]::Tls12 } catch { }",
            "$before = [DateTime]::UtcNow",
            "try { $request = [System.Net.HttpWebRequest]::Create($reference); $request.Method = 'HEAD'; $request.Timeout = 15000; $request.AllowAutoRedirect = $false; try { $response = $request.GetResponse() } catch [System.Net.WebException] { $response = $_.Exception.Response; if ($null -eq $response) { throw } }; $date = $response.Headers['Date']; $response.Close() } catch { $referenceError = $_.Exception.Message }",
            "$after = [DateTime]::UtcNow",
            "[pscustomobject][ordered]@{ LocalTime = [DateTimeOffset]::Now.ToString('o'); UtcTimeBefore = $before.ToString('o'); UtcTimeAfter = $after.ToString('o'); Reference = $reference; ReferenceDate = $date; ReferenceError = $referenceError }");

    /** {@link #QUERY_STATEMENTS} as one script, whose output is the clock object. */
    public static final String QUERY = String.join("; ", QUERY_STATEMENTS);

    private ClockJsonFormat() {
    }

    public static ClockJson parse(String text) {
        String json = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<ParseProblem> problems = new ArrayList<>();
        if (json.isBlank()) {
            problems.add(new ParseProblem(1, "input is empty"));
            return unrecognised(problems);
        }
        PowerShellJson.ReadResult read = PowerShellJson.read(json);
        if (read.problem() != null) {
            problems.add(read.problem());
        }
        JsonObject object = PowerShellJson.items(read.values()).stream().filter(JsonElement::isJsonObject)
                .map(JsonElement::getAsJsonObject).filter(o -> PowerShellJson.member(o, "UtcTimeBefore") != null)
                .findFirst().orElse(null);
        if (object == null) {
            problems.add(0, new ParseProblem(problems.isEmpty() ? 1 : problems.get(0).line(),
                    "not clock.json: no object with UtcTimeBefore"));
            return unrecognised(problems);
        }
        Instant before = instant(json, object, "UtcTimeBefore", problems);
        Instant after = instant(json, object, "UtcTimeAfter", problems);
        if (before == null || after == null || after.isBefore(before)) {
            if (before != null && after != null) {
                problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "UtcTimeAfter", 0),
                        "UtcTimeAfter comes before UtcTimeBefore"));
            }
            return unrecognised(problems);
        }
        Optional<ZoneOffset> offset = JsonItems.text(object, "LocalTime").flatMap(local -> {
            try {
                return Optional.of(OffsetDateTime.parse(local).getOffset());
            } catch (DateTimeParseException e) {
                problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "LocalTime", 0),
                        "LocalTime is not an ISO 8601 time with offset: " + local));
                return Optional.empty();
            }
        });
        Optional<Instant> date = JsonItems.text(object, "ReferenceDate").flatMap(header -> {
            Optional<Instant> parsed = httpDate(header);
            if (parsed.isEmpty()) {
                problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "ReferenceDate", 0),
                        "ReferenceDate is not an HTTP date: " + header));
            }
            return parsed;
        });
        return new ClockJson(offset, before, after, JsonItems.text(object, "Reference").orElse(REFERENCE), date,
                JsonItems.text(object, "ReferenceError"), problems, true);
    }

    /** An HTTP {@code Date} header (RFC 1123, {@code Fri, 04 Dec 2026 21:18:05 GMT}); empty where it is not one. */
    public static Optional<Instant> httpDate(String header) {
        try {
            return Optional.of(ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(String json, JsonObject object, String key, List<ParseProblem> problems) {
        Optional<String> text = JsonItems.text(object, key);
        if (text.isEmpty()) {
            problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, key, 0), key + " is missing"));
            return null;
        }
        try {
            return OffsetDateTime.parse(text.get()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, key, 0), key
                    + " is not an ISO 8601 time with offset: " + text.get()));
            return null;
        }
    }

    private static ClockJson unrecognised(List<ParseProblem> problems) {
        return new ClockJson(Optional.empty(), Instant.EPOCH, Instant.EPOCH, REFERENCE, Optional.empty(),
                Optional.empty(), problems, false);
    }

    /** The clock as the collector writes it; the demo workstation shows its clock this way. */
    public static String render(OffsetDateTime localTime, Instant utcBefore, Instant utcAfter, Instant referenceDate,
            String referenceError) {
        JsonObject object = new JsonObject();
        object.addProperty("LocalTime", localTime.toString());
        object.addProperty("UtcTimeBefore", utcBefore.toString());
        object.addProperty("UtcTimeAfter", utcAfter.toString());
        object.addProperty("Reference", REFERENCE);
        object.addProperty("ReferenceDate", referenceDate == null ? null
                : DateTimeFormatter.RFC_1123_DATE_TIME.format(referenceDate.atOffset(ZoneOffset.UTC)));
        object.addProperty("ReferenceError", referenceError);
        return PowerShellJson.write(object);
    }
}
