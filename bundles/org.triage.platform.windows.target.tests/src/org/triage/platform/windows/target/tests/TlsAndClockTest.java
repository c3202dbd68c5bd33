package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.target.ActionResult;
import org.triage.core.target.ClockReading;
import org.triage.core.target.Reading;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TlsSettings;
import org.triage.formats.ClockJsonFormat;
import org.triage.formats.TextEncoding;
import org.triage.formats.TlsSettingsFormat;

/**
 * The live Windows target reads the TLS settings and the clock with the collector's own statements and
 * {@code w32tm /query /status /verbose}, and carries out the registry and clock actions elevated only.
 */
class TlsAndClockTest {

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();
    private static final String CLIENT = TlsSettings.SCHANNEL_PROTOCOLS + "\\TLS 1.2\\Client";

    @Test
    void theTlsSettingsAreReadWithTheCollectorsStatements() {
        FakeMachine machine = FakeMachine.contoso();
        String command = machine.commands.tlsSettings().rendered();
        assertTrue(command.contains(TlsSettingsFormat.QUERY), command);
        machine.runner.answer(machine.commands.tlsSettings(), 0,
                Recordings.reencode(Recordings.formatsFixture("tls/tls-settings.hardened.json"), TextEncoding.UTF8));

        Reading<TlsSettings> tls = machine.target().tlsSettings(MONITOR);

        assertEquals(Reading.Kind.VALUE, tls.kind(), tls.message());
        assertFalse(tls.value().tls12Offered());
        assertEquals("tls-settings.json", tls.evidence().get(0).outputKind());
        assertEquals(command, tls.evidence().get(0).source());
    }

    @Test
    void theClockIsReadFromTheCollectorsStatementsAndW32tm() {
        FakeMachine machine = FakeMachine.contoso();
        assertTrue(machine.commands.clock().rendered().contains(ClockJsonFormat.QUERY));
        assertEquals("C:\\Windows\\System32\\w32tm.exe /query /status /verbose", machine.commands.w32tmStatus().rendered());
        machine.runner.answer(machine.commands.clock(), 0,
                Recordings.reencode(Recordings.formatsFixture("tls/clock.fast.json"), TextEncoding.UTF8))
                .answer(machine.commands.w32tmStatus(), 0, Recordings.reencode(
                        Recordings.formatsFixture("w32tm/de-DE.synced.txt"), TextEncoding.IBM850));

        Reading<ClockReading> clock = machine.target().clock(MONITOR);

        assertEquals(Reading.Kind.VALUE, clock.kind(), clock.message());
        assertEquals(1380, clock.value().offset().toSeconds());
        assertEquals("time.windows.com,0x9", clock.value().service().source());
        assertEquals(List.of("clock.json", "w32tm-status.txt"), clock.evidence().stream().map(e -> e.outputKind()).toList());
    }

    @Test
    void aStoppedTimeServiceLeavesTheClockReadingWithAProblem() {
        FakeMachine machine = FakeMachine.contoso();
        machine.runner.answer(machine.commands.clock(), 0,
                Recordings.reencode(Recordings.formatsFixture("tls/clock.fast.json"), TextEncoding.UTF8))
                .answer(machine.commands.w32tmStatus(), -2147023830, Recordings.reencode(
                        Recordings.formatsFixture("w32tm/en-US.service-stopped.txt"), TextEncoding.IBM850));

        Reading<ClockReading> clock = machine.target().clock(MONITOR);

        assertEquals(Reading.Kind.VALUE, clock.kind(), clock.message());
        assertEquals(1380, clock.value().offset().toSeconds());
        assertNull(clock.value().service());
        assertTrue(clock.problems().stream().anyMatch(p -> p.contains("The service has not been started")),
                clock.problems().toString());
    }

    @Test
    void registryAndClockActionsNeedElevationAndRunNothingWithout() {
        FakeMachine machine = FakeMachine.contoso();
        TargetAction.SetRegistryValue enable = new TargetAction.SetRegistryValue(CLIENT, "Enabled", "REG_DWORD", "0", "1");

        ActionResult set = machine.target().perform(enable, MONITOR);
        ActionResult resync = machine.target().perform(new TargetAction.ResyncClock(), MONITOR);

        assertFalse(set.succeeded());
        assertTrue(set.summary().contains("not running elevated"), set.summary());
        assertFalse(resync.succeeded());
        assertEquals(List.of(), machine.runner.commandLines(), "nothing ran");
    }

    @Test
    void elevatedTheValueIsSetOnlyWhereItHoldsWhatThePreviewShowed() {
        FakeMachine machine = FakeMachine.contoso();
        machine.host.elevated(true);
        TargetAction.SetRegistryValue enable = new TargetAction.SetRegistryValue(CLIENT, "Enabled", "REG_DWORD", "0", "1");
        String script = machine.commands.setRegistryValue(enable).rendered();
        assertTrue(script.contains("$path = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\"
                + "Protocols\\TLS 1.2\\Client'; $name = 'Enabled';"), script);
        assertTrue(script.contains("if ($current -ne '0') {") && script.contains("exit 3"), script);
        assertTrue(script.contains("Set-ItemProperty -LiteralPath $path -Name $name -Type DWord -Value ([uint32]1)"), script);
        List<String> arguments = machine.commands.setRegistryValue(enable).arguments();
        assertFalse(arguments.get(arguments.size() - 1).contains("\""), "no double quote in the script");
        machine.runner.answer(machine.commands.setRegistryValue(enable), 0, "Set HKLM:...\r\n".getBytes(StandardCharsets.UTF_8));

        ActionResult done = machine.target().perform(enable, MONITOR);
        assertTrue(done.succeeded(), done.summary());
        assertEquals(enable.description(), done.summary());

        machine.runner.answer(machine.commands.setRegistryValue(enable), 3, new byte[0], ("HKLM:\\...\\Enabled is 1 now, "
                + "not as when the step was planned; nothing was changed\r\n").getBytes(StandardCharsets.UTF_8));
        ActionResult refused = machine.target().perform(enable, MONITOR);
        assertFalse(refused.succeeded());
        assertTrue(refused.summary().contains("is 1 now, not as when the step was planned"), refused.summary());

        String delete = machine.commands.setRegistryValue(new TargetAction.SetRegistryValue(
                TlsSettings.CIPHER_SUITE_ORDER_POLICY_KEY, "Functions", "REG_SZ", "TLS_A,TLS_B", null)).rendered();
        assertTrue(delete.contains("if ($current -ne 'TLS_A,TLS_B') {") && delete.contains(
                "Remove-ItemProperty -LiteralPath $path -Name $name"), delete);
    }

    @Test
    void elevatedTheClockIsResynchronisedAfterStartingTheService() {
        FakeMachine machine = FakeMachine.contoso();
        machine.host.elevated(true);
        machine.runner.answer(machine.commands.startTimeService(), 2,
                "The requested service has already been started.\r\n".getBytes(StandardCharsets.UTF_8))
                .answer(machine.commands.w32tmResync(), 0, ("Sending resync command to local computer\r\n"
                        + "The command completed successfully.\r\n").getBytes(StandardCharsets.UTF_8));

        ActionResult result = machine.target().perform(new TargetAction.ResyncClock(), MONITOR);

        assertTrue(result.succeeded(), result.summary());
        assertEquals(List.of("C:\\Windows\\System32\\net.exe start w32time",
                "C:\\Windows\\System32\\w32tm.exe /resync /force"), machine.runner.commandLines());

        machine.runner.answer(machine.commands.w32tmResync(), 1, ("Sending resync command to local computer\r\n"
                + "The computer did not resync because no time data was available.\r\n").getBytes(StandardCharsets.UTF_8));
        ActionResult failed = machine.target().perform(new TargetAction.ResyncClock(), MONITOR);
        assertFalse(failed.succeeded());
        assertTrue(failed.summary().contains("no time data was available"), failed.summary());
    }
}
