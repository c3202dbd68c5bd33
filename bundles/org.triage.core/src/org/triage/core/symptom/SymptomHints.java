package org.triage.core.symptom;

import java.util.Optional;

import org.triage.core.session.Sessions;
import org.triage.model.LogLevel;
import org.triage.model.Session;
import org.triage.model.Symptom;

/**
 * Records in a session what the symptom catalogue says about its symptom, where the session's readers see it:
 * the symptom's free text (the Session view, the reports) and the session log. The session model has no field
 * of its own for it; a code the catalogue does not hold is left as the operator gave it.
 */
public final class SymptomHints {

    /** Where the catalogue's explanation starts in a symptom's free text. */
    public static final String MARKER = "Symptom catalogue: ";

    private SymptomHints() {
    }

    public static Optional<SymptomDescriptor> record(Session session, SymptomRegistry catalogue) {
        Symptom symptom = session.getSymptom();
        if (symptom == null || symptom.getCode() == null) {
            return Optional.empty();
        }
        Optional<SymptomDescriptor> known = catalogue.byCode(symptom.getCode());
        if (known.isEmpty()) {
            Sessions.log(session, LogLevel.INFO, "symptoms", symptom.getCode()
                    + " is not in the symptom catalogue: diagnosed without symptom hints");
            return known;
        }
        SymptomDescriptor descriptor = known.get();
        if (symptom.getApplication() == null) {
            symptom.setApplication(descriptor.app());
        }
        String told = symptom.getDescription();
        String explanation = MARKER + descriptor.explanation();
        if (told == null || told.isBlank()) {
            symptom.setDescription(explanation);
        } else if (!told.contains(MARKER)) {
            symptom.setDescription(told + "\n" + explanation);
        }
        Sessions.log(session, LogLevel.INFO, "symptoms", descriptor.code() + " (" + descriptor.origin() + "): "
                + descriptor.meaning() + " Points to " + String.join(", ", descriptor.causes()) + ".");
        return known;
    }

    /** The catalogue's explanation recorded in a symptom's free text, if any. */
    public static Optional<String> recorded(Symptom symptom) {
        if (symptom == null || symptom.getDescription() == null) {
            return Optional.empty();
        }
        int at = symptom.getDescription().indexOf(MARKER);
        return at < 0 ? Optional.empty() : Optional.of(symptom.getDescription().substring(at + MARKER.length()));
    }
}
