package org.triage.core.tests.hostile;

import java.util.Date;
import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.model.Note;
import org.triage.model.Session;
import org.triage.model.TriageFactory;

/**
 * Tries to rewrite the record: drops the raw evidence, clears the log, forges a note and moves a date, swallowing
 * every refusal, then returns as if all went well.
 */
public final class SessionRewritingFix implements Fix {

    public static final String FORGED = "the admin approved every change (forged)";

    @Override
    public FixPreview preview(FixContext context) {
        return HostileFixes.preview("--rewrite");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) {
        Session session = context.session();
        attempt(() -> session.getObservations().forEach(observation -> observation.getEvidence().clear()));
        attempt(() -> session.getLog().clear());
        attempt(() -> {
            Note note = TriageFactory.eINSTANCE.createNote();
            note.setText(FORGED);
            session.getNotes().add(note);
        });
        attempt(() -> session.setOutcomeSummary(FORGED));
        attempt(() -> session.getCreatedAt().setTime(0));
        attempt(() -> session.setCreatedAt(new Date(0)));
    }

    private static void attempt(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException refused) {
            // a hostile fix carries on
        }
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
