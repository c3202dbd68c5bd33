package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.target.ActionResult;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.Reading;
import org.triage.core.target.TargetAction;
import org.triage.platform.windows.target.ProcessOutcome;
import org.triage.platform.windows.target.WindowsCommands;
import org.triage.platform.windows.target.WindowsTarget;

/** Every run has a time limit; a run that hangs ends with the operator's cancellation and says so. */
class TimeoutAndCancellationTest {

    @Test
    void everyCommandGetsItsTimeLimit() {
        FakeMachine machine = FakeMachine.contoso();
        machine.host.elevated(true);
        machine.runner.answer(machine.commands.ipconfig("/flushdns"), 0, new byte[0])
                .answer(machine.commands.ipconfig("/release"), 0, new byte[0])
                .answer(machine.commands.ipconfig("/renew"), 0, new byte[0])
                .answer(machine.commands.rasdialDisconnect("Contoso VPN"), 0, new byte[0]);
        WindowsTarget target = machine.target();
        NullProgressMonitor monitor = new NullProgressMonitor();

        target.registration(monitor);
        target.vpnConnections(monitor);
        target.perform(new TargetAction.FlushDns(), monitor);
        target.perform(new TargetAction.RenewIpAddresses(), monitor);
        target.perform(new TargetAction.DisconnectVpn("Contoso VPN"), monitor);

        assertEquals(List.of(WindowsCommands.QUERY_TIMEOUT, WindowsCommands.QUERY_TIMEOUT,
                WindowsCommands.EVENT_LOG_TIMEOUT, WindowsCommands.QUICK_ACTION_TIMEOUT, WindowsCommands.RENEW_TIMEOUT, WindowsCommands.RENEW_TIMEOUT,
                WindowsCommands.VPN_TIMEOUT), machine.runner.runs().stream().map(FakeRunner.Run::timeout).toList());
        assertTrue(WindowsCommands.QUERY_TIMEOUT.plus(WindowsCommands.EVENT_LOG_TIMEOUT).toMillis()
                < org.triage.core.engine.DiagnosisEngine.PROBE_TIMEOUT_MILLIS,
                "a reading, with the dial events after the VPN profiles, ends before the engine gives up on its probe");
    }

    @Test
    void aReadingThatHangsEndsWhenTheOperatorCancels() throws Exception {
        FakeMachine machine = FakeMachine.contoso();
        CountDownLatch hanging = new CountDownLatch(1);
        machine.runner.hang(machine.commands.dsregcmdStatus(), hanging);
        WindowsTarget target = machine.target();
        CancellableMonitor monitor = new CancellableMonitor();

        CompletableFuture<Reading<DeviceRegistration>> reading = CompletableFuture
                .supplyAsync(() -> target.registration(monitor));
        assertTrue(hanging.await(10, TimeUnit.SECONDS), "dsregcmd never started");
        assertFalse(reading.isDone(), "it returned while the command hung");
        monitor.setCanceled(true);

        Reading<DeviceRegistration> result = reading.get(10, TimeUnit.SECONDS);
        assertEquals(Reading.Kind.FAILED, result.kind());
        assertTrue(result.message().startsWith("C:\\Windows\\System32\\dsregcmd.exe /status: cancelled after "),
                result.message());
        assertTrue(result.message().endsWith("; the process was stopped"), result.message());
    }

    @Test
    void anActionThatHangsEndsWhenTheOperatorCancelsAndIsAFailure() throws Exception {
        FakeMachine machine = FakeMachine.contoso();
        CountDownLatch hanging = new CountDownLatch(1);
        machine.runner.hang(machine.commands.rasdialConnect("Contoso VPN"), hanging);
        WindowsTarget target = machine.target();
        CancellableMonitor monitor = new CancellableMonitor();

        CompletableFuture<ActionResult> action = CompletableFuture
                .supplyAsync(() -> target.perform(new TargetAction.ConnectVpn("Contoso VPN"), monitor));
        assertTrue(hanging.await(10, TimeUnit.SECONDS), "rasdial never started");
        monitor.setCanceled(true);

        ActionResult result = action.get(10, TimeUnit.SECONDS);
        assertFalse(result.succeeded());
        assertEquals(null, result.exitCode(), "a stopped process has no exit code");
        assertTrue(result.summary().contains("cancelled after"), result.summary());
    }

    @Test
    void aReadingThatRanOutOfTimeSaysSoAndKeepsWhatWasWritten() {
        FakeMachine machine = FakeMachine.contoso();
        byte[] partial = "\r\n+------------------------------------------------------------------+\r\n| Device State"
                .getBytes(StandardCharsets.US_ASCII);
        machine.runner.behave(machine.commands.dsregcmdStatus(), (command, timeout, monitor) -> new ProcessOutcome(
                command, ProcessOutcome.Status.TIMED_OUT, null, partial, null, Instant.now(), timeout,
                "time limit reached"));

        Reading<DeviceRegistration> reading = machine.target().registration(new NullProgressMonitor());

        assertEquals(Reading.Kind.FAILED, reading.kind());
        assertEquals("C:\\Windows\\System32\\dsregcmd.exe /status: did not finish within 45 s and was stopped: "
                + "| Device State", reading.message());
        assertEquals(1, reading.evidence().size());
        assertTrue(reading.evidence().get(0).content().contains("| Device State"));
        assertEquals(null, reading.evidence().get(0).exitCode());
    }

    @Test
    void theEngineRecordsAHungProbeAsAnErrorAndGoesOn() {
        FakeMachine machine = FakeMachine.contoso();
        machine.runner.behave(machine.commands.dsregcmdStatus(), (command, timeout, monitor) -> new ProcessOutcome(
                command, ProcessOutcome.Status.TIMED_OUT, null, null, null, Instant.now(), timeout, "time limit reached"));
        WindowsTarget target = machine.target();
        var session = org.triage.core.engine.Diagnosis.newSession(target, "0x8004de40", FakeMachine.PASSWORD_RESET,
                "0.0.0.test");

        org.triage.core.engine.DiagnosisEngine.standard().diagnose(session, target, new NullProgressMonitor());

        Map<String, String> statuses = new java.util.LinkedHashMap<>();
        session.getObservations().forEach(o -> statuses.put(o.getProbeId(), o.getStatus().getLiteral()));
        assertEquals("error", statuses.get(org.triage.core.probe.DeviceRegistrationProbe.ID));
        assertEquals("ok", statuses.get(org.triage.core.probe.CachedCredentialsProbe.ID));
        assertTrue(session.getObservations().size() > 5, statuses.toString());
    }

    @Test
    void aProgramThatCannotStartIsAFailedReadingNamingTheReason() {
        FakeMachine machine = FakeMachine.contoso();
        machine.runner.behave(machine.commands.dsregcmdStatus(), (command, timeout, monitor) -> ProcessOutcome
                .notStarted(command, "CreateProcess error=740, The requested operation requires elevation"));

        Reading<DeviceRegistration> reading = machine.target().registration(new NullProgressMonitor());

        assertEquals("C:\\Windows\\System32\\dsregcmd.exe /status: could not be started: CreateProcess error=740, The "
                + "requested operation requires elevation", reading.message());
    }
}
