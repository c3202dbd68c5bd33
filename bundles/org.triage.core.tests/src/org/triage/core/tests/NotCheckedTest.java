package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.rules.CredentialsOlderThanPasswordRule;
import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.core.session.Sessions;
import org.triage.core.target.TargetInfo;
import org.triage.model.LogEntry;
import org.triage.model.LogLevel;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.Session;
import org.triage.model.Symptom;
import org.triage.model.TriageFactory;

/** A rule whose facts are unknown says what it could not check, once, instead of finding nothing in silence. */
class NotCheckedTest {

    private static Session session() {
        return Sessions.create(new TargetInfo("snapshot", "C:\\snap", null, null, null, null, true), null, "0.0.0.test");
    }

    private static Observation observation(String probe, ObservationStatus status, String summary) {
        Observation observation = TriageFactory.eINSTANCE.createObservation();
        observation.setId(Sessions.newId("obs"));
        observation.setProbeId(probe);
        observation.setStatus(status);
        observation.setSummary(summary);
        return observation;
    }

    private static List<String> notChecked(Session session) {
        return session.getLog().stream().filter(entry -> entry.getMessage().startsWith(DiagnosisEngine.NOT_CHECKED))
                .map(entry -> entry.getSource() + " | " + entry.getMessage()).toList();
    }

    @Test
    void aSkippedObservationThatARuleReadsIsRecordedAsNotCheckedOnce() {
        Session session = session();
        session.getObservations().add(observation(CachedCredentialsProbe.ID, ObservationStatus.SKIPPED,
                "the snapshot has no cmdkey-list.txt (cmdkey /list); the snapshot has no credentials.json"));
        DiagnosisEngine engine = new DiagnosisEngine(List.of(), List.of(new CredentialsOlderThanPasswordRule()), 1000);

        engine.evaluate(session);
        engine.evaluate(session);

        assertEquals(List.of("rule credentials-older-than-password | not checked: credentials.cached was skipped: the "
                + "snapshot has no cmdkey-list.txt (cmdkey /list); the snapshot has no credentials.json"),
                notChecked(session));
        LogEntry entry = session.getLog().get(0);
        assertEquals(LogLevel.WARNING, entry.getLevel());
        assertEquals(List.of(), session.getFindings());
    }

    @Test
    void factsThatAreThereAreNotReported() {
        Session session = session();
        session.getObservations().add(observation("a", ObservationStatus.OK, "fine"));
        session.getObservations().add(observation("b", ObservationStatus.WARNING, "read with problems"));
        session.getObservations().add(observation("c", ObservationStatus.ERROR, "dsregcmd exited with 1"));
        Rule rule = new Rule() {
            @Override
            public String id() {
                return "test.reads-four";
            }

            @Override
            public List<String> reads() {
                return List.of("a", "b", "c", "d");
            }

            @Override
            public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
                return List.of();
            }
        };

        new DiagnosisEngine(List.of(), List.of(rule), 1000).evaluate(session);

        assertEquals(List.of("rule test.reads-four | not checked: c failed: dsregcmd exited with 1",
                "rule test.reads-four | not checked: d was not run"), notChecked(session));
    }
}
