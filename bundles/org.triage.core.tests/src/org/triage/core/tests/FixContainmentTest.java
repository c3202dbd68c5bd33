package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixDescriptor;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.Playbook;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.session.Sessions;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.Target;
import org.triage.core.tests.fixes.ThrowingPreviewFix;
import org.triage.core.tests.hostile.NoisyFix;
import org.triage.core.tests.hostile.SessionRewritingFix;
import org.triage.core.tests.support.Demo;
import org.triage.core.tests.support.TestBundle;
import org.triage.model.Change;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogEntry;
import org.triage.model.LogLevel;
import org.triage.model.Session;
import org.triage.model.Severity;
import org.triage.model.TriageFactory;
import org.triage.model.io.SessionFiles;

/**
 * Fix bundles stay in their lane (issue 11, items 8 to 11): the hostile fixes this bundle contributes (package
 * {@code hostile}) end the process, act behind their context's back, rewrite the session, print to the console and
 * ask for a day to run; each is contained, recorded with its bundle, and the playbook goes on. The calls to
 * {@code System.exit} and {@code Runtime.halt} are real: were they not rewritten, this test run would end here.
 */
class FixContainmentTest {

    private static final String WELL_BEHAVED = "test.well-behaved";

    @TempDir
    Path folder;

    private final FixRegistry registry = FixRegistry.read();
    private Target target = Demo.open(Demo.HEALTHY);
    private Session session = Demo.newSession(target);

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

    private void runAll() {
        new PlaybookRunner(DiagnosisEngine.standard(), registry, target, session).runAll((attempt, preview) -> true,
                new NullProgressMonitor());
    }

    private FixAttempt attempt(String fixId) {
        return session.getFixAttempts().stream().filter(a -> a.getFixId().equals(fixId)).findFirst()
                .orElseThrow(() -> new AssertionError("no attempt of " + fixId));
    }

    private void assertTheNextStepRan() {
        FixAttempt next = attempt(WELL_BEHAVED);
        assertEquals(FixOutcome.APPLIED, next.getOutcome(), next.getOutcomeMessage());
    }

    private void assertTheSessionSurvivesSavingAndLoading() throws Exception {
        Path file = folder.resolve("session.xmi");
        SessionFiles.save(session, file);
        assertTrue(EcoreUtil.equals(session, SessionFiles.load(file)), "the reloaded session differs");
    }

    @ParameterizedTest
    @CsvSource({ "test.exit, test-cause.exit, System.exit(3)", "test.halt, test-cause.halt, Runtime.halt(9)" })
    void aFixThatEndsTheProcessFailsNamingItsBundleAndThePlaybookGoesOn(String fixId, String cause, String call)
            throws Exception {
        assertEquals(List.of(fixId, WELL_BEHAVED), plan(cause, "test-cause").stream().map(FixAttempt::getFixId).toList());
        runAll();

        FixAttempt failed = attempt(fixId);
        assertEquals(FixOutcome.FAILED, failed.getOutcome(), failed.getOutcomeMessage());
        String message = failed.getOutcomeMessage();
        assertTrue(message.contains(TestBundle.NAME + " " + TestBundle.version()) && message.contains(call)
                && message.contains("a fix cannot end the process"), message);
        assertTrue(session.getLog().stream().anyMatch(entry -> entry.getLevel() == LogLevel.ERROR
                && entry.getMessage().contains(call) && entry.getSource().startsWith(TestBundle.NAME)),
                "the session log does not name the bundle");
        assertTheNextStepRan();
        assertTheSessionSurvivesSavingAndLoading();
    }

    @Test
    void anExitAttemptOnAThreadOfTheFixFailsTheStepEvenWhenTheFixSwallowsTheRefusal() throws Exception {
        plan("test-cause.swallowed-exit", "test-cause");
        runAll();

        FixAttempt failed = attempt("test.swallowed-exit");
        assertEquals(FixOutcome.FAILED, failed.getOutcome(), failed.getOutcomeMessage());
        assertTrue(failed.getOutcomeMessage().contains("is refused: " + TestBundle.NAME)
                && failed.getOutcomeMessage().contains("Runtime.exit(1)"), failed.getOutcomeMessage());
        assertTheNextStepRan();
    }

    @Test
    void aFixThatEndsTheProcessInItsPreviewIsLeftOutOfThePlanNamingItsBundle() {
        List<FixAttempt> planned = plan("test-cause.exit-in-preview", "test-cause");

        assertEquals(List.of(WELL_BEHAVED), planned.stream().map(FixAttempt::getFixId).toList());
        List<String> leftOut = Playbook.leftOut(session, registry);
        assertTrue(leftOut.stream().anyMatch(problem -> problem.startsWith("fix 'test.exit-in-preview' of "
                + TestBundle.NAME) && problem.contains("System.exit(4)")), leftOut.toString());
    }

    @Test
    void anActionAskedOfTheTargetBehindTheContextsBackIsRefusedRecordedAndFailsTheStep() throws Exception {
        target = Demo.open(Demo.DEFAULT);
        session = Demo.newSession(target);
        List<CachedCredential> before = target.credentials(new NullProgressMonitor()).value();
        assertTrue(before.size() >= 2, "the scenario has credentials to remove: " + before);

        plan("test-cause.undeclared-through-target");
        runAll();

        assertEquals(before, target.credentials(new NullProgressMonitor()).value(), "a credential was removed");
        FixAttempt refused = attempt("test.removes-credentials-behind-its-context");
        assertEquals(FixOutcome.FAILED, refused.getOutcome(), refused.getOutcomeMessage());
        assertTrue(refused.getOutcomeMessage().contains("which it does not declare"), refused.getOutcomeMessage());
        assertEquals(before.size(), refused.getChanges().size(), "every attempt is recorded as a change");
        for (Change change : refused.getChanges()) {
            assertEquals("credentials.remove", change.getAction());
            assertFalse(change.isSucceeded());
            assertTrue(change.getResult().contains("does not declare credentials.remove"), change.getResult());
        }
        assertEquals(before.stream().map(CachedCredential::targetName).toList(),
                refused.getChanges().stream().map(Change::getSubject).toList());
        assertTheSessionSurvivesSavingAndLoading();
    }

    @Test
    void aFixCannotRewriteTheRecordItsAttemptsAreRefusedDiscardedAndRecorded() throws Exception {
        target = Demo.open(Demo.HEALTHY);
        session = Demo.diagnosed(Demo.HEALTHY).session();
        int evidence = evidenceCount(session);
        assertTrue(evidence > 0, "the diagnosed session holds raw evidence");
        plan("test-cause.rewrite-session");
        List<LogEntry> logBefore = new ArrayList<>(session.getLog());
        java.util.Date created = new java.util.Date(session.getCreatedAt().getTime());

        runAll();

        FixAttempt refused = attempt("test.rewrites-the-session");
        assertEquals(FixOutcome.FAILED, refused.getOutcome(), refused.getOutcomeMessage());
        for (String change : List.of("removed from evidence of Observation", "removed from log of Session",
                "added to notes of Session", "set outcomeSummary of Session", "set createdAt of Session")) {
            assertTrue(refused.getOutcomeMessage().contains(change), "not recorded: " + change + " in "
                    + refused.getOutcomeMessage());
        }
        assertTrue(refused.getOutcomeMessage().contains("refused and discarded"), refused.getOutcomeMessage());
        assertEquals(evidence, evidenceCount(session), "evidence was dropped");
        assertTrue(session.getLog().containsAll(logBefore), "the log lost entries");
        assertTrue(session.getNotes().stream().noneMatch(note -> SessionRewritingFix.FORGED.equals(note.getText())),
                "a note was forged");
        assertFalse(SessionRewritingFix.FORGED.equals(session.getOutcomeSummary()));
        assertEquals(created, session.getCreatedAt(), "a date was moved");
        assertTheSessionSurvivesSavingAndLoading();
    }

    private static int evidenceCount(Session session) {
        return session.getObservations().stream().mapToInt(observation -> observation.getEvidence().size()).sum();
    }

    @Test
    void whatAFixPrintsGoesToTheAttemptsLogNotToTheConsole() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        try {
            plan("test-cause.noisy");
            System.out.println("the console's own line");
            runAll();
            System.out.println("the console's own last line");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        String printed = console.toString(StandardCharsets.UTF_8);
        assertEquals("the console's own line\nthe console's own last line\n", printed.replace("\r\n", "\n"));
        FixAttempt noisy = attempt("test.noisy");
        assertEquals(FixOutcome.APPLIED, noisy.getOutcome(), noisy.getOutcomeMessage());
        List<String> log = noisy.getLog().stream().filter(entry -> entry.getLevel() == LogLevel.WARNING)
                .map(LogEntry::getMessage).toList();
        for (String line : List.of("stdout: " + NoisyFix.PREVIEW_LINE, "stdout: \\u001b[31mred noise from apply\\u001b[0m",
                "stderr: " + NoisyFix.ERR_LINE, "stdout: " + NoisyFix.CHILD_LINE, "stdout: " + NoisyFix.PARTIAL)) {
            assertTrue(log.stream().anyMatch(message -> message.endsWith(line)), "not in the attempt's log: " + line
                    + "\n" + log);
        }
        assertTrue(noisy.getLog().stream().allMatch(entry -> entry.getSource().startsWith(TestBundle.NAME)));
        assertTheSessionSurvivesSavingAndLoading();
    }

    @Test
    void aTimeoutOfADayIsCappedAndReported() {
        FixDescriptor huge = registry.byId("test.huge-timeout").orElseThrow();
        assertEquals(FixRegistry.MAX_TIMEOUT_SECONDS, huge.timeoutSeconds());
        assertEquals(600, FixRegistry.MAX_TIMEOUT_SECONDS);

        plan("test-cause.huge-timeout");
        assertTrue(Playbook.leftOut(session, registry).stream().anyMatch(problem -> problem.contains("test.huge-timeout")
                && problem.contains("timeoutSeconds=86400") && problem.contains("capped to the maximum of 600")),
                Playbook.leftOut(session, registry).toString());
    }

    @Test
    void theExtensionPointsSchemaDocumentsTheCap() throws Exception {
        Bundle core = FrameworkUtil.getBundle(FixRegistry.class);
        try (InputStream schema = core.getEntry("schema/fixes.exsd").openStream()) {
            String text = new String(schema.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("at most " + FixRegistry.MAX_TIMEOUT_SECONDS), "fixes.exsd does not give the cap");
        }
    }

    @Test
    void aFixWhosePreviewThrowsIsAmongTheFixesLeftOutWithItsBundleAndWhy() {
        plan("test-cause.preview-throws", "test-cause");

        List<String> leftOut = Playbook.leftOut(session, registry);
        assertNotNull(leftOut);
        assertTrue(leftOut.stream().anyMatch(problem -> problem.startsWith("fix 'test.preview-throws' of "
                + TestBundle.NAME + " " + TestBundle.version()) && problem.contains(ThrowingPreviewFix.MESSAGE)),
                leftOut.toString());
    }
}
