package org.triage.formats;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One event of the {@code Microsoft-Windows-AAD/Operational} log, the token broker's (Web Account Manager and the
 * CloudAP plug-in) own record of its token requests, with what its message and data values tell: the error code
 * (1098: {@code Error: 0xCAA5001C Token broker operation failed.}), the inner error of the broker operation, an
 * AADSTS code, the OAuth error (1081), the HTTP status (1025), the correlation id and the client app.
 *
 * @param timeCreated when the event was written
 * @param id          the event id
 * @param level       LevelDisplayName, in the machine's language
 * @param message     the rendered message
 * @param properties  the event's data values as text
 */
public record AadOperationalEvent(Instant timeCreated, int id, String level, String message, List<String> properties) {

    private static final Pattern HRESULT = Pattern.compile("(?:Error|Error code|Log|Status|Result|returned error):\\s*(0x[0-9A-Fa-f]{8})\\b");
    private static final Pattern INNER = Pattern.compile("Error:\\s*-?\\d+\\s*\\((0x[0-9A-Fa-f]{8})\\)");
    private static final Pattern DECIMAL_ERROR = Pattern.compile("(?m)^\\s*Error:\\s*(\\d{9,10})\\s*$");
    private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d{5,6})");
    private static final Pattern OAUTH_ERROR = Pattern.compile("OAuth response error:\\s*([a-z_]+)");
    private static final Pattern HTTP_STATUS = Pattern.compile("Http request status:\\s*(\\d{3})");
    private static final Pattern OPERATION = Pattern.compile("Operation name:\\s*(\\w+)");
    private static final Pattern CORRELATION = Pattern.compile(
            "Correlation ?ID(?: \\(request\\))?:\\s*\\{?([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLIENT = Pattern.compile("\\bclient(?: id)?:\\s*([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PACKAGE = Pattern.compile("ms-appx-web://([A-Za-z0-9.]+)/");

    public AadOperationalEvent {
        message = message == null ? "" : message;
        level = level == null ? "" : level;
        properties = properties == null ? List.of() : List.copyOf(properties);
    }

    /** The event's own error code, upper-cased after 0x: {@code 0xCAA5001C}, {@code 0xC000005F}; a decimal one in hex. */
    public Optional<String> errorCode() {
        Optional<String> hex = first(HRESULT).map(AadOperationalEvent::normaliseHex);
        if (hex.isPresent()) {
            return hex;
        }
        return first(DECIMAL_ERROR).map(decimal -> normaliseHex(String.format("0x%08X", Long.parseLong(decimal))));
    }

    /** The inner error of the broker operation, e.g. {@code 0xCAA20009} in {@code Error: -895352823 (0xcaa20009)}. */
    public Optional<String> innerErrorCode() {
        return first(INNER).map(AadOperationalEvent::normaliseHex);
    }

    /** The first AADSTS code in the message, e.g. {@code AADSTS50126}. */
    public Optional<String> aadstsCode() {
        return first(AADSTS).map(number -> "AADSTS" + number);
    }

    public Optional<String> oauthError() {
        return first(OAUTH_ERROR);
    }

    public Optional<Integer> httpStatus() {
        return first(HTTP_STATUS).map(Integer::valueOf);
    }

    public Optional<String> operation() {
        return first(OPERATION);
    }

    public Optional<String> correlationId() {
        return first(CORRELATION).map(id -> id.toLowerCase(Locale.ROOT));
    }

    /** The app that asked for the token, where the event names it: its client id, or the package of its redirect URI. */
    public Optional<String> app() {
        return first(CLIENT).map(id -> id.toLowerCase(Locale.ROOT)).or(() -> first(PACKAGE));
    }

    /**
     * The code that says most about the failure: Entra ID's AADSTS answer where there is one, otherwise the
     * broker's error code, otherwise the inner error; empty for an event that reports no failure.
     */
    public Optional<String> failureCode() {
        return aadstsCode().or(this::errorCode).or(this::innerErrorCode)
                .or(() -> oauthError().map(error -> "OAuth " + error))
                .or(() -> httpStatus().filter(status -> status >= 400).map(status -> "HTTP " + status));
    }

    /** Whether the event reports a failed request: it carries an error, an OAuth error or an HTTP status of 400 or more. */
    public boolean failure() {
        return failureCode().isPresent();
    }

    private Optional<String> first(Pattern pattern) {
        Matcher inMessage = pattern.matcher(message);
        if (inMessage.find()) {
            return Optional.of(inMessage.group(1));
        }
        for (String property : properties) {
            Matcher inProperty = pattern.matcher(property == null ? "" : property);
            if (inProperty.find()) {
                return Optional.of(inProperty.group(1));
            }
        }
        return Optional.empty();
    }

    private static String normaliseHex(String code) {
        return "0x" + code.substring(2).toUpperCase(Locale.ROOT);
    }
}
