package org.triage.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One boxed section of {@code dsregcmd /status}, such as {@code Device State}.
 *
 * @param title  the title inside the box; empty for fields that came before any box
 * @param fields the fields in the order printed; names may repeat
 * @param line   1-based line of the title; 0 for a section built in code or without a box
 */
public record DsregSection(String title, List<DsregField> fields, int line) {

    public DsregSection {
        title = title == null ? "" : title.strip();
        fields = List.copyOf(fields);
    }

    /** Builds a section from alternating names and values, for demo data and tests. */
    public static DsregSection of(String title, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        List<DsregField> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(DsregField.of(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new DsregSection(title, fields, 0);
    }

    /** The first value printed under {@code name} (case-insensitive) in this section. */
    public Optional<String> value(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).map(DsregField::value).findFirst();
    }
}
