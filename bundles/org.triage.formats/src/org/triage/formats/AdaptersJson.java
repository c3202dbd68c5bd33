package org.triage.formats;

import java.util.List;

/** Parsed {@code adapters.json}. */
public record AdaptersJson(List<AdapterRecord> adapters, List<ParseProblem> problems, boolean recognised)
        implements FormatResult {

    public AdaptersJson {
        adapters = List.copyOf(adapters);
        problems = List.copyOf(problems);
    }
}
