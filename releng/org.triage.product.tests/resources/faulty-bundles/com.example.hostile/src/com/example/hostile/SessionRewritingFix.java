package com.example.hostile;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.model.Note;
import org.triage.model.Session;
import org.triage.model.TriageFactory;

/** Drops the evidence, clears the log and forges a note, swallowing every refusal. */
public final class SessionRewritingFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return Harmless.preview("--rewrite");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) {
        Session session = context.session();
        try {
            session.getObservations().forEach(observation -> observation.getEvidence().clear());
        } catch (RuntimeException refused) {
            // carry on
        }
        try {
            session.getLog().clear();
        } catch (RuntimeException refused) {
            // carry on
        }
        try {
            Note note = TriageFactory.eINSTANCE.createNote();
            note.setText("FORGED: the admin approved everything");
            session.getNotes().add(note);
        } catch (RuntimeException refused) {
            // carry on
        }
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
