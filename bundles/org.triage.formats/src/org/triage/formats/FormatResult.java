package org.triage.formats;

import java.util.List;
import java.util.Optional;

/** What every parser result says about how the parse went. */
public interface FormatResult {

    /**
     * Whether the input looked like the format at all. False for random text, binary data,
     * another tool's output or (for most formats) empty input; the caller should then report
     * the file as unreadable, naming {@link #firstProblem()}.
     */
    boolean recognised();

    /** Problems found, in line order; empty for a clean parse. */
    List<ParseProblem> problems();

    /** Lines kept without interpretation; JSON formats have none. */
    default List<UnparsedLine> unparsedLines() {
        return List.of();
    }

    default Optional<ParseProblem> firstProblem() {
        return problems().stream().findFirst();
    }
}
