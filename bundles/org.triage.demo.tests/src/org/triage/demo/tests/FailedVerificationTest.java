package org.triage.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.rules.Causes;
import org.triage.core.target.Target;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.VerificationResult;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.RecordingConfirmation;

/**
 * Verification can fail: clearing Credential Manager does not help while the token broker still presents tokens
 * from before the password change; the playbook records the failed verification and goes on to the step that
 * does help, reconnecting the work account, which empties the broker's account cache.
 */
class FailedVerificationTest {

    private static final String ACCOUNTS = "%LOCALAPPDATA%\\\\Packages\\\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\\\AC\\\\TokenBroker\\\\Accounts";

    private static final String SCENARIO = """
            {
              "name": "lab-broker-cache",
              "hostname": "LAB-PC-07",
              "os": "Microsoft Windows 11 Enterprise 10.0.26100",
              "user": "kim@contoso.com",
              "passwordChangedMinutesAgo": 45,
              "symptom": { "code": "0x8004de40", "application": "OneDrive" },
              "credentials": [ { "targetName": "MicrosoftOffice16_Data:SSPI:kim@contoso.com",
                                 "user": "kim@contoso.com", "writtenMinutesAgo": 20000 } ],
              "registration": { "tenantId": "3c5e9a1d-8b7f-4e2a-9d61-7a0c4f2b8e15",
                                "deviceId": "0f6c2e8a-4b1d-4f3e-9a7c-5d2b8e1f0a63", "prtUpdatedMinutesAgo": 900 },
              "userFolders": { "%s": [ { "name": "a3f9c1d2e4b5.tbacct", "writtenMinutesAgo": 20000 } ] }
            }
            """.formatted(ACCOUNTS);

    @TempDir
    Path folder;

    @Test
    void aStepWhoseVerificationFailsIsRecordedAndTheNextStepResolves() throws Exception {
        Path file = Files.writeString(folder.resolve("scenario.json"), SCENARIO, StandardCharsets.UTF_8);
        try (Target target = Diagnoses.open("demo:" + file)) {
            Session session = Diagnoses.diagnose(target);
            assertEquals(List.of("m365.clear-cached-credentials", "m365.onedrive-reset", "m365.reregister-device"),
                    session.getFixAttempts().stream().map(FixAttempt::getFixId).toList());

            Diagnoses.runPlaybook(target, session, RecordingConfirmation.accepting());

            FixAttempt clear = session.getFixAttempts().get(0);
            assertEquals(FixOutcome.APPLIED, clear.getOutcome(), clear.getOutcomeMessage());
            assertEquals(VerificationResult.FAILED, clear.getVerificationResult(), clear.getOutcomeMessage());
            assertTrue(clear.getRemainingCauses().contains(Causes.PRT_MISSING_OR_STALE), clear.getRemainingCauses().toString());
            // Entra ID still rejects what the broker presents, so the rejected password is still found: the reset
            // runs, and does not help either
            FixAttempt reset = session.getFixAttempts().get(1);
            assertEquals(FixOutcome.APPLIED, reset.getOutcome(), reset.getOutcomeMessage());
            assertEquals(VerificationResult.FAILED, reset.getVerificationResult(), reset.getOutcomeMessage());
            FixAttempt reconnect = session.getFixAttempts().get(2);
            assertEquals(FixOutcome.APPLIED, reconnect.getOutcome(), reconnect.getOutcomeMessage());
            assertEquals(VerificationResult.PASSED, reconnect.getVerificationResult(), reconnect.getOutcomeMessage());
            assertEquals(SessionOutcome.RESOLVED, session.getOutcome(), session.getOutcomeSummary());
        }
    }
}
