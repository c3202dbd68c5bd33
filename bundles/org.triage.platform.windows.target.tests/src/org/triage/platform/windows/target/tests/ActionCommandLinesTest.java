package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.target.ActionResult;
import org.triage.core.target.TargetAction;
import org.triage.core.target.VpnClient;
import org.triage.formats.TextEncoding;
import org.triage.platform.windows.target.CommandLine;
import org.triage.platform.windows.target.WindowsCommands;
import org.triage.platform.windows.target.WindowsTarget;

/** Every action runs exactly the command line an admin would expect, and its result keeps exit code and output. */
class ActionCommandLinesTest {

    private static final String SYSTEM32 = "C:\\Windows\\System32\\";

    private final FakeMachine machine = FakeMachine.contoso();

    private ActionResult perform(TargetAction action) {
        WindowsTarget target = machine.target();
        assertNull(target.whyUnable(action), action.id());
        return target.perform(action, new NullProgressMonitor());
    }

    @Test
    void flushDns() {
        machine.runner.answer(CommandLine.of(SYSTEM32 + "ipconfig.exe", "/flushdns"), 0,
                Recordings.recording("ipconfig-flushdns.txt"));

        ActionResult result = perform(new TargetAction.FlushDns());

        assertEquals(new ActionResult(true, "DNS client cache flushed", SYSTEM32 + "ipconfig.exe /flushdns", 0,
                "\r\nWindows IP Configuration\r\n\r\nSuccessfully flushed the DNS Resolver Cache.\r\n"), result);
        assertEquals(List.of(SYSTEM32 + "ipconfig.exe /flushdns"), machine.runner.commandLines());
    }

    @Test
    void renewReleasesThenRenewsWhenElevated() {
        machine.host.elevated(true);
        machine.runner.answer(CommandLine.of(SYSTEM32 + "ipconfig.exe", "/release"), 0,
                Recordings.recording("ipconfig-release.txt"))
                .answer(CommandLine.of(SYSTEM32 + "ipconfig.exe", "/renew"), 0, Recordings.recording("ipconfig-renew.txt"));

        ActionResult result = perform(new TargetAction.RenewIpAddresses());

        assertTrue(result.succeeded(), result.summary());
        assertEquals(List.of(SYSTEM32 + "ipconfig.exe /release", SYSTEM32 + "ipconfig.exe /renew"),
                machine.runner.commandLines());
        assertEquals(SYSTEM32 + "ipconfig.exe /release && " + SYSTEM32 + "ipconfig.exe /renew", result.command());
        assertEquals(Integer.valueOf(0), result.exitCode());
        assertTrue(result.output().contains("IPv4 Address. . . . . . . . . . . : 192.0.2.57"), result.output());
        assertFalse(machine.runner.runs().get(1).cancellable(), "once released, the leases are always renewed");
    }

    @Test
    void renewStillRunsAfterAFailedReleaseAndTheFailureIsReported() {
        machine.host.elevated(true);
        machine.runner.answer(CommandLine.of(SYSTEM32 + "ipconfig.exe", "/release"), 1,
                Recordings.recording("ipconfig-release-not-elevated.txt"))
                .answer(CommandLine.of(SYSTEM32 + "ipconfig.exe", "/renew"), 0, Recordings.recording("ipconfig-renew.txt"));

        ActionResult result = perform(new TargetAction.RenewIpAddresses());

        assertFalse(result.succeeded());
        assertEquals(2, machine.runner.commandLines().size());
        assertEquals(Integer.valueOf(1), result.exitCode());
        assertEquals("ipconfig /release exit code 1; /renew exit code 0: The requested operation requires elevation.",
                result.summary());
    }

    @Test
    void disconnectAndConnectTheVpnWithRasdial() {
        machine.runner.answer(CommandLine.of(SYSTEM32 + "rasdial.exe", "Contoso VPN", "/disconnect"), 0,
                Recordings.recording("rasdial-disconnect.txt"))
                .answer(CommandLine.of(SYSTEM32 + "rasdial.exe", "Contoso VPN"), 0, Recordings.recording("rasdial-connect.txt"));

        ActionResult disconnect = perform(new TargetAction.DisconnectVpn("Contoso VPN"));
        ActionResult connect = perform(new TargetAction.ConnectVpn("Contoso VPN"));

        assertEquals(List.of(SYSTEM32 + "rasdial.exe \"Contoso VPN\" /disconnect", SYSTEM32 + "rasdial.exe \"Contoso VPN\""),
                machine.runner.commandLines());
        assertTrue(disconnect.succeeded() && connect.succeeded());
        assertEquals("connected 'Contoso VPN'", connect.summary());
        assertTrue(connect.output().endsWith("Command completed successfully.\r\n"), connect.output());
    }

    @Test
    void aRefusedVpnPasswordNamesTheRemoteAccessErrorAndTheNextStep() {
        machine.runner.answer(CommandLine.of(SYSTEM32 + "rasdial.exe", "Contoso VPN"), 691,
                Recordings.recording("rasdial-connect-691.txt"));

        ActionResult result = perform(new TargetAction.ConnectVpn("Contoso VPN"));

        assertFalse(result.succeeded());
        assertEquals(Integer.valueOf(691), result.exitCode());
        assertTrue(result.summary().startsWith(SYSTEM32 + "rasdial.exe exit code 691: Remote Access error 691 - The "
                + "remote connection was denied"), result.summary());
        assertTrue(result.summary().contains("enters the new password"), result.summary());
    }

    @Test
    void aVpnProfileWindowsDoesNotListIsRefusedOnceTheProfilesWereRead() {
        WindowsTarget target = machine.target();
        target.vpnConnections(new NullProgressMonitor());

        String why = target.whyUnable(new TargetAction.ConnectVpn("GlobalProtect"));

        assertEquals("no Windows VPN profile named 'GlobalProtect' (Get-VpnConnection lists Contoso VPN); rasdial "
                + "only drives Windows VPN profiles", why);
        assertNull(target.whyUnable(new TargetAction.ConnectVpn("contoso vpn")), "names compare as Windows does");
    }

    @Test
    void ciscoSecureClientIsDisconnectedThroughItsOwnCommandLine() {
        String vpncli = "C:\\Program Files (x86)\\Cisco\\Cisco Secure Client\\vpncli.exe";
        machine.host.withFile(vpncli);
        machine.runner.answer(CommandLine.of(vpncli, "disconnect"), 0, Recordings.recording("vpncli-disconnect.txt"));

        ActionResult result = perform(new TargetAction.DisconnectVpn("Ethernet 3", VpnClient.CISCO_SECURE_CLIENT));

        assertEquals(List.of("\"" + vpncli + "\" disconnect"), machine.runner.commandLines());
        assertTrue(result.succeeded() && result.output().contains(">> state: Disconnected"), result.output());
        String connect = machine.target().whyUnable(new TargetAction.ConnectVpn("Ethernet 3",
                VpnClient.CISCO_SECURE_CLIENT, false));
        assertTrue(connect.startsWith("only the user can do this (Cisco Secure Client (AnyConnect) has no command line"),
                connect);
    }

    @Test
    void ciscoSecureClientWithoutItsCommandLineIsHandedToTheUser() {
        String why = machine.target().whyUnable(new TargetAction.DisconnectVpn("Ethernet 3",
                VpnClient.CISCO_SECURE_CLIENT));

        assertTrue(why.contains("vpncli.exe is not installed") && why.endsWith("select Disconnect"), why);
    }

    @Test
    void clientsWithoutACommandLineAreHandedToTheUserInTheirOwnWordsAndNothingRuns() {
        for (VpnClient client : List.of(VpnClient.GLOBALPROTECT, VpnClient.FORTICLIENT, VpnClient.ZSCALER,
                VpnClient.IVANTI_SECURE, VpnClient.CHECK_POINT, VpnClient.OPENVPN, VpnClient.WIREGUARD)) {
            TargetAction disconnect = new TargetAction.DisconnectVpn("Ethernet 2", client);
            assertNull(disconnect.command(), client.name());
            String why = machine.target().whyUnable(disconnect);
            assertTrue(why.startsWith("only the user can do this") && why.endsWith(client.disconnectInstruction()), why);
            assertFalse(machine.target().perform(disconnect, new NullProgressMonitor()).succeeded());
        }
        assertTrue(new TargetAction.DisconnectVpn("Ethernet 2", VpnClient.GLOBALPROTECT).instruction()
                .startsWith("Disconnect in GlobalProtect"));
        assertEquals(List.of(), machine.runner.commandLines(), "no command was run for a client that has none");
    }

    @Test
    void aProfileRememberingTheOldPasswordIsConnectedByTheUserNotByRasdial() {
        TargetAction.ConnectVpn connect = new TargetAction.ConnectVpn("Contoso VPN", null, true);

        String why = machine.target().whyUnable(connect);

        assertNull(connect.command());
        assertTrue(why.contains("the VPN remembers the old password") && why.contains("with your NEW password"), why);
    }

    @Test
    void enablingTheDeviceInEntraIdIsHandedToTheAdmin() {
        TargetAction.EnableDeviceInEntra enable = new TargetAction.EnableDeviceInEntra(
                "c63c6ee8-aaaa-4bbb-8ccc-7358de615555", "PC-0313");

        assertTrue(machine.target().whyUnable(enable).startsWith("an Entra ID administrator does this in the tenant"));
        assertEquals("PATCH https://graph.microsoft.com/v1.0/devices(deviceId='c63c6ee8-aaaa-4bbb-8ccc-7358de615555') "
                + "{\"accountEnabled\": true}", enable.command());
        assertTrue(enable.instruction().contains("Microsoft Entra admin center > Identity > Devices > All devices"));
        assertEquals(List.of(), machine.runner.commandLines());
    }

    @Test
    void resetOneDriveRunsThePerUserInstall() {
        CommandLine reset = CommandLine.of(FakeHost.PER_USER_ONEDRIVE, "/reset");
        machine.runner.answer(reset, 0, new byte[0]);

        ActionResult result = perform(new TargetAction.ResetOneDrive());

        assertEquals(List.of("C:\\Users\\alex\\AppData\\Local\\Microsoft\\OneDrive\\OneDrive.exe /reset"),
                machine.runner.commandLines());
        assertTrue(result.succeeded(), result.summary());
        assertTrue(result.summary().contains("files on this PC are kept"), result.summary());
        assertEquals(WindowsCommands.ONEDRIVE_RESET_TIMEOUT, machine.runner.runs().get(0).timeout());
    }

    @Test
    void resetOneDriveFallsBackToTheProgramFilesInstall() {
        machine.host.withoutFile(FakeHost.PER_USER_ONEDRIVE).withFile(FakeHost.PER_MACHINE_ONEDRIVE);
        machine.runner.answer(CommandLine.of(FakeHost.PER_MACHINE_ONEDRIVE, "/reset"), 0, new byte[0]);

        perform(new TargetAction.ResetOneDrive());

        assertEquals(List.of("\"C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe\" /reset"),
                machine.runner.commandLines());
    }

    @Test
    void withoutOneDriveTheResetIsRefusedNamingWhereItWasLookedFor() {
        machine.host.withoutFile(FakeHost.PER_USER_ONEDRIVE);

        String why = machine.target().whyUnable(new TargetAction.ResetOneDrive());

        assertEquals("OneDrive is not installed in any of C:\\Users\\alex\\AppData\\Local\\Microsoft\\OneDrive\\OneDrive.exe, "
                + "C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe, "
                + "C:\\Program Files (x86)\\Microsoft OneDrive\\OneDrive.exe", why);
    }

    @Test
    void restartOneDriveStopsItThenStartsItInTheBackground() {
        machine.runner.answer(CommandLine.of(SYSTEM32 + "taskkill.exe", "/im", "OneDrive.exe", "/f"), 0,
                Recordings.recording("taskkill-onedrive.txt"));

        ActionResult result = perform(new TargetAction.RestartOneDrive());

        assertEquals(List.of(SYSTEM32 + "taskkill.exe /im OneDrive.exe /f"), machine.runner.commandLines());
        assertEquals(List.of(FakeHost.PER_USER_ONEDRIVE + " /background"), machine.runner.launches());
        assertEquals(new ActionResult(true, "OneDrive stopped and started again", SYSTEM32
                + "taskkill.exe /im OneDrive.exe /f & " + FakeHost.PER_USER_ONEDRIVE + " /background", 0,
                "SUCCESS: The process \"OneDrive.exe\" with PID 8124 has been terminated.\r\n"), result);
    }

    @Test
    void restartOneDriveStartsItWhenItWasNotRunning() {
        machine.runner.answer(CommandLine.of(SYSTEM32 + "taskkill.exe", "/im", "OneDrive.exe", "/f"), 128, new byte[0],
                Recordings.recording("taskkill-not-running.txt"));

        ActionResult result = perform(new TargetAction.RestartOneDrive());

        assertTrue(result.succeeded());
        assertEquals("OneDrive was not running; started it", result.summary());
        assertEquals(Integer.valueOf(128), result.exitCode());
        assertEquals(1, machine.runner.launches().size());
    }

    @Test
    void aOneDriveThatCannotBeStoppedIsNotStartedASecondTime() {
        machine.runner.answer(CommandLine.of(SYSTEM32 + "taskkill.exe", "/im", "OneDrive.exe", "/f"), 1, new byte[0],
                ("ERROR: The process \"OneDrive.exe\" with PID 8124 could not be terminated.\r\nReason: Access is "
                        + "denied.\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        ActionResult result = perform(new TargetAction.RestartOneDrive());

        assertFalse(result.succeeded());
        assertEquals("could not stop OneDrive: exit code 1: ERROR: The process \"OneDrive.exe\" with PID 8124 could not "
                + "be terminated.", result.summary());
        assertEquals(List.of(), machine.runner.launches());
    }

    @Test
    void anElevatedConsoleStartsOneDriveThroughExplorerWithTheUsersNormalRights() {
        machine.host.elevated(true);
        machine.runner.answer(CommandLine.of(SYSTEM32 + "taskkill.exe", "/im", "OneDrive.exe", "/f"), 0, new byte[0]);

        perform(new TargetAction.RestartOneDrive());

        assertEquals(List.of("C:\\Windows\\explorer.exe " + FakeHost.PER_USER_ONEDRIVE), machine.runner.launches());
    }

    @Test
    void aOneDriveThatCannotBeStartedAfterTheStopIsAFailureThatSaysSo() {
        machine.runner.answer(CommandLine.of(SYSTEM32 + "taskkill.exe", "/im", "OneDrive.exe", "/f"), 0, new byte[0])
                .failLaunches(new IOException("CreateProcess error=5, Access is denied"));

        ActionResult result = perform(new TargetAction.RestartOneDrive());

        assertFalse(result.succeeded());
        assertEquals("OneDrive was stopped but could not be started: CreateProcess error=5, Access is denied",
                result.summary());
    }

    @Test
    void reregisterLeavesHybridJoinThenStartsTheJoinTaskAndTellsTheUserWhatIsLeft() {
        FakeMachine hybrid = new FakeMachine();
        hybrid.host.elevated(true);
        hybrid.runner.answer(CommandLine.of(SYSTEM32 + "dsregcmd.exe", "/status"), 0,
                Recordings.reencode(Recordings.formatsFixture("dsregcmd/hybrid-joined-healthy.txt"), TextEncoding.IBM850))
                .answer(CommandLine.of(SYSTEM32 + "dsregcmd.exe", "/leave"), 0, new byte[0])
                .answer(CommandLine.of(SYSTEM32 + "schtasks.exe", "/run", "/tn",
                        "\\Microsoft\\Windows\\Workplace Join\\Automatic-Device-Join"), 0,
                        Recordings.recording("schtasks-run-automatic-device-join.txt"));
        WindowsTarget target = hybrid.target();

        ActionResult result = target.perform(new TargetAction.ReregisterDevice(), new NullProgressMonitor());

        assertEquals(List.of(SYSTEM32 + "dsregcmd.exe /status", SYSTEM32 + "dsregcmd.exe /leave",
                SYSTEM32 + "schtasks.exe /run /tn \"\\Microsoft\\Windows\\Workplace Join\\Automatic-Device-Join\""),
                hybrid.runner.commandLines());
        assertTrue(result.succeeded(), result.summary());
        assertEquals(Integer.valueOf(0), result.exitCode());
        assertTrue(result.summary().startsWith("Done: the device left Microsoft Entra hybrid join (dsregcmd /leave, exit "
                + "code 0) and the Automatic-Device-Join task was started"), result.summary());
        assertTrue(result.summary().contains("The user must now: restart the PC"), result.summary());
        assertTrue(result.summary().contains("sign in with the new password"), result.summary());
    }

    @Test
    void runCommandRunsExactlyWhatTheFixNamedAndKeepsItsExitCode() {
        CommandLine vpnCli = CommandLine.of("C:\\Program Files\\Contoso\\VPN\\vpncli.exe", "reconnect", "--profile",
                "Home Office");
        machine.runner.answer(vpnCli, 3, "profile not found\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        ActionResult result = perform(new TargetAction.RunCommand("C:\\Program Files\\Contoso\\VPN\\vpncli.exe",
                List.of("reconnect", "--profile", "Home Office"), "Reconnect the Contoso VPN client", false));

        assertEquals(List.of("\"C:\\Program Files\\Contoso\\VPN\\vpncli.exe\" reconnect --profile \"Home Office\""),
                machine.runner.commandLines());
        assertEquals(WindowsCommands.RUN_COMMAND_TIMEOUT, machine.runner.runs().get(0).timeout());
        assertFalse(result.succeeded());
        assertEquals(Integer.valueOf(3), result.exitCode());
        assertEquals("profile not found\r\n", result.output());
        assertEquals("C:\\Program Files\\Contoso\\VPN\\vpncli.exe exit code 3: profile not found", result.summary());
    }

    @Test
    void aRunCommandWithADoubleQuoteInAnArgumentIsRefusedBeforeAnythingRuns() {
        TargetAction.RunCommand quoted = new TargetAction.RunCommand("cmd.exe", List.of("/c", "echo \"hi\""), "Greet",
                false);
        WindowsTarget target = machine.target();

        ActionResult result = target.perform(quoted, new NullProgressMonitor());

        assertFalse(result.succeeded());
        assertEquals("a double quote in 'echo \"hi\"' cannot be passed to a Windows program unambiguously",
                result.summary());
        assertEquals(List.of(), machine.runner.commandLines());
    }

    @Test
    void clearFolderDeletesWhatIsInTheFolderLiterallyAndSaysHowMuch() {
        TargetAction.ClearFolder clear = new TargetAction.ClearFolder(
                "%LOCALAPPDATA%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\AC\\TokenBroker\\Accounts",
                "Forget the token broker's cached accounts");
        CommandLine script = machine.target().commands().clearFolder(clear.folder());
        machine.runner.answer(script, 0, ("Deleted 2 item(s) in " + FakeHost.LOCAL_APP_DATA
                + "\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\AC\\TokenBroker\\Accounts\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        ActionResult result = perform(clear);

        assertTrue(result.succeeded(), result.summary());
        assertEquals(SYSTEM32 + "WindowsPowerShell\\v1.0\\powershell.exe", script.executable());
        String command = script.arguments().get(script.arguments().size() - 1);
        assertTrue(command.contains("$folder=Join-Path $env:LOCALAPPDATA 'Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy"
                + "\\AC\\TokenBroker\\Accounts'"), command);
        assertTrue(command.contains("Get-ChildItem -LiteralPath $folder -Force") && command.contains(
                "Remove-Item -LiteralPath $item.FullName -Recurse -Force"), command);
        assertEquals(List.of(script.rendered()), machine.runner.commandLines());
        assertTrue(result.summary().endsWith(": Deleted 2 item(s) in " + FakeHost.LOCAL_APP_DATA
                + "\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\AC\\TokenBroker\\Accounts"), result.summary());
        assertEquals(Integer.valueOf(0), result.exitCode());
    }

    @Test
    void anElevatedConsoleDoesNotClearAFolderOfWhatMayBeAnotherAccountsProfile() {
        machine.host.elevated(true);
        TargetAction.ClearFolder clear = new TargetAction.ClearFolder("%LOCALAPPDATA%\\Contoso\\Cache", "Clear it");

        String why = machine.target().whyUnable(clear);

        assertTrue(why != null && why.contains("running elevated"), why);
        assertFalse(machine.target().perform(clear, new NullProgressMonitor()).succeeded());
        assertEquals(List.of(), machine.runner.commandLines());
    }

    @Test
    void closeApplicationAsksItToCloseAndAnApplicationThatIsNotRunningCountsAsClosed() {
        machine.runner.answer(CommandLine.of(SYSTEM32 + "taskkill.exe", "/im", "OUTLOOK.EXE"), 0,
                "SUCCESS: Sent termination signal to the process \"OUTLOOK.EXE\" with PID 8124.\r\n"
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .answer(CommandLine.of(SYSTEM32 + "taskkill.exe", "/im", "WINWORD.EXE"), 128,
                        "ERROR: The process \"WINWORD.EXE\" not found.\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        ActionResult outlook = perform(new TargetAction.CloseApplication("outlook.exe", "Outlook"));
        ActionResult word = perform(new TargetAction.CloseApplication("WINWORD.EXE", "Word"));

        assertEquals(new ActionResult(true, "asked Outlook to close", SYSTEM32 + "taskkill.exe /im OUTLOOK.EXE", 0,
                "SUCCESS: Sent termination signal to the process \"OUTLOOK.EXE\" with PID 8124.\r\n"), outlook);
        assertTrue(word.succeeded());
        assertEquals("Word was not running", word.summary());
        assertEquals(Integer.valueOf(128), word.exitCode());
    }
}
