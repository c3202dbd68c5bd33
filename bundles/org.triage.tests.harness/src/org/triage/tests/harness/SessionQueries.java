package org.triage.tests.harness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.triage.core.session.Sessions;
import org.triage.model.Fact;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.Observation;
import org.triage.model.Session;
import org.triage.model.Severity;
import org.triage.model.TextFact;

/** Reads what a test asserts on out of a session. */
public final class SessionQueries {

    private SessionQueries() {
    }

    /** The findings as cause id to severity, in the session's order. */
    public static Map<String, Severity> findings(Session session) {
        Map<String, Severity> findings = new LinkedHashMap<>();
        for (Finding finding : session.getFindings()) {
            findings.put(finding.getCauseId(), finding.getSeverity());
        }
        return findings;
    }

    /** The causes of the warning and error findings: what calls for a fix. */
    public static List<String> concerns(Session session) {
        return session.getFindings().stream().filter(finding -> finding.getSeverity() != Severity.INFO)
                .map(Finding::getCauseId).toList();
    }

    /** The fix ids of the session's attempts, in playbook order. */
    public static List<String> fixIds(Session session) {
        return session.getFixAttempts().stream().map(FixAttempt::getFixId).toList();
    }

    public static FixAttempt attempt(Session session, String fixId) {
        return session.getFixAttempts().stream().filter(attempt -> fixId.equals(attempt.getFixId())).findFirst()
                .orElseThrow(() -> new AssertionError("no attempt of " + fixId + " in " + fixIds(session)));
    }

    /** The newest observation of the probe. */
    public static Observation latest(Session session, String probeId) {
        Observation observation = Sessions.latestByProbe(session).get(probeId);
        if (observation == null) {
            throw new AssertionError("no observation of " + probeId);
        }
        return observation;
    }

    /** The observation of the probe among {@code observations} (e.g. an attempt's verification). */
    public static Observation byProbe(List<Observation> observations, String probeId) {
        return observations.stream().filter(observation -> probeId.equals(observation.getProbeId())).findFirst()
                .orElseThrow(() -> new AssertionError("no observation of " + probeId + " among "
                        + observations.stream().map(Observation::getProbeId).toList()));
    }

    /** The text facts of an observation by name, e.g. the dsregcmd fields. */
    public static Map<String, String> textFacts(Observation observation) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (Fact fact : observation.getFacts()) {
            if (fact instanceof TextFact text) {
                facts.put(text.getName(), text.getValue());
            }
        }
        return facts;
    }
}
