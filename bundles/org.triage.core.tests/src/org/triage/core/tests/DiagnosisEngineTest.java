package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.ObservationBuilder;
import org.triage.core.probe.Probe;
import org.triage.core.probe.Probes;
import org.triage.core.rules.Causes;
import org.triage.core.rules.DeviceAuthFailedRule;
import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.core.session.Sessions;
import org.triage.core.target.Target;
import org.triage.core.tests.support.Demo;
import org.triage.model.Finding;
import org.triage.model.LogLevel;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.Session;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/** The standard probes and rules against the demo scenarios, and an engine that copes with bad probes and rules. */
class DiagnosisEngineTest {

    private static Finding finding(Session session, String cause) {
        List<Finding> matching = session.getFindings().stream().filter(f -> f.getCauseId().equals(cause)).toList();
        assertEquals(1, matching.size(), "findings of " + cause + ": " + describe(session.getFindings()));
        return matching.get(0);
    }

    private static List<String> causes(Session session) {
        return session.getFindings().stream().map(Finding::getCauseId).toList();
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.getCauseId() + " (" + f.getSeverity() + "): " + f.getSummary()).toList();
    }

    private static List<String> evidenceProbes(Finding finding) {
        return finding.getEvidence().stream().map(Observation::getProbeId).toList();
    }

    @Test
    void theHealthySplitTunnelScenarioYieldsNoWarningOrError() {
        Session session = Demo.diagnosed(Demo.HEALTHY).session();
        assertEquals(Probes.all().stream().map(Probe::id).toList(),
                session.getObservations().stream().map(Observation::getProbeId).toList(), "every probe ran once");
        assertEquals(List.of(), describe(session.getFindings().stream()
                .filter(f -> f.getSeverity() == Severity.WARNING || f.getSeverity() == Severity.ERROR).toList()));
        assertTrue(session.getObservations().stream().allMatch(o -> o.getStatus() == ObservationStatus.OK),
                "observations not ok: " + session.getObservations().stream()
                        .filter(o -> o.getStatus() != ObservationStatus.OK)
                        .map(o -> o.getProbeId() + " " + o.getStatus() + ": " + o.getSummary()).toList());
        assertEquals(List.of(), session.getFixAttempts(), "a healthy machine needs no playbook");
    }

    @Test
    void theGuideScenarioFindsStaleCredentialsAPrtThatCannotBeRenewedAndAFullTunnel() {
        Session session = Demo.diagnosed(Demo.DEFAULT).session();
        Finding stale = finding(session, Causes.STALE_CACHED_CREDENTIALS);
        assertEquals(Severity.ERROR, stale.getSeverity());
        assertTrue(evidenceProbes(stale).containsAll(List.of(DeviceRegistrationProbe.ID, CachedCredentialsProbe.ID)),
                evidenceProbes(stale).toString());
        assertTrue(session.getObservations().containsAll(stale.getEvidence()), "evidence outside the session");
        assertEquals(Severity.ERROR, finding(session, Causes.PRT_MISSING_OR_STALE).getSeverity());
        assertEquals(Severity.WARNING, finding(session, Causes.FULL_TUNNEL_VPN).getSeverity());
        assertEquals(Severity.ERROR, session.getFindings().get(0).getSeverity(), "findings are ordered worst first");
    }

    @Test
    void aDisabledDeviceIsAnAdminSideCauseNotStaleCredentials() {
        Session session = Demo.diagnosed(Demo.DEVICE_DISABLED).session();
        Finding broken = finding(session, Causes.DEVICE_DISABLED_IN_ENTRA);
        assertEquals(Severity.ERROR, broken.getSeverity());
        assertEquals(List.of(DeviceRegistrationProbe.ID), evidenceProbes(broken));
        assertFalse(causes(session).contains(Causes.STALE_CACHED_CREDENTIALS), describe(session.getFindings()).toString());
    }

    @Test
    void aStaleDnsCacheIsADnsFailureNotStaleCredentials() {
        Session session = Demo.diagnosed(Demo.STALE_DNS).session();
        assertEquals(Severity.ERROR, finding(session, Causes.DNS_RESOLUTION_FAILURE).getSeverity());
        assertFalse(causes(session).contains(Causes.STALE_CACHED_CREDENTIALS), describe(session.getFindings()).toString());
    }

    @Test
    void aRuleThatThrowsIsLoggedAndTheOthersGoOn() {
        Rule broken = new Rule() {
            @Override
            public String id() {
                return "test.broken-rule";
            }

            @Override
            public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
                throw new IllegalStateException("rule exploded on purpose");
            }
        };
        Target target = Demo.open(Demo.DEVICE_DISABLED);
        Session session = Demo.newSession(target);
        new DiagnosisEngine(Probes.all(), List.of(broken, new DeviceAuthFailedRule()), 10_000).diagnose(session, target,
                new NullProgressMonitor());
        assertEquals(List.of(Causes.DEVICE_DISABLED_IN_ENTRA), causes(session));
        assertTrue(session.getLog().stream().anyMatch(entry -> entry.getLevel() == LogLevel.ERROR
                && entry.getSource().contains("test.broken-rule") && entry.getMessage().contains("rule exploded")),
                "the broken rule was not logged");
    }

    @Test
    void aProbeThatHangsBecomesAnErrorObservationAtItsTimeoutAndTheOthersRun() {
        CountDownLatch release = new CountDownLatch(1);
        Probe hanging = new Probe() {
            @Override
            public String id() {
                return "test.hanging-probe";
            }

            @Override
            public String view() {
                return "credentials";
            }

            @Override
            public Observation run(Target target, IProgressMonitor monitor) {
                try {
                    release.await(1, TimeUnit.HOURS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new ObservationBuilder(this).summary("released").build();
            }
        };
        try {
            Target target = Demo.open(Demo.HEALTHY);
            Session session = Demo.newSession(target);
            new DiagnosisEngine(List.of(hanging, new CachedCredentialsProbe()), List.of(), 200).diagnose(session,
                    target, new NullProgressMonitor());
            Map<String, Observation> latest = Sessions.latestByProbe(session);
            assertEquals(ObservationStatus.ERROR, latest.get("test.hanging-probe").getStatus());
            assertTrue(latest.get("test.hanging-probe").getSummary().contains("did not finish"),
                    latest.get("test.hanging-probe").getSummary());
            assertEquals(ObservationStatus.OK, latest.get(CachedCredentialsProbe.ID).getStatus());
        } finally {
            release.countDown();
        }
    }

    @Test
    void anUnknownProbeIsLoggedAndSkipped() {
        Target target = Demo.open(Demo.HEALTHY);
        Session session = Demo.newSession(target);
        List<Observation> run = DiagnosisEngine.standard().run(session, target,
                List.of("test.no-such-probe", CachedCredentialsProbe.ID), new NullProgressMonitor());
        assertEquals(List.of(CachedCredentialsProbe.ID), run.stream().map(Observation::getProbeId).toList());
        assertTrue(session.getLog().stream().anyMatch(entry -> entry.getMessage().contains("test.no-such-probe")));
    }
}
