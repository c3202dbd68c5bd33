package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.attempt;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.target.ActionResult;
import org.triage.core.target.TargetAction;
import org.triage.formats.TextEncoding;
import org.triage.model.FixAttempt;
import org.triage.model.Session;
import org.triage.platform.windows.target.CommandLine;
import org.triage.platform.windows.target.WindowsTarget;

/**
 * What needs administrator rights is refused with the reason when the console is not elevated, and nothing
 * runs; what must not run elevated (OneDrive) is refused when it is. Device re-registration is also refused
 * where leaving would lock the user out.
 */
class ElevationTest {

    private static final List<TargetAction> EVERY_ACTION = List.of(
            new TargetAction.RemoveCredential("MicrosoftOffice16_Data:SSPI:alex@contoso.com", "Generic"),
            new TargetAction.ResetOneDrive(), new TargetAction.RestartOneDrive(),
            new TargetAction.DisconnectVpn("Contoso VPN"), new TargetAction.ConnectVpn("Contoso VPN"),
            new TargetAction.FlushDns(), new TargetAction.RenewIpAddresses(), new TargetAction.ReregisterDevice(),
            new TargetAction.RunCommand("C:\\Windows\\System32\\whoami.exe", List.of("/groups"), "List groups", false));

    @Test
    void notElevatedTheTargetRefusesReleaseRenewAndLeaveAndNothingElse() {
        WindowsTarget target = FakeMachine.contoso().target();

        for (TargetAction action : EVERY_ACTION) {
            String why = target.whyUnable(action);
            if (action instanceof TargetAction.RenewIpAddresses) {
                assertEquals("ipconfig /release and /renew need administrator rights and Triage Console is not running "
                        + "elevated: start it with \"Run as administrator\", or hand this step to the user", why);
            } else if (action instanceof TargetAction.ReregisterDevice) {
                assertEquals("dsregcmd /leave need administrator rights and Triage Console is not running elevated: "
                        + "start it with \"Run as administrator\", or hand this step to the user", why);
            } else {
                assertNull(why, action.id());
            }
        }
    }

    @Test
    void aRefusedActionRunsNothingAndSaysWhy() {
        FakeMachine machine = FakeMachine.contoso();
        WindowsTarget target = machine.target();

        ActionResult renew = target.perform(new TargetAction.RenewIpAddresses(), new NullProgressMonitor());
        ActionResult leave = target.perform(new TargetAction.ReregisterDevice(), new NullProgressMonitor());

        assertFalse(renew.succeeded());
        assertTrue(renew.summary().contains("not running elevated"), renew.summary());
        assertEquals("ipconfig /release && ipconfig /renew", renew.command(), "the command it would have run");
        assertFalse(leave.succeeded());
        assertEquals(List.of(), machine.runner.commandLines(), "nothing ran");
    }

    @Test
    void elevatedTheTargetRefusesOneDrivesResetWhichDoesNotRunWithAdministratorRights() {
        FakeMachine machine = FakeMachine.contoso();
        machine.host.elevated(true);
        WindowsTarget target = machine.target();

        assertTrue(target.whyUnable(new TargetAction.ResetOneDrive()).startsWith("OneDrive does not run with "
                + "administrator rights"));
        assertNull(target.whyUnable(new TargetAction.RenewIpAddresses()));
        assertNull(target.whyUnable(new TargetAction.RestartOneDrive()), "restarted through Explorer");
    }

    @Test
    void elevatedOnAnEntraJoinedOnlyDeviceLeavingIsRefusedAndNothingIsChanged() {
        FakeMachine machine = FakeMachine.contoso();
        machine.host.elevated(true);
        WindowsTarget target = machine.target();

        ActionResult result = target.perform(new TargetAction.ReregisterDevice(), new NullProgressMonitor());

        assertFalse(result.succeeded());
        assertTrue(result.summary().startsWith("the device is Microsoft Entra joined, not hybrid joined: dsregcmd /leave "
                + "would take it out of the tenant"), result.summary());
        assertTrue(result.summary().endsWith("; nothing was changed"), result.summary());
        assertEquals(List.of("C:\\Windows\\System32\\dsregcmd.exe /status"), machine.runner.commandLines(),
                "only the join state was read");
    }

    @Test
    void onAWorkplaceRegisteredDeviceLeavingIsRefusedAsUseless() {
        FakeMachine machine = new FakeMachine();
        machine.host.elevated(true);
        String registeredOnly = Recordings.text(Recordings.formatsFixture("dsregcmd/hybrid-joined-healthy.txt"))
                .replaceAll("AzureAdJoined : YES", "AzureAdJoined : NO")
                .replaceAll("DomainJoined : YES", "DomainJoined : NO")
                .replaceAll("WorkplaceJoined : NO", "WorkplaceJoined : YES");
        machine.runner.answer(CommandLine.of("C:\\Windows\\System32\\dsregcmd.exe", "/status"), 0,
                registeredOnly.getBytes(TextEncoding.IBM850.charset()));
        WindowsTarget target = machine.target();
        target.registration(new NullProgressMonitor());

        String why = target.whyUnable(new TargetAction.ReregisterDevice());

        assertTrue(why != null && why.startsWith("the work account is Microsoft Entra registered, not joined"), why);
    }

    @Test
    void theDiagnosedJoinStateAlreadyMakesTheReregistrationStepAnInstructionForTheUser() {
        FakeMachine machine = FakeMachine.contoso();
        machine.host.elevated(true);
        WindowsTarget target = machine.target();
        Session session = Diagnosis.newSession(target, "0x8004de40", FakeMachine.PASSWORD_RESET, "0.0.0.test");

        Diagnosis.run(session, target, DiagnosisEngine.standard(), FixRegistry.read(), new NullProgressMonitor());

        FixAttempt reregister = attempt(session, "m365.reregister-device");
        assertFalse(reregister.isAutomatable());
        assertTrue(reregister.getOutcomeMessage().contains("Microsoft Entra joined, not hybrid joined"),
                reregister.getOutcomeMessage());
    }

    @Test
    void notElevatedTheReregistrationStepOfThePlaybookNamesTheMissingRights() {
        WindowsTarget target = FakeMachine.contoso().target();
        Session session = Diagnosis.newSession(target, "0x8004de40", FakeMachine.PASSWORD_RESET, "0.0.0.test");

        Diagnosis.run(session, target, DiagnosisEngine.standard(), FixRegistry.read(), new NullProgressMonitor());

        FixAttempt reregister = attempt(session, "m365.reregister-device");
        assertFalse(reregister.isAutomatable());
        assertTrue(reregister.getOutcomeMessage().contains("dsregcmd /leave need administrator rights"),
                reregister.getOutcomeMessage());
        assertTrue(attempt(session, "m365.clear-cached-credentials").isAutomatable(),
                "removing the user's own credentials needs no elevation");
    }

    @Test
    void theSessionLogTellsWhetherTheConsoleRunsElevated() {
        FakeMachine machine = FakeMachine.contoso();
        assertTrue(machine.target().notes().get(0).startsWith("Triage Console is not running elevated"));
        machine.host.elevated(true);
        assertTrue(machine.target().notes().get(0).startsWith("Triage Console runs elevated"));
    }
}
