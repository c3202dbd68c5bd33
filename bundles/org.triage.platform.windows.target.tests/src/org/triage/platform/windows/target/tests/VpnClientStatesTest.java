package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.target.Reading;
import org.triage.core.target.VpnClient;
import org.triage.core.target.VpnClientState;
import org.triage.formats.TextEncoding;
import org.triage.platform.windows.target.CommandLine;

/** The live Windows target asks Cisco Secure Client for its own account, where its vpncli.exe is installed. */
class VpnClientStatesTest {

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();
    private static final String VPNCLI = "C:\\Program Files (x86)\\Cisco\\Cisco Secure Client\\vpncli.exe";

    @Test
    void runsVpncliStatsAndReadsTheClientsOwnTunnelMode() {
        FakeMachine machine = FakeMachine.contoso();
        machine.host.withFile(VPNCLI);
        machine.runner.answer(CommandLine.of(VPNCLI, "stats"), 0, Recordings.reencode(
                Recordings.formatsFixture("anyconnect/tunnel-all-with-routes.sample.txt"), TextEncoding.UTF8));

        Reading<List<VpnClientState>> states = machine.target().vpnClientStates(MONITOR);

        assertEquals(Reading.Kind.VALUE, states.kind(), states.message());
        VpnClientState state = states.value().get(0);
        assertEquals(VpnClient.CISCO_SECURE_CLIENT, state.client());
        assertTrue(state.connected() && state.tunnelsAll(), state.toString());
        assertEquals("Tunnel All Traffic", state.tunnelModeIpv4());
        assertEquals("203.0.113.10", state.serverAddress());
        assertEquals(List.of("0.0.0.0/0"), state.securedRoutesIpv4());
        assertEquals("\"" + VPNCLI + "\" stats", states.evidence().get(0).source());
        assertEquals("vpncli-stats.txt", states.evidence().get(0).outputKind());
    }

    @Test
    void withoutVpncliNothingIsRunAndTheReadingSaysWhy() {
        FakeMachine machine = FakeMachine.contoso();

        Reading<List<VpnClientState>> states = machine.target().vpnClientStates(MONITOR);

        assertEquals(Reading.Kind.UNSUPPORTED, states.kind());
        assertTrue(states.message().contains("vpncli.exe is not installed"), states.message());
        assertTrue(machine.runner.commandLines().stream().noneMatch(c -> c.contains("vpncli")),
                machine.runner.commandLines().toString());
    }
}
