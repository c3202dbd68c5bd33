package org.triage.formats;

import java.util.List;
import java.util.Optional;

import org.triage.core.target.TlsSettings;

/**
 * {@code tls-settings.json} as read: the settings, and why {@code Get-TlsCipherSuite} gave no list where it did not.
 */
public record TlsSettingsJson(TlsSettings settings, Optional<String> cipherSuitesError, List<ParseProblem> problems,
        boolean recognised) implements FormatResult {

    public TlsSettingsJson {
        problems = List.copyOf(problems);
    }
}
