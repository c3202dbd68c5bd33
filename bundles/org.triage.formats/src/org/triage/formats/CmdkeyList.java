package org.triage.formats;

import java.util.List;
import java.util.Locale;

/**
 * Parsed {@code cmdkey /list}.
 *
 * @param credentials the listed credentials in order
 * @param noneStored  whether cmdkey printed {@code * NONE *}
 */
public record CmdkeyList(List<StoredCredential> credentials, boolean noneStored, List<UnparsedLine> unparsedLines,
        List<ParseProblem> problems, boolean recognised) implements FormatResult {

    public CmdkeyList {
        credentials = List.copyOf(credentials);
        unparsedLines = List.copyOf(unparsedLines);
        problems = List.copyOf(problems);
    }

    public static CmdkeyList of(List<StoredCredential> credentials) {
        return new CmdkeyList(credentials, credentials.isEmpty(), List.of(), List.of(), true);
    }

    /** Credentials whose target contains {@code text}, ignoring case (e.g. {@code MicrosoftOffice16}). */
    public List<StoredCredential> withTargetContaining(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return credentials.stream()
                .filter(c -> c.target().toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }
}
