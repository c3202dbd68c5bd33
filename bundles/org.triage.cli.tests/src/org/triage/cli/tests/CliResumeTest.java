package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.cli.TriageCli;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.session.SessionRecovery;
import org.triage.core.target.Target;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.VerificationResult;
import org.triage.model.io.SessionFiles;
import org.triage.tests.harness.Diagnoses;

/**
 * {@code playbook --resume FILE}: a session left with a step applied whose verification failed and later steps
 * planned goes on after its last completed step, on its target opened again, and is saved back.
 */
class CliResumeTest {

    /** Clearing Credential Manager does not help while the token broker holds old tokens: its verification fails. */
    static final String BROKER_CACHE_SCENARIO = """
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
              "userFolders": { "%LOCALAPPDATA%\\\\Packages\\\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\\\AC\\\\TokenBroker\\\\Accounts":
                               [ { "name": "a3f9c1d2e4b5.tbacct", "writtenMinutesAgo": 20000 } ] }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void aSessionWhoseFirstStepFailedVerificationGoesOnWithTheNextStep() throws Exception {
        Path saved = leftAfterAFailedVerification();
        Session before = SessionFiles.load(saved);
        assertEquals(SessionOutcome.UNRESOLVED, before.getOutcome(), "concluded for the moment");
        assertTrue(SessionRecovery.unfinished(before));
        Date firstStarted = before.getFixAttempts().get(0).getStartedAt();
        int firstChanges = before.getFixAttempts().get(0).getChanges().size();

        Cli.Result result = Cli.run("playbook", "--resume", saved.toString(), "--yes");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains("Resuming session " + before.getId() + " on demo:"), out);
        assertTrue(out.contains("1 of 3 steps finished, 2 still planned"), out);
        assertTrue(out.indexOf("m365.onedrive-reset: Reset OneDrive") < out.indexOf("m365.reregister-device: "), out);
        Session after = SessionFiles.load(saved);
        FixAttempt first = after.getFixAttempts().get(0);
        assertEquals(FixOutcome.APPLIED, first.getOutcome());
        assertEquals(VerificationResult.FAILED, first.getVerificationResult(), "the record of the first step stands");
        assertEquals(firstStarted, first.getStartedAt(), "the first step was not run again");
        assertEquals(firstChanges, first.getChanges().size());
        assertEquals(List.of(FixOutcome.APPLIED, FixOutcome.APPLIED), after.getFixAttempts().subList(1, 3).stream()
                .map(FixAttempt::getOutcome).toList(), "the remaining steps ran, in order");
        // the demo workstation opened again starts from its scenario (the first step's removal is not kept), so
        // the outcome here is the demo's; what matters is that the record goes on where it stopped
        assertNotEquals(SessionOutcome.OPEN, after.getOutcome(), "concluded again after the remaining steps");
        assertTrue(after.getLog().stream().anyMatch(entry -> entry.getMessage().startsWith(
                "resumed by the command line after 1 finished step(s)")));
        assertTrue(SessionFiles.load(saved).getFixAttempts().stream().noneMatch(a -> a.getOutcome() == FixOutcome.PLANNED));
    }

    @Test
    void resumingSavesToAnotherFileWhenAsked() throws Exception {
        Path saved = leftAfterAFailedVerification();
        Path copy = folder.resolve("continued.xmi");
        byte[] original = Files.readAllBytes(saved);

        Cli.Result result = Cli.run("playbook", "--resume", saved.toString(), "--yes", "--save", copy.toString());

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(SessionRecovery.remaining(SessionFiles.load(copy)).isEmpty(), "the copy has gone on");
        assertEquals(2, SessionRecovery.remaining(SessionFiles.load(saved)).size());
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(saved)), "the resumed file is left as it was");
    }

    @Test
    void aResumedSessionWithNothingPlannedSaysSo() throws Exception {
        Path saved = leftAfterAFailedVerification();
        Cli.Result first = Cli.run("playbook", "--resume", saved.toString(), "--yes");
        assertEquals(TriageCli.DONE, first.exit(), first::toString);

        Cli.Result again = Cli.run("playbook", "--resume", saved.toString(), "--yes");
        assertEquals(TriageCli.DONE, again.exit(), again::toString);
        assertTrue(again.out().contains("Nothing to do: no step is still planned."), again.out());
    }

    @Test
    void resumeTakesTheTargetFromTheSession() throws Exception {
        Path saved = leftAfterAFailedVerification();
        Cli.Result result = Cli.run("playbook", "--resume", saved.toString(), "--target", "demo");
        assertEquals(TriageCli.USAGE, result.exit(), result::toString);
        assertTrue(result.err().contains("--target does not go with --resume"), result.err());
    }

    @Test
    void anUnreadableSessionIsAClearError() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.xmi"), "<?xml version=\"1.0\"?><triage:Session");
        Cli.Result result = Cli.run("playbook", "--resume", broken.toString());
        assertEquals(TriageCli.FAILED, result.exit(), result::toString);
        assertTrue(result.err().startsWith("triage: cannot read the session: "), result.err());
        assertEquals("<?xml version=\"1.0\"?><triage:Session", Files.readString(broken), "nothing is lost");
    }

    /**
     * As a killed console leaves it: the first step applied, its verification failed, the session concluded
     * unresolved for the moment, the later steps planned.
     */
    private Path leftAfterAFailedVerification() throws Exception {
        Path scenario = Files.writeString(folder.resolve("scenario.json"), BROKER_CACHE_SCENARIO, StandardCharsets.UTF_8);
        Path saved = folder.resolve("live.xmi");
        try (Target target = Diagnoses.open("demo:" + scenario)) {
            Session session = Diagnoses.diagnose(target);
            PlaybookRunner runner = new PlaybookRunner(DiagnosisEngine.standard(), FixRegistry.read(), target, session);
            FixAttempt first = session.getFixAttempts().get(0);
            runner.runStep(first, (attempt, preview) -> true, new NullProgressMonitor());
            runner.conclude();
            assertEquals(FixOutcome.APPLIED, first.getOutcome());
            assertEquals(VerificationResult.FAILED, first.getVerificationResult(), first.getOutcomeMessage());
            SessionFiles.save(session, saved);
        }
        return saved;
    }
}
