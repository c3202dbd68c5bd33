package org.triage.core.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.triage.core.fix.containment.FixScope;
import org.triage.core.probe.ObservationBuilder;
import org.triage.core.probe.Probe;
import org.triage.core.probe.Probes;
import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.core.rules.RuleDescriptor;
import org.triage.core.rules.RuleRegistry;
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
    /** How long one rule may take over the facts before it is named as hanging and the others go on. */
    public static final long RULE_TIMEOUT_MILLIS = 10_000;

    private final List<Probe> probes;
    private final List<RuleDescriptor> rules;
    private final List<String> leftOut;
    private final long probeTimeoutMillis;
    private final long ruleTimeoutMillis;
    /** Rules that hung: their threads may still run, so this engine does not start them again. */
    private final Set<String> hung = ConcurrentHashMap.newKeySet();

    /** An engine over the given probes and rules, handed over directly: each rule sees every observation. */
    public DiagnosisEngine(List<Probe> probes, List<Rule> rules, long probeTimeoutMillis) {
        this(probes, rules.stream().map(RuleDescriptor::of).toList(), List.of(), probeTimeoutMillis,
                RULE_TIMEOUT_MILLIS);
    }

    private DiagnosisEngine(List<Probe> probes, List<RuleDescriptor> rules, List<String> leftOut,
            long probeTimeoutMillis, long ruleTimeoutMillis) {
        this.probes = List.copyOf(probes);
        this.rules = List.copyOf(rules);
        this.leftOut = List.copyOf(leftOut);
        this.probeTimeoutMillis = probeTimeoutMillis;
        this.ruleTimeoutMillis = ruleTimeoutMillis;
    }

    /** The running product's contributed probes and rules. */
    public static DiagnosisEngine standard() {
        return of(RuleRegistry.read(), PROBE_TIMEOUT_MILLIS, RULE_TIMEOUT_MILLIS);
    }

    /**
     * An engine over the registry's probes and rules; the contributions it left out are recorded in each session the
     * engine evaluates.
     */
    public static DiagnosisEngine of(RuleRegistry registry, long probeTimeoutMillis, long ruleTimeoutMillis) {
        return new DiagnosisEngine(Probes.created(registry.probes()), registry.rules(), registry.problems(),
                probeTimeoutMillis, ruleTimeoutMillis);
    }

    /** The same rules over other probes (a diagnosis of one view). */
    public DiagnosisEngine withProbes(List<Probe> chosen) {
        return new DiagnosisEngine(chosen, rules, leftOut, probeTimeoutMillis, ruleTimeoutMillis);
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
    private static void recordNotChecked(RuleDescriptor rule, Map<String, Observation> latest, Session session) {
        for (RuleDescriptor.Read read : rule.reads()) {
            if (!read.required()) {
                continue;
            }
            String probe = read.probe();
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
            logOnce(session, LogLevel.WARNING, "rule " + rule.id(), NOT_CHECKED + why);
        }
    }

    private static void logOnce(Session session, LogLevel level, String source, String message) {
        boolean recorded = session.getLog().stream()
                .anyMatch(entry -> source.equals(entry.getSource()) && message.equals(entry.getMessage()));
        if (!recorded) {
            Sessions.log(session, level, source, message);
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
     * Applies the rules; drafts of one cause merge into one finding with the highest severity and all the evidence. A
     * rule that throws, hangs, changes its facts or reports a cause it does not declare is named with its bundle in
     * the session log and the Eclipse log, its findings are left out, and the others go on.
     */
    List<Finding> assess(Map<String, Observation> latest, Symptom symptom, Session session) {
        if (session != null) {
            leftOut.forEach(problem -> logOnce(session, LogLevel.WARNING, "rules", problem));
        }
        Map<String, List<FindingDraft>> byCause = new LinkedHashMap<>();
        for (RuleDescriptor rule : rules) {
            if (session != null) {
                recordNotChecked(rule, latest, session);
            }
            if (hung.contains(rule.id())) {
                if (session != null) {
                    logOnce(session, LogLevel.ERROR, "rule " + rule.id(), "rule '" + rule.id() + "' of " + rule.origin()
                            + " hung before and is not run again in this diagnosis");
                }
                continue;
            }
            try {
                for (FindingDraft draft : evaluateContained(rule, latest, symptom, session)) {
                    byCause.computeIfAbsent(draft.causeId(), cause -> new ArrayList<>()).add(draft);
                }
            } catch (Guarded.Failure failure) {
                if (failure.kind() == Guarded.Failure.Kind.TIMED_OUT) {
                    hung.add(rule.id());
                }
                String message = "rule '" + rule.id() + "' of " + rule.origin() + " is left out of this diagnosis: "
                        + failure.getMessage();
                if (session != null) {
                    logOnce(session, LogLevel.ERROR, "rule " + rule.id(), message);
                }
                ILog.of(DiagnosisEngine.class).error(message, failure.getCause());
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

    /**
     * Runs one rule over read-only copies of the facts it declares, on its own thread with a timeout, and checks what
     * it returns: declared causes only, evidence from the observations it was given (mapped back to the session's).
     */
    private List<FindingDraft> evaluateContained(RuleDescriptor rule, Map<String, Observation> latest, Symptom symptom,
            Session session) throws Guarded.Failure {
        String what = "rule '" + rule.id() + "' of " + rule.origin();
        RuleFacts facts = new RuleFacts(rule, latest, symptom);
        List<FindingDraft> drafts;
        try (FixScope scope = new FixScope()) {
            try {
                drafts = Guarded.call(what, scope.around(() -> {
                    Rule created;
                    try {
                        created = rule.rule();
                    } catch (CoreException e) {
                        throw new IllegalStateException("its class cannot be created: " + e.getMessage(), e);
                    }
                    return created.evaluate(facts.latest(), facts.symptom());
                }), ruleTimeoutMillis, null);
            } finally {
                scope.close();
                if (session != null) {
                    scope.takeOutput().forEach(line -> Sessions.log(session, LogLevel.INFO, rule.origin(),
                            "rule '" + rule.id() + "' printed " + line));
                }
            }
            if (!scope.escapes().isEmpty()) {
                throw new Guarded.Failure(Guarded.Failure.Kind.REFUSED,
                        what + " is refused: " + String.join("; ", scope.escapes()));
            }
        }
        if (!facts.attempts().isEmpty()) {
            throw new Guarded.Failure(Guarded.Failure.Kind.REFUSED, what + " is refused: it tried to change the facts"
                    + " it reads (" + String.join("; ", facts.attempts()) + ")");
        }
        if (drafts == null) {
            throw new Guarded.Failure(Guarded.Failure.Kind.REFUSED, what + " is refused: it returned null");
        }
        List<FindingDraft> checked = new ArrayList<>();
        for (FindingDraft draft : drafts) {
            if (draft == null || draft.causeId() == null || draft.severity() == null) {
                throw new Guarded.Failure(Guarded.Failure.Kind.REFUSED, what + " is refused: it returned a finding"
                        + " without a cause or severity");
            }
            if (!rule.mayReport(draft.causeId())) {
                throw new Guarded.Failure(Guarded.Failure.Kind.REFUSED, what + " is refused: it reported cause '"
                        + draft.causeId() + "', which it does not declare (it declares "
                        + String.join(", ", rule.reports()) + ")");
            }
            List<Observation> evidence = new ArrayList<>();
            for (Observation cited : draft.evidence()) {
                Observation original = rule.seesEveryProbe() && facts.original(cited) == null
                        && latest.containsValue(cited) ? cited : facts.original(cited);
                if (original == null) {
                    throw new Guarded.Failure(Guarded.Failure.Kind.REFUSED, what + " is refused: it cites as evidence"
                            + " an observation it was not given");
                }
                evidence.add(original);
            }
            checked.add(new FindingDraft(draft.causeId(), draft.severity(), draft.summary(), rule.id(), evidence));
        }
        return checked;
    }

    private static String describe(Session session) {
        return session.getTarget() == null ? "target"
                : session.getTarget().getKind() + " " + String.valueOf(session.getTarget().getHostname());
    }

}
