package org.triage.core.session;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.triage.core.target.TargetInfo;
import org.triage.model.FixAttempt;
import org.triage.model.LogEntry;
import org.triage.model.LogLevel;
import org.triage.model.Observation;
import org.triage.model.Session;
import org.triage.model.Symptom;
import org.triage.model.TargetDescription;
import org.triage.model.TriageFactory;

/** Creating sessions and reading the current state out of them. */
public final class Sessions {

    private Sessions() {
    }

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public static Session create(TargetInfo info, Symptom symptom, String productVersion) {
        TriageFactory factory = TriageFactory.eINSTANCE;
        Session session = factory.createSession();
        session.setId(newId("session"));
        session.setCreatedAt(new Date());
        session.setProductVersion(productVersion);
        session.setOperator(System.getProperty("user.name"));
        TargetDescription target = factory.createTargetDescription();
        target.setKind(info.kind());
        target.setLocation(info.location());
        target.setHostname(info.hostname());
        target.setOs(info.os());
        target.setUser(info.user());
        target.setCollectedAt(info.collectedAt() == null ? null : Date.from(info.collectedAt()));
        target.setReadOnly(info.readOnly());
        session.setTarget(target);
        session.setSymptom(symptom);
        return session;
    }

    public static Symptom symptom(String code, String application, String description, Instant passwordChangedAt) {
        Symptom symptom = TriageFactory.eINSTANCE.createSymptom();
        symptom.setCode(code);
        symptom.setApplication(application);
        symptom.setDescription(description);
        symptom.setReportedAt(new Date());
        symptom.setPasswordChangedAt(passwordChangedAt == null ? null : Date.from(passwordChangedAt));
        return symptom;
    }

    /** The newest observation of every probe: the current state of the target as far as the session knows. */
    public static Map<String, Observation> latestByProbe(Session session) {
        Map<String, Observation> latest = new LinkedHashMap<>();
        for (Observation observation : session.getObservations()) {
            latest.put(observation.getProbeId(), observation);
        }
        return latest;
    }

    public static List<Observation> latest(Session session) {
        return List.copyOf(latestByProbe(session).values());
    }

    public static void log(Session session, LogLevel level, String source, String message) {
        session.getLog().add(logEntry(level, source, message));
    }

    public static void log(FixAttempt attempt, LogLevel level, String source, String message) {
        attempt.getLog().add(logEntry(level, source, message));
    }

    private static LogEntry logEntry(LogLevel level, String source, String message) {
        LogEntry entry = TriageFactory.eINSTANCE.createLogEntry();
        entry.setTime(new Date());
        entry.setLevel(level);
        entry.setSource(source);
        entry.setMessage(message);
        return entry;
    }
}
