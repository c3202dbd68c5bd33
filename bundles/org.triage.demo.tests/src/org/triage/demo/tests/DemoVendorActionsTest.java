package org.triage.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.findings;
import static org.triage.tests.harness.SessionQueries.textFacts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.rules.Causes;
import org.triage.core.target.ActionResult;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TargetException;
import org.triage.demo.DemoTarget;
import org.triage.model.Observation;
import org.triage.model.Session;
import org.triage.model.Severity;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.SessionQueries;

/**
 * The actions a vendor's fix uses, simulated by the demo workstation: its token broker keeps an account
 * cache whose tokens from before the password change Entra ID refuses, and which Office holds open while it
 * runs.
 */
class DemoVendorActionsTest {

    private static final String ACCOUNTS = "%LOCALAPPDATA%\\\\Packages\\\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\\\AC\\\\TokenBroker\\\\Accounts";
    private static final String LOCAL_STATE = "%LOCALAPPDATA%\\\\Packages\\\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\\\LocalState";

    /** No stale credential in Credential Manager; the token broker's account cache is from before the change. */
    private static final String STALE_TOKEN_BROKER = """
            {
              "name": "lab-stale-token-broker",
              "hostname": "LAB-PC-02",
              "os": "Microsoft Windows 11 Enterprise 10.0.26100",
              "user": "kim@contoso.com",
              "passwordChangedMinutesAgo": 45,
              "symptom": { "code": "0x8004de40", "application": "Outlook" },
              "registration": { "tenantId": "3c5e9a1d-8b7f-4e2a-9d61-7a0c4f2b8e15",
                                "deviceId": "0f6c2e8a-4b1d-4f3e-9a7c-5d2b8e1f0a63", "prtUpdatedMinutesAgo": 900 },
              "userFolders": {
                "%s": [ { "name": "a3f9c1d2e4b5.tbacct", "writtenMinutesAgo": 20000 },
                        { "name": "7e2d9b0c4a1f.tbacct", "writtenMinutesAgo": 20000 } ],
                "%s": [ { "name": "c9d2e1f0.pwd", "writtenMinutesAgo": 20000 } ],
                "%%LOCALAPPDATA%%\\\\Contoso\\\\Cache": [ { "name": "kept.bin", "writtenMinutesAgo": 5 } ]
              },
              "runningApplications": [ "OUTLOOK.EXE", "explorer.exe" ]
            }
            """.formatted(ACCOUNTS, LOCAL_STATE);

    @TempDir
    Path folder;

    private DemoTarget open(String scenario) throws TargetException, java.io.IOException {
        Path file = Files.writeString(folder.resolve("scenario.json"), scenario, StandardCharsets.UTF_8);
        return (DemoTarget) Diagnoses.open("demo:" + file);
    }

    private static String unescaped(String path) {
        return path.replace("\\\\", "\\");
    }

    @Test
    void aStaleTokenBrokerCacheMakesEntraIdRefuseTheGrantAfterThePasswordChange() throws Exception {
        try (DemoTarget target = open(STALE_TOKEN_BROKER)) {
            Session session = Diagnoses.diagnose(target);
            assertEquals(Map.of(Causes.STALE_CACHED_CREDENTIALS, Severity.ERROR, Causes.PRT_MISSING_OR_STALE,
                    Severity.ERROR), findings(session));
            Observation registration = SessionQueries.latest(session, DeviceRegistrationProbe.ID);
            assertTrue(textFacts(registration).get("Server Error Description").startsWith("AADSTS50173"),
                    textFacts(registration).toString());
        }
    }

    @Test
    void whileOfficeRunsTheCacheIsInUseAndNothingIsDeleted() throws Exception {
        try (DemoTarget target = open(STALE_TOKEN_BROKER)) {
            List<String> before = target.userFiles();
            TargetAction.ClearFolder clear = new TargetAction.ClearFolder(unescaped(ACCOUNTS), "Forget stale tokens");
            ActionResult result = target.perform(clear, new NullProgressMonitor());

            assertFalse(result.succeeded());
            assertEquals(1, result.exitCode());
            assertTrue(result.summary().contains("OUTLOOK.EXE"), result.summary());
            assertTrue(result.output().contains("because it is being used by another process"), result.output());
            assertEquals(clear.command(), result.command());
            assertEquals(before, target.userFiles());
        }
    }

    @Test
    void closingOfficeThenClearingTheCacheDeletesItsFilesOnlyAndTheTokenRenews() throws Exception {
        try (DemoTarget target = open(STALE_TOKEN_BROKER)) {
            ActionResult closed = target.perform(new TargetAction.CloseApplication("outlook.exe", "Outlook"),
                    new NullProgressMonitor());
            assertTrue(closed.succeeded() && closed.output().startsWith("SUCCESS: Sent termination signal to the process \"OUTLOOK.EXE\""),
                    closed.toString());
            assertEquals(Set.of("EXPLORER.EXE"), target.runningApplications());

            ActionResult accounts = target.perform(new TargetAction.ClearFolder(unescaped(ACCOUNTS), "Forget stale tokens"),
                    new NullProgressMonitor());
            assertTrue(accounts.succeeded(), accounts.toString());
            assertEquals(0, accounts.exitCode());
            assertEquals("deleted 2 file(s)", accounts.summary());
            assertTrue(accounts.output().contains("Removed " + unescaped(ACCOUNTS) + "\\a3f9c1d2e4b5.tbacct"),
                    accounts.output());

            assertEquals(List.of(unescaped(LOCAL_STATE) + "\\c9d2e1f0.pwd", "%LOCALAPPDATA%\\Contoso\\Cache\\kept.bin"),
                    target.userFiles(), "only the cleared folder's files are deleted");
            Session session = Diagnoses.diagnose(target);
            assertEquals("YES", textFacts(SessionQueries.latest(session, DeviceRegistrationProbe.ID)).get("AzureAdPrt"));
            assertTrue(findings(session).values().stream().allMatch(severity -> severity == Severity.INFO),
                    findings(session).toString());
        }
    }

    @Test
    void closingAnApplicationThatDoesNotRunAndClearingAnEmptyFolderBothSucceed() throws Exception {
        try (DemoTarget target = open(STALE_TOKEN_BROKER)) {
            ActionResult notRunning = target.perform(new TargetAction.CloseApplication("WINWORD.EXE", "Word"),
                    new NullProgressMonitor());
            assertTrue(notRunning.succeeded());
            assertEquals(128, notRunning.exitCode());
            assertEquals("was not running", notRunning.summary());

            ActionResult empty = target.perform(new TargetAction.ClearFolder("%APPDATA%\\Contoso\\Logs", "Clear logs"),
                    new NullProgressMonitor());
            assertTrue(empty.succeeded());
            assertEquals("the folder was already empty", empty.summary());
        }
    }

    @Test
    void aScenarioThatPutsFilesOutsideTheApplicationDataIsRefusedWhenOpened() {
        String outside = STALE_TOKEN_BROKER.replace("%LOCALAPPDATA%\\\\Contoso\\\\Cache", "%USERPROFILE%\\\\Documents");
        TargetException refused = assertThrows(TargetException.class, () -> open(outside));
        assertTrue(refused.getMessage().contains("lab-stale-token-broker")
                && refused.getMessage().contains("%USERPROFILE%\\Documents"), refused.getMessage());
    }
}
