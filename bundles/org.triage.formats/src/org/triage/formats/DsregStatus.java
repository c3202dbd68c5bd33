package org.triage.formats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parsed {@code dsregcmd /status}.
 *
 * @param sections      the sections in printed order
 * @param unparsedLines lines that were neither a box nor a field (progress messages, the
 *                      closing "For more information" line, wrapped values)
 */
public record DsregStatus(List<DsregSection> sections, List<UnparsedLine> unparsedLines,
        List<ParseProblem> problems, boolean recognised) implements FormatResult {

    public DsregStatus {
        sections = List.copyOf(sections);
        unparsedLines = List.copyOf(unparsedLines);
        problems = List.copyOf(problems);
    }

    /** A status built in code (demo data): recognised, no problems. */
    public static DsregStatus of(List<DsregSection> sections) {
        return new DsregStatus(sections, List.of(), List.of(), true);
    }

    /** The first value printed under {@code name} in any section (case-insensitive). */
    public Optional<String> field(String name) {
        return allFields(name).stream().map(DsregField::value).findFirst();
    }

    /** The first value printed under {@code name} in the section titled {@code sectionTitle}. */
    public Optional<String> field(String sectionTitle, String name) {
        return section(sectionTitle).flatMap(s -> s.value(name));
    }

    /** Every field printed under {@code name}, in order; dsregcmd repeats some (TenantId, diagnostics). */
    public List<DsregField> allFields(String name) {
        return sections.stream().flatMap(s -> s.fields().stream())
                .filter(f -> f.name().equalsIgnoreCase(name)).toList();
    }

    public Optional<DsregSection> section(String title) {
        return sections.stream().filter(s -> s.title().equalsIgnoreCase(title)).findFirst();
    }

    /** All fields by name, in printed order; where a name repeats, the first value wins. */
    public Map<String, String> flatFields() {
        Map<String, String> flat = new LinkedHashMap<>();
        sections.forEach(s -> s.fields().forEach(f -> flat.putIfAbsent(f.name(), f.value())));
        return Collections.unmodifiableMap(flat);
    }
}
