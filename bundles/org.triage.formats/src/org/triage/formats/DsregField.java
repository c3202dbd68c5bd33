package org.triage.formats;

/**
 * One {@code name : value} line of {@code dsregcmd /status}.
 *
 * @param name  the name as printed, trimmed ({@code AzureAdJoined}, {@code Server Error Code})
 * @param value the value as printed, trimmed; may be empty
 * @param line  1-based line number in the parsed text; 0 for a field built in code
 */
public record DsregField(String name, String value, int line) {

    public DsregField {
        name = name == null ? "" : name.strip();
        value = value == null ? "" : value.strip();
    }

    public static DsregField of(String name, String value) {
        return new DsregField(name, value, 0);
    }
}
