package org.triage.tests.harness;

import java.util.ArrayList;
import java.util.List;

import org.triage.core.fix.FixPreview;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.model.FixAttempt;

/** A confirmation that gives one answer to every step and records what it was asked. */
public final class RecordingConfirmation implements PlaybookRunner.Confirmation {

    /** One question: the step and exactly the preview shown for it. */
    public record Question(String fixId, FixPreview preview) {
    }

    private final boolean answer;
    private final List<Question> questions = new ArrayList<>();

    private RecordingConfirmation(boolean answer) {
        this.answer = answer;
    }

    public static RecordingConfirmation accepting() {
        return new RecordingConfirmation(true);
    }

    public static RecordingConfirmation declining() {
        return new RecordingConfirmation(false);
    }

    @Override
    public boolean confirm(FixAttempt attempt, FixPreview preview) {
        questions.add(new Question(attempt.getFixId(), preview));
        return answer;
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }

    public List<String> askedFixIds() {
        return questions.stream().map(Question::fixId).toList();
    }
}
