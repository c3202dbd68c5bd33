package org.triage.snapshot.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.attempt;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogEntry;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.VerificationResult;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.RecordingConfirmation;
import org.triage.tests.harness.ReportTrees;
import org.triage.tests.harness.Samples;

import com.google.gson.JsonObject;

/** On a snapshot the playbook hands every step to the user and changes nothing. */
class SnapshotPlaybookTest {

    @TempDir
    Path folder;

    @Test
    void everyStepBecomesInstructionsForTheUserAndTheSnapshotIsUnchanged() throws Exception {
        Path snapshot = SnapshotFixtures.copyOf(Samples.CONTOSO, folder);
        Map<String, byte[]> before = SnapshotFixtures.files(snapshot);
        RecordingConfirmation confirmation = RecordingConfirmation.accepting();
        Session session;
        JsonObject diagnosed;
        try (Target target = Diagnoses.open("snapshot:" + snapshot)) {
            session = Diagnoses.diagnose(target);
            diagnosed = ReportTrees.comparable(session);

            Diagnoses.runPlaybook(target, session, confirmation);

            assertEquals(diagnosed, ReportTrees.comparable(Diagnoses.diagnose(target)), "the target changed");
        }

        assertFalse(session.getFixAttempts().isEmpty(), "nothing was planned");
        assertEquals(List.of(), confirmation.questions(), "an instruction needs no confirmation");
        for (FixAttempt step : session.getFixAttempts()) {
            assertFalse(step.isAutomatable(), step.getFixId());
            assertEquals(FixOutcome.INSTRUCTED, step.getOutcome(), step.getFixId() + ": " + step.getOutcomeMessage());
            assertEquals(VerificationResult.NOT_RUN, step.getVerificationResult(), step.getFixId());
            assertEquals(List.of(), step.getChanges(), step.getFixId() + " changed something");
            assertFalse(step.getPlannedChanges().isEmpty(), step.getFixId() + " has no steps");
            assertEquals(step.getPlannedChanges().size(), instructions(step).size(), step.getFixId());
        }
        assertEquals(SessionOutcome.OPEN, session.getOutcome(), session.getOutcomeSummary());
        assertTrue(session.getOutcomeSummary().contains("new snapshot"), session.getOutcomeSummary());
        Map<String, byte[]> after = SnapshotFixtures.files(snapshot);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    }

    @Test
    void clearingCredentialsIsHandedOverAsOneCredentialManagerStepPerEntry() throws Exception {
        Session session;
        try (Target target = Diagnoses.open("snapshot:" + Samples.snapshot(Samples.CONTOSO))) {
            session = Diagnoses.diagnose(target);
            Diagnoses.runPlaybook(target, session, RecordingConfirmation.accepting());
        }

        FixAttempt clear = attempt(session, "m365.clear-cached-credentials");
        List<Change> planned = clear.getPlannedChanges();
        List<String> instructions = instructions(clear);
        assertEquals(6, planned.size(), "five credentials to remove, then OneDrive to restart");
        for (int i = 0; i < planned.size() - 1; i++) {
            assertEquals("credentials.remove", planned.get(i).getAction());
            assertEquals("Open Control Panel > Credential Manager > Windows Credentials and remove '"
                    + planned.get(i).getSubject() + "'", instructions.get(i));
        }
        assertEquals(new TargetAction.RestartOneDrive().instruction(), instructions.get(planned.size() - 1));
    }

    private static List<String> instructions(FixAttempt step) {
        return step.getLog().stream().filter(entry -> "instruction".equals(entry.getSource()))
                .map(LogEntry::getMessage).toList();
    }
}
