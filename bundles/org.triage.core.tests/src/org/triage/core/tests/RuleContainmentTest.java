package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.Playbook;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.rules.Causes;
import org.triage.core.rules.RuleRegistry;
import org.triage.core.target.Target;
import org.triage.core.tests.rules.ExitingRule;
import org.triage.core.tests.rules.FactChangingRule;
import org.triage.core.tests.rules.HangingRule;
import org.triage.core.tests.rules.SwallowedHaltRule;
import org.triage.core.tests.rules.ThrowingRule;
import org.triage.core.tests.rules.UndeclaredCauseRule;
import org.triage.core.tests.rules.VendorCauseRule;
import org.triage.core.tests.rules.WrongIdRule;
import org.triage.core.tests.support.ContributingBundle;
import org.triage.core.tests.support.Demo;
import org.triage.model.Finding;
import org.triage.model.LogEntry;
import org.triage.model.LogLevel;
import org.triage.model.Observation;
import org.triage.model.Session;

/**
 * A third party's rules are contained as its fixes are (issue 15, item 1): a real bundle, installed into the running
 * framework, contributes rules that throw, hang, rewrite their facts, report a cause they do not declare, end the
 * process, and contributions that are malformed. Each is named with its rule id and bundle in the session log and the
 * Eclipse log, the session's observations stay as the probes recorded them, and the diagnosis goes on with the
 * product's rules and the vendor's well-behaved one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleContainmentTest {

    private static final String BUNDLE = "com.example.rules.misbehaving";
    private static final String ORIGIN = BUNDLE + " 1.0.0";

    private ContributingBundle vendor;
    private Session session;
    private Session untouched;
    private DiagnosisEngine engine;
    private List<String> causesWithoutTheVendor;
    private final List<String> eclipseLog = Collections.synchronizedList(new ArrayList<>());
    private final ILogListener listener = (status, plugin) -> eclipseLog.add(status.getMessage());

    @BeforeAll
    void installTheVendorsBundleAndDiagnose() throws Exception {
        causesWithoutTheVendor = Demo.diagnosed(Demo.DEFAULT).session().getFindings().stream().map(Finding::getCauseId)
                .toList();
        Platform.addLogListener(listener);
        vendor = ContributingBundle.install(BUNDLE, "/rule-bundles/misbehaving.plugin.xml",
                List.of(VendorCauseRule.class, ThrowingRule.class, HangingRule.class, UndeclaredCauseRule.class,
                        FactChangingRule.class, ExitingRule.class, SwallowedHaltRule.class, WrongIdRule.class));
        ContributingBundle.awaitRegistry(() -> RuleRegistry.read().rule(VendorCauseRule.ID).isPresent(),
                "the vendor's rules");
        Target target = Demo.open(Demo.DEFAULT);
        session = Demo.newSession(target);
        engine = DiagnosisEngine.of(RuleRegistry.read(), DiagnosisEngine.PROBE_TIMEOUT_MILLIS, 500);
        engine.diagnose(session, target, new NullProgressMonitor());
        Playbook.plan(session, target, FixRegistry.read(), new NullProgressMonitor());
        untouched = EcoreUtil.copy(session);
    }

    @AfterAll
    void uninstall() throws Exception {
        Platform.removeLogListener(listener);
        vendor.close();
        ContributingBundle.awaitRegistry(() -> RuleRegistry.read().rule(VendorCauseRule.ID).isEmpty(),
                "the vendor's rules gone");
    }

    private LogEntry named(String ruleId) {
        return session.getLog().stream()
                .filter(entry -> entry.getLevel() == LogLevel.ERROR && ("rule " + ruleId).equals(entry.getSource()))
                .findFirst().orElseThrow(() -> new AssertionError("rule " + ruleId + " is not named in the log:\n"
                        + session.getLog().stream().map(e -> e.getSource() + ": " + e.getMessage()).toList()));
    }

    private void assertNamed(String ruleId, String why) {
        String message = named(ruleId).getMessage();
        assertTrue(message.startsWith("rule '" + ruleId + "' of " + ORIGIN + " is left out of this diagnosis: "), message);
        assertTrue(message.contains(why), message);
        assertTrue(eclipseLog.stream().anyMatch(logged -> logged.equals(message)), "the Eclipse log has it too: " + message);
    }

    @Test
    void aRuleThatThrowsIsNamedWithItsBundle() {
        assertNamed("com.example.rules.throws", "failed: java.lang.IllegalStateException: " + ThrowingRule.MESSAGE);
    }

    @Test
    void aRuleThatHangsIsCutOffAtItsTimeout() {
        assertNamed("com.example.rules.hangs", "did not finish within 0.5 s and was abandoned");
    }

    @Test
    void aRuleThatHungIsNotStartedAgainByTheSameEngine() {
        engine.evaluate(session);

        assertTrue(session.getLog().stream().anyMatch(entry -> entry.getSource().equals("rule com.example.rules.hangs")
                && entry.getMessage().equals("rule 'com.example.rules.hangs' of " + ORIGIN + " hung before and is not run"
                        + " again in this diagnosis")), session.getLog().stream().map(LogEntry::getMessage).toList()
                                .toString());
        assertTrue(session.getFindings().stream().anyMatch(f -> f.getCauseId().equals(VendorCauseRule.CAUSE)),
                "the others still run");
    }

    @Test
    void aRuleThatReportsACauseItDoesNotDeclareIsRefusedAndItsFindingLeftOut() {
        assertNamed("com.example.rules.undeclared-cause", "it reported cause 'prt-missing-or-stale', which it does not"
                + " declare (it declares com.example.rules.vendor-cause)");
        assertTrue(session.getFindings().stream().noneMatch(f -> f.getRuleId().equals("com.example.rules.undeclared-cause")));
    }

    @Test
    void aRuleThatRewritesItsFactsIsRefusedAndTheSessionKeepsWhatTheProbesRecorded() {
        assertNamed("com.example.rules.changes-facts", "it tried to change the facts it reads (set summary of Observation;"
                + " removed from facts of Observation; set code of Symptom)");
        Observation credentials = session.getObservations().stream()
                .filter(o -> o.getProbeId().equals(CachedCredentialsProbe.ID)).findFirst().orElseThrow();
        assertFalse(FactChangingRule.REWRITTEN.equals(credentials.getSummary()));
        assertFalse(credentials.getFacts().isEmpty());
        assertEquals(Demo.DEFAULT, session.getSymptom().getCode());
        for (int i = 0; i < session.getObservations().size(); i++) {
            assertTrue(EcoreUtil.equals(untouched.getObservations().get(i), session.getObservations().get(i)));
        }
    }

    @Test
    void aRuleThatEndsTheProcessIsRefusedEvenWhereItSwallowsTheRefusal() {
        assertNamed("com.example.rules.exits", BUNDLE + " 1.0.0 (" + ExitingRule.class.getName() + ") called"
                + " System.exit(7): a fix cannot end the process (nor can a rule); refused");
        assertNamed("com.example.rules.swallowed-halt", "is refused: " + BUNDLE + " 1.0.0 ("
                + SwallowedHaltRule.class.getName() + ") called Runtime.halt(9)");
        assertTrue(session.getLog().stream().anyMatch(entry -> entry.getSource().equals(ORIGIN)
                && entry.getMessage().equals("rule 'com.example.rules.swallowed-halt' printed stdout: "
                        + SwallowedHaltRule.PRINTED)), "what it printed is in the session log, not on the console");
    }

    @Test
    void aRuleWhoseClassIsMissingOrSaysAnotherIdIsNamed() {
        assertNamed("com.example.rules.missing-class", "its class cannot be created");
        assertNamed("com.example.rules.wrong-id", "says its id is 'prt-missing', not the declared 'com.example.rules.wrong-id'");
    }

    @Test
    void malformedContributionsAreLeftOutWithTheirBundleAndRecordedInTheSession() {
        List<String> problems = RuleRegistry.read().problems();
        List<String> expected = List.of(
                "cause 'stale-cached-credentials' of " + ORIGIN + " is left out: org.triage.fixes.m365",
                "cause 'Not A Cause Id' of " + ORIGIN + " is malformed and left out: 'Not A Cause Id' is not an id",
                "rule 'com.example.rules.unknown-probe' of " + ORIGIN + " is malformed and left out: it reads probe"
                        + " 'vpn.example-gateway', which no probe contribution has",
                "rule 'com.example.rules.unknown-cause' of " + ORIGIN + " is malformed and left out: it reports cause"
                        + " 'com.example.rules.never-declared', which no cause contribution declares",
                "rule 'com.example.rules.no-cause' of " + ORIGIN + " is malformed and left out: it reports no cause",
                "rule 'prt-missing' of " + ORIGIN + " is left out: org.triage.fixes.m365",
                "probe 'vpn.example-gateway' of " + ORIGIN + " is left out: only the product's bundles contribute probes");
        for (String problem : expected) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(problem)), problem + "\nnot in " + problems);
            assertTrue(session.getLog().stream().anyMatch(entry -> entry.getLevel() == LogLevel.WARNING
                    && entry.getSource().equals("rules") && entry.getMessage().startsWith(problem)), problem);
            assertTrue(eclipseLog.stream().anyMatch(logged -> logged.contains(problem)), "the Eclipse log names it: "
                    + problem);
        }
        assertEquals("Cached credentials are stale", Causes.title(Causes.STALE_CACHED_CREDENTIALS),
                "the product's cause keeps its meaning");
        assertEquals(2, Causes.rank(Causes.STALE_CACHED_CREDENTIALS));
        assertEquals("org.triage.fixes.m365", RuleRegistry.read().rule("prt-missing").orElseThrow().contributor(),
                "the product keeps its rule's id");
    }

    @Test
    void theDiagnosisGoesOnWithTheProductsRulesAndTheVendorsWellBehavedOne() {
        Finding vendorFinding = session.getFindings().stream().filter(f -> f.getCauseId().equals(VendorCauseRule.CAUSE))
                .findFirst().orElseThrow(() -> new AssertionError("no finding of the vendor's cause"));
        assertEquals(VendorCauseRule.ID, vendorFinding.getRuleId());
        assertEquals("the vendor's rule read [" + CachedCredentialsProbe.ID + "]", vendorFinding.getSummary(),
                "it sees only the probe it declares");
        Observation credentials = session.getObservations().stream()
                .filter(o -> o.getProbeId().equals(CachedCredentialsProbe.ID)).findFirst().orElseThrow();
        assertSame(credentials, vendorFinding.getEvidence().get(0), "its evidence is the session's own observation");
        assertEquals("The Example VPN client holds a stale sign-in", Causes.title(VendorCauseRule.CAUSE));
        assertEquals(1, Causes.rank(VendorCauseRule.CAUSE));

        assertFalse(causesWithoutTheVendor.isEmpty());
        assertEquals(causesWithoutTheVendor, session.getFindings().stream().map(Finding::getCauseId)
                .filter(cause -> !cause.equals(VendorCauseRule.CAUSE)).toList(),
                "the product's findings are those it makes without the vendor's bundle");
        assertNotNull(session.getFixAttempts());
    }
}
