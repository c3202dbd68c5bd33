package org.triage.snapshot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triage.core.probe.TokenBrokerEventsProbe;
import org.triage.formats.AadOperationalEventsFormat;
import org.triage.formats.TextDecoder;
import org.triage.model.Fact;
import org.triage.model.NumberFact;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.Session;
import org.triage.model.TextFact;
import org.triage.formats.readings.SnapshotFile;
import org.triage.tests.harness.Samples;

/**
 * The token broker's evidence: the contoso sample holds real AAD Operational event texts as the collector writes
 * them (aad-operational-events.json), and the diagnosis shows the failures grouped by code and app, explained.
 */
class TokenBrokerEventsSnapshotTest {

    @Test
    void theSnapshotsFailuresAreGroupedByCodeAndAppAndExplainedByTheCatalogue() throws Exception {
        Session session = SnapshotFixtures.diagnose(Samples.snapshot(Samples.CONTOSO));
        Observation broker = session.getObservations().stream()
                .filter(o -> o.getProbeId().equals(TokenBrokerEventsProbe.ID)).reduce((a, b) -> b).orElseThrow();

        assertEquals("registration", broker.getView());
        assertEquals(ObservationStatus.WARNING, broker.getStatus(), broker.getSummary());
        Map<String, String> facts = new LinkedHashMap<>();
        for (Fact fact : broker.getFacts()) {
            if (fact instanceof TextFact text) {
                facts.put(text.getName(), text.getValue());
            } else if (fact instanceof NumberFact number) {
                facts.put(number.getName(), number.getValue().toString());
            }
        }
        assertEquals("12", facts.get("TokenBrokerFailures"), facts.toString());
        String brokerFailed = facts.get("failure: 0xCAA5001C | app not named");
        assertTrue(brokerFailed.startsWith("2× last 2025-09-25T14:02:31Z, events [1098]"), brokerFailed);
        assertTrue(brokerFailed.contains("0xCAA5001C: The Web Account Manager's token broker"), brokerFailed);
        assertTrue(facts.get("failure: AADSTS50011 | Microsoft.AAD.BrokerPlugin").contains("events [1098]"), facts.toString());
        assertTrue(facts.get("failure: HTTP 400 | app not named").contains("correlation id 12d0e4f1-7f17-4087-b7d4-026e58338c8e"),
                facts.toString());
        assertTrue(facts.get("failure: 0xC00484C1 | app not named").startsWith("3×"), facts.toString());
        assertTrue(broker.getSummary().startsWith("12 failed token requests in "), broker.getSummary());
        assertTrue(broker.getSummary().endsWith("most frequent 0xC00484C1 (app not named)"), broker.getSummary());
    }

    @Test
    void theSampleIsWhatTheCollectorWritesAndReadsWithoutProblems() throws IOException {
        Path file = Samples.snapshot(Samples.CONTOSO).resolve(SnapshotFile.AAD_OPERATIONAL_EVENTS.fileName());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("UTF-8 with BOM", TextDecoder.decode(bytes).encodingName(), "as Write-SnapshotFile writes it");
        var events = AadOperationalEventsFormat.parse(bytes);
        assertTrue(events.recognised());
        assertEquals(0, events.problems().size(), events.problems().toString());
        assertEquals(12, events.events().size());
    }
}
