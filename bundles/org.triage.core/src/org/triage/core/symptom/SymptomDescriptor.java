package org.triage.core.symptom;

import java.util.List;
import java.util.Locale;

/**
 * One contribution to {@code org.triage.core.symptoms}: an error code as an application shows it, what it
 * means, the causes it points to and the document it comes from.
 *
 * @param distinguish how the console tells the causes apart for this symptom; null where not said
 */
public record SymptomDescriptor(String code, String app, String message, String meaning, String distinguish,
        List<String> causes, String source, String contributor, String contributorVersion) {

    public SymptomDescriptor {
        causes = List.copyOf(causes);
    }

    /** Whether the operator's code names this symptom: case does not matter, nor an AADSTS prefix left out. */
    public boolean matches(String operatorCode) {
        return operatorCode != null && normalise(code).equals(normalise(operatorCode));
    }

    static String normalise(String code) {
        String trimmed = code.trim().toUpperCase(Locale.ROOT);
        return trimmed.matches("\\d{5,6}") ? "AADSTS" + trimmed : trimmed;
    }

    /** "bundle 1.2.3", for messages about this contribution. */
    public String origin() {
        return contributor + (contributorVersion == null ? "" : " " + contributorVersion);
    }

    /**
     * What a session records about the symptom, for a reader of the session or its report: the message, its
     * meaning, the causes it points to, how they are told apart, and the source.
     */
    public String explanation() {
        return app + ": \"" + message + "\" — " + meaning + " Points to: " + String.join(", ", causes) + "."
                + (distinguish == null ? "" : " " + distinguish) + " Source: " + source;
    }
}
