package org.triage.core.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.triage.core.probe.ObservationBuilder;
import org.triage.core.probe.Probe;
import org.triage.core.probe.Probes;
import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.core.rules.Rules;
import org.triage.core.session.Sessions;
import org.triage.core.target.Target;
import org.triage.model.Finding;
import org.triage.model.LogLevel;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.Session;
import org.triage.model.Symptom;
import org.triage.model.TriageFactory;

/**
 * Runs probes against a target, records their observations in the session, and keeps the session's
 * findings in step with the newest observations. Used alike by the CLI and the console.
 */
public final class DiagnosisEngine {

    /** How long one probe may take before it is recorded as an error and the others go on. */
    public static final long PROBE_TIMEOUT_MILLIS = 60_000;

    private final List<Probe> probes;
    private final List<Rule> rules;
    private final long probeTimeoutMillis;

    public DiagnosisEngine(List<Probe> probes, List<Rule> rules, long probeTimeoutMillis) {
        this.probes = List.copyOf(probes);
        this.rules = List.copyOf(rules);
        this.probeTimeoutMillis = probeTimeoutMillis;
    }

    public static DiagnosisEngine standard() {
        return new DiagnosisEngine(Probes.all(), Rules.builtIn(), PROBE_TIMEOUT_MILLIS);
    }

    public List<Probe> probes() {
        return probes;
    }

    /** Runs every probe, then evaluates the rules. */
    public void diagnose(Session session, Target target, IProgressMonitor monitor) {
        run(session, target, probes.stream().map(Probe::id).toList(), monitor);
        evaluate(session);
    }

    /**
     * Runs the named probes (unknown ids are logged and left out) and appends their observations.
     * A probe that throws or hangs yields an error observation; a cancelled run stops between probes.
     */
    public List<Observation> run(Session session, Target target, Collection<String> probeIds,
            IProgressMonitor monitor) {
        List<Probe> chosen = new ArrayList<>();
        for (String id : new LinkedHashSet<>(probeIds)) {
            probes.stream().filter(p -> p.id().equals(id)).findFirst().ifPresentOrElse(chosen::add,
                    () -> Sessions.log(session, LogLevel.WARNING, "engine", "unknown probe '" + id + "' was not run"));
        }
        return runProbes(session, target, chosen, monitor);
    }

    /** Runs the given probes (e.g. one narrowed to a single endpoint) and appends their observations. */
    public List<Observation> runProbes(Session session, Target target, List<Probe> chosen, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Inspecting " + describe(session), chosen.size());
        List<Observation> observations = new ArrayList<>();
        for (Probe probe : chosen) {
            if (progress.isCanceled()) {
                break;
            }
            progress.subTask(probe.id());
            Observation observation = runGuarded(session, target, probe, progress.split(1));
            session.getObservations().add(observation);
            observations.add(observation);
        }
        return observations;
    }

    private Observation runGuarded(Session session, Target target, Probe probe, IProgressMonitor monitor) {
        try {
            return Guarded.call("probe " + probe.id(), () -> probe.run(target, monitor), probeTimeoutMillis, monitor);
        } catch (Guarded.Failure failure) {
            Sessions.log(session, LogLevel.ERROR, probe.id(), failure.getMessage());
            if (failure.kind() != Guarded.Failure.Kind.CANCELLED) {
                ILog.of(DiagnosisEngine.class).warn("Probe " + probe.id() + " failed on " + target.info().kind() + " "
                        + target.info().hostname() + ": " + failure.getMessage(), failure);
            }
            ObservationBuilder observation = new ObservationBuilder(probe).summary(failure.getMessage());
            observation.status(failure.kind() == Guarded.Failure.Kind.CANCELLED ? ObservationStatus.SKIPPED
                    : ObservationStatus.ERROR);
            return observation.build();
        }
    }

    /** How a log entry says that a rule could not check what it needs; its source is {@code rule <id>}. */
    public static final String NOT_CHECKED = "not checked: ";

    /**
     * Records, once per rule and reason, each observation the rule reads that has no facts: an unknown is not a
     * healthy zero, and the admin sees which checks did not happen and why.
     */
    private static void recordNotChecked(Rule rule, Map<String, Observation> latest, Session session) {
        for (String probe : rule.reads()) {
            Observation observation = latest.get(probe);
            String why;
            if (observation == null) {
                why = probe + " was not run";
            } else if (observation.getStatus() == ObservationStatus.SKIPPED) {
                why = probe + " was skipped: " + observation.getSummary();
            } else if (observation.getStatus() == ObservationStatus.ERROR) {
                why = probe + " failed: " + observation.getSummary();
            } else {
                continue;
            }
            String source = "rule " + rule.id();
            String message = NOT_CHECKED + why;
            boolean recorded = session.getLog().stream()
                    .anyMatch(entry -> source.equals(entry.getSource()) && message.equals(entry.getMessage()));
            if (!recorded) {
                Sessions.log(session, LogLevel.WARNING, source, message);
            }
        }
    }

    /** Replaces the session's findings with what the rules conclude from the newest observations. */
    public List<Finding> evaluate(Session session) {
        List<Finding> findings = assess(Sessions.latestByProbe(session), session.getSymptom(), session);
        session.getFindings().clear();
        session.getFindings().addAll(findings);
        return findings;
    }

    /**
     * Applies the rules; drafts of one cause merge into one finding with the highest severity and all
     * the evidence. A rule that throws is logged in the session and the others go on.
     */
    List<Finding> assess(Map<String, Observation> latest, Symptom symptom, Session session) {
        Map<String, List<FindingDraft>> byCause = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (session != null) {
                recordNotChecked(rule, latest, session);
            }
            try {
                for (FindingDraft draft : rule.evaluate(latest, symptom)) {
                    byCause.computeIfAbsent(draft.causeId(), cause -> new ArrayList<>()).add(draft);
                }
            } catch (RuntimeException e) {
                Sessions.log(session, LogLevel.ERROR, "rule " + rule.id(), "rule failed and was skipped: " + e);
                ILog.of(DiagnosisEngine.class).error("Rule " + rule.id() + " failed and was skipped", e);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byCause.forEach((cause, drafts) -> {
            drafts.sort(Comparator.comparing((FindingDraft d) -> d.severity().getValue()).reversed());
            Finding finding = TriageFactory.eINSTANCE.createFinding();
            finding.setId(Sessions.newId("finding"));
            finding.setCauseId(cause);
            finding.setSeverity(drafts.get(0).severity());
            finding.setRuleId(drafts.get(0).ruleId());
            finding.setSummary(String.join("; ", drafts.stream().map(FindingDraft::summary).distinct().toList()));
            drafts.stream().flatMap(d -> d.evidence().stream()).distinct().forEach(finding.getEvidence()::add);
            findings.add(finding);
        });
        findings.sort(Comparator.comparing((Finding f) -> f.getSeverity().getValue()).reversed());
        return findings;
    }

    private static String describe(Session session) {
        return session.getTarget() == null ? "target"
                : session.getTarget().getKind() + " " + String.valueOf(session.getTarget().getHostname());
    }

}
