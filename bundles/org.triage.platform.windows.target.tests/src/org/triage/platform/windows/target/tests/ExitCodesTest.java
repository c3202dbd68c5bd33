package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.target.Evidence;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.core.target.VpnConnection;

/** The exit code of every run is recorded; one other than 0 makes a failed reading that keeps the output. */
class ExitCodesTest {

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    @Test
    void aGoodRunRecordsExitCodeZeroAndTheCommandLine() {
        FakeMachine machine = FakeMachine.contoso();
        Reading<ProxySettings> proxy = machine.target().proxy(MONITOR);

        assertEquals(Reading.Kind.VALUE, proxy.kind());
        assertTrue(proxy.value().direct());
        Evidence evidence = proxy.evidence().get(0);
        assertEquals(machine.commands.proxyRegistry().rendered(), evidence.source());
        assertEquals(Integer.valueOf(0), evidence.exitCode());
        assertEquals(null, evidence.fileName(), "run live, not read from a file");
    }

    @Test
    void anExitCodeOtherThanZeroIsAFailedReadingWithTheOutputAndTheError() {
        FakeMachine machine = new FakeMachine();
        byte[] stderr = ("Get-VpnConnection : The remote access connection manager service is not running.\r\n"
                + "At line:1 char:1\r\n").getBytes(StandardCharsets.UTF_8);
        machine.runner.answer(machine.commands.vpnConnections(), 1, new byte[0], stderr);

        Reading<List<VpnConnection>> vpn = machine.target().vpnConnections(MONITOR);

        assertEquals(Reading.Kind.FAILED, vpn.kind());
        assertTrue(vpn.message().endsWith(": exit code 1: Get-VpnConnection : The remote access connection manager "
                + "service is not running."), vpn.message());
        Evidence evidence = vpn.evidence().get(0);
        assertEquals(Integer.valueOf(1), evidence.exitCode());
        assertEquals(machine.commands.vpnConnections().rendered(), evidence.source());
        assertTrue(evidence.content().contains("connection manager service is not running"), evidence.content());
    }

    @Test
    void theConnectedVpnsSessionStartComesFromTheDialEventsAndTheirFailureLosesNoProfile() {
        FakeMachine machine = FakeMachine.contoso();

        Reading<List<VpnConnection>> vpn = machine.target().vpnConnections(MONITOR);

        assertEquals(Instant.parse("2025-06-03T02:11:54.3817265Z"), vpn.value().get(0).connectedSince());
        assertEquals(List.of(machine.commands.vpnConnections().rendered(), machine.commands.vpnDialEvents().rendered()),
                vpn.evidence().stream().map(Evidence::source).toList());

        machine.runner.answer(machine.commands.vpnDialEvents(), 1, new byte[0],
                "Get-WinEvent : The RPC server is unavailable.\r\n".getBytes(StandardCharsets.UTF_8));
        Reading<List<VpnConnection>> withoutEvents = machine.target().vpnConnections(MONITOR);

        assertEquals(Reading.Kind.VALUE, withoutEvents.kind());
        assertEquals(null, withoutEvents.value().get(0).connectedSince());
        assertEquals("Contoso VPN", withoutEvents.value().get(0).name());
        assertTrue(withoutEvents.problems().stream().anyMatch(p -> p.contains("The RPC server is unavailable")
                && p.endsWith("when the VPN sessions began is not known")), withoutEvents.problems().toString());
    }

    @Test
    void stderrBesideGoodOutputBecomesAProblemOfTheReading() {
        FakeMachine machine = new FakeMachine();
        machine.runner.answer(machine.commands.proxyRegistry(), 0, Recordings.contosoJson("winhttp-proxy.json"),
                "WARNING: some modules did not load\r\n".getBytes(StandardCharsets.US_ASCII));

        Reading<ProxySettings> proxy = machine.target().proxy(MONITOR);

        assertEquals(Reading.Kind.VALUE, proxy.kind());
        assertEquals(List.of("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe wrote to stderr: "
                + "WARNING: some modules did not load"), proxy.problems());
    }

    @Test
    void outputThatIsNotWhatTheToolPrintsIsAFailedReadingNamingTheCommand() {
        FakeMachine machine = new FakeMachine();
        machine.runner.answer(machine.commands.routes(), 0, "<html>proxy login</html>".getBytes(StandardCharsets.UTF_8));

        Reading<?> routes = machine.target().routes(MONITOR);

        assertEquals(Reading.Kind.FAILED, routes.kind());
        assertTrue(routes.message().startsWith(machine.commands.routes().rendered()), routes.message());
    }
}
