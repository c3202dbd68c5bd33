package org.triage.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.rules.Causes;
import org.triage.core.target.Target;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.Severity;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.RecordingConfirmation;

/**
 * With warnings only there is no error finding whose end stops the playbook; still, a step whose causes an
 * earlier step removed is skipped, not applied: a destructive fix runs only while what it addresses is found.
 */
class PlaybookStepsNotNeededTest {

    @Test
    void aStepWhoseCausesAreGoneIsSkippedAndTheOthersStillRun() throws Exception {
        try (Target target = Diagnoses.open("demo:healthy-split-tunnel")) {
            // the user says the password changed half an hour ago: the cached credentials and the PRT predate it
            Session session = Diagnosis.newSession(target, "0x8004de40", Instant.now().minus(Duration.ofMinutes(30)),
                    Diagnoses.PRODUCT_VERSION);
            Diagnosis.run(session, target, DiagnosisEngine.standard(), FixRegistry.read(), new NullProgressMonitor());
            assertTrue(session.getFindings().stream().allMatch(f -> f.getSeverity() == Severity.WARNING),
                    "warnings only");
            assertEquals(List.of("m365.clear-cached-credentials", "m365.onedrive-reset", "m365.reregister-device"),
                    session.getFixAttempts().stream().map(FixAttempt::getFixId).toList());
            RecordingConfirmation confirmation = RecordingConfirmation.accepting();

            Diagnoses.runPlaybook(target, session, confirmation);

            FixAttempt reset = session.getFixAttempts().get(1);
            assertEquals(FixOutcome.APPLIED, session.getFixAttempts().get(0).getOutcome());
            assertEquals(FixOutcome.SKIPPED, reset.getOutcome(), reset.getOutcomeMessage());
            assertEquals("not needed: what it addresses is no longer found [" + Causes.STALE_CACHED_CREDENTIALS + "]",
                    reset.getOutcomeMessage());
            assertEquals(List.of(), reset.getChanges(), "the skipped reset changed something");
            assertEquals(List.of("m365.clear-cached-credentials", "m365.reregister-device"), confirmation.askedFixIds(),
                    "the PRT still predates the password change, so re-registering is still called for");
        }
    }
}
