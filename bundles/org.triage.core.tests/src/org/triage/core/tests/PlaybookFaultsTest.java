package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.core.tests.support.Timing.awaitQuietly;
import static org.triage.core.tests.support.Timing.since;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.Playbook;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.rules.Causes;
import org.triage.core.session.Sessions;
import org.triage.core.target.Target;
import org.triage.core.tests.fixes.Hang;
import org.triage.core.tests.fixes.ThrowingApplyFix;
import org.triage.core.tests.fixes.ThrowingPreviewFix;
import org.triage.core.tests.support.Demo;
import org.triage.core.tests.support.TestBundle;
import org.triage.model.Change;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogEntry;
import org.triage.model.LogLevel;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.Severity;
import org.triage.model.TriageFactory;
import org.triage.model.VerificationResult;
import org.triage.model.io.SessionFiles;

/**
 * The playbook against the demo workstation with the misbehaving fixes this bundle contributes. Each test
 * puts findings with the test causes into a session by hand, so exactly the fixes it is about are planned,
 * followed by the well-behaved fix (cause {@code test-cause}) as the next step.
 */
class PlaybookFaultsTest {

    /** A bound on a whole run whose fixes time out after 1 s: behaviour, not a benchmark. */
    private static final Duration WELL_UNDER = Duration.ofSeconds(10);
    private static final String WELL_BEHAVED = "test.well-behaved";

    @TempDir
    Path folder;

    private final FixRegistry registry = FixRegistry.read();
    private final Target target = Demo.open(Demo.HEALTHY);
    private final Session session = Demo.newSession(target);
    private Hang hang;

    @BeforeEach
    void meetTheHangingFixes() {
        hang = Hang.reset();
    }

    @AfterEach
    void releaseTheHangingFixes() {
        hang.release.countDown();
    }

    /** Adds an error finding for each cause, then plans the playbook. */
    private List<FixAttempt> plan(String... causes) {
        for (String cause : causes) {
            Finding finding = TriageFactory.eINSTANCE.createFinding();
            finding.setId(Sessions.newId("finding"));
            finding.setCauseId(cause);
            finding.setSeverity(Severity.ERROR);
            finding.setRuleId("test");
            finding.setSummary("put into the session by the test");
            session.getFindings().add(finding);
        }
        return Playbook.plan(session, target, registry, new NullProgressMonitor());
    }

    /** Runs the planned steps, confirming every one. */
    private void runAll(IProgressMonitor monitor) {
        new PlaybookRunner(DiagnosisEngine.standard(), registry, target, session).runAll((attempt, preview) -> true,
                monitor);
    }

    private static List<String> fixIds(List<FixAttempt> attempts) {
        return attempts.stream().map(FixAttempt::getFixId).toList();
    }

    private FixAttempt attempt(String fixId) {
        return session.getFixAttempts().stream().filter(a -> a.getFixId().equals(fixId)).findFirst()
                .orElseThrow(() -> new AssertionError("no attempt of " + fixId));
    }

    /** The session log's errors whose source is this bundle, as FixDescriptor.origin() names it. */
    private List<String> errorsOfTheTestBundle() {
        return session.getLog().stream().filter(entry -> entry.getLevel() == LogLevel.ERROR)
                .filter(entry -> entry.getSource().equals(TestBundle.NAME + " " + TestBundle.version()))
                .map(LogEntry::getMessage).toList();
    }

    private void assertLogged(String... fragments) {
        List<String> errors = errorsOfTheTestBundle();
        assertTrue(errors.stream().anyMatch(message -> List.of(fragments).stream().allMatch(message::contains)),
                "no error of " + TestBundle.NAME + " says " + List.of(fragments) + ": " + errors);
    }

    private void assertTheNextStepRan() {
        FixAttempt next = attempt(WELL_BEHAVED);
        assertEquals(FixOutcome.APPLIED, next.getOutcome(), next.getOutcomeMessage());
        assertEquals(VerificationResult.PASSED, next.getVerificationResult(), next.getOutcomeMessage());
        assertEquals(List.of("command.run"), next.getChanges().stream().map(Change::getAction).toList());
        assertTrue(next.getChanges().get(0).isSucceeded());
    }

    private void assertTheSessionSurvivesSavingAndLoading() throws Exception {
        Path file = folder.resolve("session.xmi");
        SessionFiles.save(session, file);
        Session loaded = SessionFiles.load(file);
        assertTrue(EcoreUtil.equals(session, loaded), "the reloaded session differs from the one saved");
    }

    @Test
    void aFixWhosePreviewThrowsIsLoggedWithItsBundleAndLeftOutOfThePlan() throws Exception {
        List<FixAttempt> planned = plan("test-cause.preview-throws", "test-cause");
        assertEquals(List.of(WELL_BEHAVED), fixIds(planned));
        assertEquals(List.of(WELL_BEHAVED), fixIds(session.getFixAttempts()));
        assertLogged("test.preview-throws", "left out of the playbook", ThrowingPreviewFix.MESSAGE);
        assertTheSessionSurvivesSavingAndLoading();
    }

    @Test
    void aFixWhoseClassDoesNotExistIsLoggedWithItsBundleAndLeftOutOfThePlan() {
        List<FixAttempt> planned = plan("test-cause.missing-class", "test-cause");
        assertEquals(List.of(WELL_BEHAVED), fixIds(planned));
        assertLogged("test.missing-class", "left out of the playbook", "org.triage.core.tests.fixes.NoSuchFix");
    }

    @Test
    void aFixWhosePreviewPlansAnUndeclaredActionIsLeftOutOfThePlan() throws Exception {
        List<FixAttempt> planned = plan("test-cause.undeclared-preview", "test-cause");
        assertEquals(List.of(WELL_BEHAVED), fixIds(planned));
        assertLogged("test.undeclared-in-preview", "[command.run]", "does not declare", "[dns.flush]");
        assertTheSessionSurvivesSavingAndLoading();
    }

    @Test
    void anUndeclaredActionInApplyIsRefusedWithoutReachingTheTarget() throws Exception {
        assertEquals(List.of("test.undeclared-in-apply", WELL_BEHAVED),
                fixIds(plan("test-cause.undeclared-apply", "test-cause")));
        runAll(new NullProgressMonitor());

        FixAttempt refused = attempt("test.undeclared-in-apply");
        assertEquals(FixOutcome.FAILED, refused.getOutcome(), refused.getOutcomeMessage());
        assertEquals(1, refused.getChanges().size());
        Change change = refused.getChanges().get(0);
        assertEquals("dns.flush", change.getAction());
        assertFalse(change.isSucceeded());
        assertTrue(change.getResult().contains("does not declare dns.flush") && change.getResult().contains(TestBundle.NAME),
                change.getResult());
        assertTheNextStepRan();
        assertTheSessionSurvivesSavingAndLoading();
    }

    @Test
    void testFixesStayOutOfAPlanThatDoesNotCallForThem() {
        List<FixAttempt> planned = plan(Causes.STALE_CACHED_CREDENTIALS);
        assertEquals(List.of("m365.clear-cached-credentials", "m365.onedrive-reset"), fixIds(planned));
        assertTrue(planned.stream().allMatch(a -> a.getContributor().equals("org.triage.fixes.m365")),
                "the impostor of m365.onedrive-reset was planned");
        assertTrue(errorsOfTheTestBundle().isEmpty(), errorsOfTheTestBundle().toString());
    }

    @Test
    void aFixWhoseApplyThrowsFailsWithItsBundleLoggedAndTheNextStepRuns() throws Exception {
        assertEquals(List.of("test.apply-throws", WELL_BEHAVED), fixIds(plan("test-cause.apply-throws", "test-cause")));
        runAll(new NullProgressMonitor());

        FixAttempt failed = attempt("test.apply-throws");
        assertEquals(FixOutcome.FAILED, failed.getOutcome());
        assertTrue(failed.getOutcomeMessage().contains(ThrowingApplyFix.MESSAGE), failed.getOutcomeMessage());
        assertEquals(List.of(), failed.getChanges());
        assertTrue(failed.getLog().stream().anyMatch(entry -> entry.getLevel() == LogLevel.ERROR
                && entry.getMessage().contains(ThrowingApplyFix.MESSAGE)), "the attempt's own log says nothing");
        assertLogged("test.apply-throws", TestBundle.NAME, ThrowingApplyFix.MESSAGE);

        assertTheNextStepRan();
        assertEquals(SessionOutcome.RESOLVED, session.getOutcome(), session.getOutcomeSummary());
        assertTheSessionSurvivesSavingAndLoading();
    }

    @Test
    void aHangingFixIsAbandonedAtItsTimeoutAndTheSessionIsIntact() throws Exception {
        assertEquals(List.of("test.apply-hangs", WELL_BEHAVED), fixIds(plan("test-cause.hang", "test-cause")));
        long start = System.nanoTime();
        runAll(new NullProgressMonitor());
        Duration took = since(start);

        assertTrue(took.compareTo(WELL_UNDER) < 0, "the run took " + took);
        assertTrue(took.compareTo(Duration.ofSeconds(1)) >= 0, "gave up before the fix's timeout: " + took);
        assertEquals(0, hang.entered.getCount(), "the hanging fix never ran");
        assertTrue(hang.interrupted.await(5, TimeUnit.SECONDS), "the abandoned fix was not interrupted");

        FixAttempt abandoned = attempt("test.apply-hangs");
        assertEquals(FixOutcome.FAILED, abandoned.getOutcome());
        assertTrue(abandoned.getOutcomeMessage().contains("did not finish within 1.0 s"), abandoned.getOutcomeMessage());
        assertLogged("test.apply-hangs", "abandoned");
        assertTheNextStepRan();
        assertTheSessionSurvivesSavingAndLoading();
    }

    @Test
    void aFixWhoseVerificationProbesHangIsAbandonedAtItsTimeoutAndTheNextStepRuns() throws Exception {
        assertEquals(List.of("test.verification-hangs", WELL_BEHAVED),
                fixIds(plan("test-cause.verification-hangs", "test-cause")));
        long start = System.nanoTime();
        runAll(new NullProgressMonitor());
        Duration took = since(start);

        assertTrue(took.compareTo(WELL_UNDER) < 0, "the run took " + took);
        assertEquals(0, hang.entered.getCount(), "verificationProbes() was never asked");
        assertTrue(hang.interrupted.await(5, TimeUnit.SECONDS), "the abandoned call was not interrupted");
        FixAttempt applied = attempt("test.verification-hangs");
        assertEquals(FixOutcome.APPLIED, applied.getOutcome(), applied.getOutcomeMessage());
        assertEquals(VerificationResult.FAILED, applied.getVerificationResult(), applied.getOutcomeMessage());
        assertTrue(applied.getLog().stream().anyMatch(entry -> entry.getLevel() == LogLevel.ERROR
                && entry.getMessage().startsWith("verification probes unavailable")
                && entry.getMessage().contains("test.verification-hangs")
                && entry.getMessage().contains("did not finish within 1.0 s")), applied.getLog().toString());
        // the playbook went on: the findings were evaluated again, and the test's causes are no longer found
        FixAttempt next = attempt(WELL_BEHAVED);
        assertEquals(FixOutcome.SKIPPED, next.getOutcome(), next.getOutcomeMessage());
        assertTrue(next.getOutcomeMessage().startsWith("not needed"), next.getOutcomeMessage());
        assertTheSessionSurvivesSavingAndLoading();
    }

    @Test
    void aHangingFixThatIgnoresInterruptsIsAbandonedAndCannotActAfterwards() throws Exception {
        assertEquals(List.of("test.apply-hangs-ignoring-interrupts", WELL_BEHAVED),
                fixIds(plan("test-cause.hang-stubborn", "test-cause")));
        long start = System.nanoTime();
        runAll(new NullProgressMonitor());
        Duration took = since(start);

        assertTrue(took.compareTo(WELL_UNDER) < 0, "the run took " + took);
        FixAttempt abandoned = attempt("test.apply-hangs-ignoring-interrupts");
        assertEquals(FixOutcome.FAILED, abandoned.getOutcome());
        assertTrue(abandoned.getOutcomeMessage().contains("did not finish within 1.0 s"), abandoned.getOutcomeMessage());
        assertTheNextStepRan();

        Session before = EcoreUtil.copy(session);
        hang.release.countDown();
        assertTrue(hang.finished.await(10, TimeUnit.SECONDS), "the released fix did not get to act");
        assertFalse(hang.lateAction.succeeded(), "an abandoned fix could still act: " + hang.lateAction);
        assertTrue(hang.lateAction.summary().contains("abandoned"), hang.lateAction.summary());
        assertTrue(EcoreUtil.equals(before, session), "the abandoned fix changed the session afterwards");
        assertTheSessionSurvivesSavingAndLoading();
    }

    @Test
    void cancellingTheProgressMonitorStopsAHangingFixAtOnce() throws Exception {
        assertEquals(List.of("test.apply-hangs-until-cancelled", WELL_BEHAVED),
                fixIds(plan("test-cause.hang-long", "test-cause")));
        NullProgressMonitor monitor = new NullProgressMonitor();
        CompletableFuture<Long> cancelledAt = CompletableFuture.supplyAsync(() -> {
            awaitQuietly(hang.entered, Duration.ofMinutes(1));
            long now = System.nanoTime();
            monitor.setCanceled(true);
            return now;
        });
        runAll(monitor);
        Duration afterCancel = since(cancelledAt.get());

        assertEquals(0, hang.entered.getCount(), "the fix never started hanging");
        assertTrue(afterCancel.compareTo(Duration.ofSeconds(5)) < 0,
                "the run ended " + afterCancel + " after the cancellation; the fix's timeout is 600 s");
        assertTrue(hang.interrupted.await(5, TimeUnit.SECONDS), "the cancelled fix was not interrupted");

        FixAttempt cancelled = attempt("test.apply-hangs-until-cancelled");
        assertEquals(FixOutcome.CANCELLED, cancelled.getOutcome(), cancelled.getOutcomeMessage());
        assertEquals(FixOutcome.PLANNED, attempt(WELL_BEHAVED).getOutcome(), "a step ran after the cancellation");
        assertTheSessionSurvivesSavingAndLoading();
    }
}
