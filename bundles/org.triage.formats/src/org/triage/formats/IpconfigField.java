package org.triage.formats;

import java.util.List;

/**
 * One labelled line of {@code ipconfig /all} with its continuation lines.
 *
 * @param key    the label without its dot leader ({@code IPv4 Address}, {@code DNS Servers})
 * @param values the value and the values on continuation lines, trimmed; empty when the tool
 *               printed nothing after the colon
 */
public record IpconfigField(String key, List<String> values) {

    public IpconfigField {
        key = key == null ? "" : key.strip();
        values = List.copyOf(values);
    }

    public static IpconfigField of(String key, String... values) {
        return new IpconfigField(key, List.of(values));
    }

    /** The first value, or empty text. */
    public String value() {
        return values.isEmpty() ? "" : values.get(0);
    }
}
