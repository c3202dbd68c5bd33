package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.target.Reading;
import org.triage.core.target.TokenBrokerEvent;

/** The live Windows target reads the AAD Operational log with the collector's query. */
class TokenBrokerEventsTest {

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    @Test
    void runsTheCollectorsQueryAndReadsTheFailures() {
        FakeMachine machine = FakeMachine.contoso();
        String command = machine.commands.aadOperationalEvents().rendered();
        assertTrue(command.contains("LogName='Microsoft-Windows-AAD/Operational';StartTime=(Get-Date).AddDays(-7)"), command);
        assertTrue(command.contains("-MaxEvents 500"), command);
        assertTrue(command.contains("LevelDisplayName,Message"), command);

        Reading<List<TokenBrokerEvent>> events = machine.target().tokenBrokerEvents(MONITOR);

        assertEquals(Reading.Kind.VALUE, events.kind(), events.message());
        assertEquals(12, events.value().size());
        assertTrue(events.value().stream().anyMatch(e -> e.eventId() == 1098 && "0xCAA5001C".equals(e.errorCode())
                && "RequestToken".equals(e.operation())));
        assertEquals(command, events.evidence().get(0).source());
    }

    @Test
    void aLogThatCannotBeReadIsAFailedReadingThatSaysWhy() {
        FakeMachine machine = FakeMachine.contoso();
        machine.runner.answer(machine.commands.aadOperationalEvents(), 1, new byte[0],
                "Get-WinEvent : The RPC server is unavailable.\r\n".getBytes(StandardCharsets.UTF_8));

        Reading<List<TokenBrokerEvent>> events = machine.target().tokenBrokerEvents(MONITOR);

        assertEquals(Reading.Kind.FAILED, events.kind());
        assertTrue(events.message().contains("The RPC server is unavailable"), events.message());
    }
}
