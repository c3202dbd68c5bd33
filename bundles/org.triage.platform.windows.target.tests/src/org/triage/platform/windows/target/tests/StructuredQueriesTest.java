package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.target.Evidence;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.formats.TextEncoding;

/**
 * The live target reads adapters and the WinHTTP proxy through the collector's language-independent queries, and
 * through ipconfig and netsh (in the display language) only where a query fails.
 */
class StructuredQueriesTest {

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    @Test
    void theQueriesGiveWhatIpconfigAndNetshGive() {
        FakeMachine machine = FakeMachine.contoso();
        machine.runner.answer(machine.commands.adapters(), 1, new byte[0])
                .answer(machine.commands.proxyRegistry(), 1, new byte[0]);
        Reading<List<NetworkAdapter>> fromIpconfig = machine.target().adapters(MONITOR);
        Reading<ProxySettings> fromNetsh = machine.target().proxy(MONITOR);

        FakeMachine structured = FakeMachine.contoso();
        Reading<List<NetworkAdapter>> fromQuery = structured.target().adapters(MONITOR);
        Reading<ProxySettings> fromRegistry = structured.target().proxy(MONITOR);

        assertEquals(fromIpconfig.value(), fromQuery.value());
        assertEquals(fromNetsh.value(), fromRegistry.value());
        assertEquals(List.of(), fromQuery.problems());
        assertEquals(List.of("adapters.json"), fromQuery.evidence().stream().map(Evidence::outputKind).toList());
        assertEquals(List.of("winhttp-proxy.json"), fromRegistry.evidence().stream().map(Evidence::outputKind)
                .toList());
        assertEquals(List.of(), structured.runner.unexpected());
    }

    @Test
    void whereTheAdapterQueryFailsIpconfigIsReadAndTheProblemSaysWhy() {
        FakeMachine machine = FakeMachine.contoso(TextEncoding.IBM850, TextEncoding.UTF8);
        machine.runner.answer(machine.commands.adapters(), 1, new byte[0],
                "Get-NetIPConfiguration : Access is denied.".getBytes(StandardCharsets.UTF_8));

        Reading<List<NetworkAdapter>> reading = machine.target().adapters(MONITOR);

        assertEquals(Reading.Kind.VALUE, reading.kind());
        assertEquals(4, reading.value().size());
        assertTrue(reading.problems().stream().anyMatch(problem -> problem.contains("Access is denied.")
                && problem.endsWith("; read ipconfig /all instead")), reading.problems().toString());
        assertEquals(List.of("ipconfig-all.txt", "adapters.json"),
                reading.evidence().stream().map(Evidence::outputKind).toList());
    }

    @Test
    void whereTheRegistryQueryFailsNetshIsReadAndTheProblemSaysWhy() {
        FakeMachine machine = FakeMachine.contoso();
        machine.runner.answer(machine.commands.proxyRegistry(), 0,
                "[ { \"WinHttpSettings\": \"18000000\" } ]".getBytes(StandardCharsets.UTF_8));

        Reading<ProxySettings> reading = machine.target().proxy(MONITOR);

        assertEquals(Reading.Kind.VALUE, reading.kind());
        assertTrue(reading.value().direct());
        assertTrue(reading.problems().stream().anyMatch(problem -> problem.contains("WinHttpSettings")
                && problem.endsWith("; read netsh winhttp show proxy instead")), reading.problems().toString());
    }
}
