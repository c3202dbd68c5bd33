package org.triage.core.rules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** dsregcmd prints times as {@code 2024-05-14 08:15:43.000 UTC}. */
final class DsregcmdTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    private DsregcmdTime() {
    }

    static Optional<Instant> parse(String text) {
        String trimmed = text.trim();
        if (trimmed.endsWith("UTC")) {
            trimmed = trimmed.substring(0, trimmed.length() - 3).trim();
        }
        try {
            return Optional.of(LocalDateTime.parse(trimmed, FORMAT).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
