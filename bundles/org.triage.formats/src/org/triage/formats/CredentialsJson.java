package org.triage.formats;

import java.util.List;

/** Parsed {@code credentials.json}: Credential Manager as {@code CredEnumerateW} lists it. */
public record CredentialsJson(List<CredentialRecord> credentials, List<ParseProblem> problems, boolean recognised)
        implements FormatResult {

    public CredentialsJson {
        credentials = List.copyOf(credentials);
        problems = List.copyOf(problems);
    }
}
