package org.triage.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogEntry;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.io.SessionFiles;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A third party's fix bundle that steps out of its lane (resources/faulty-bundles/com.example.hostile), dropped into
 * the built product's dropins/ and run by the product's own launcher: it ends the process with System.exit(0),
 * halts the JVM, removes credentials behind its context's back, rewrites the session, prints into {@code --json},
 * asks for a day to run and throws in its preview. And the launcher's own arguments, which once let
 * {@code -application org.eclipse.equinox.p2.director} install past the install policy (issue 11, items 8 to 12).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFixBundleTest {

    private static final String BUNDLE = "com.example.hostile";
    private static final String ORIGIN = BUNDLE + " 1.0.0";

    private Path work;
    private ProductUnderTest product;

    @BeforeAll
    void extractTheProductAndDropTheHostileBundleIn() throws Exception {
        work = Environment.work("hostile");
        product = ProductUnderTest.extract(Environment.productArchive(), work.resolve("product"));
        FaultyBundles.build(BUNDLE, product, work.resolve("build"), product.dropins());
    }

    @Test
    void theHostileFixesFailNamedTheJsonStaysCleanAndThePlaybookResolvesTheCase() throws Exception {
        Path saved = work.resolve("hostile.xmi");

        Command.Result playbook = product.triage("playbook", "--target", "demo", "--yes", "--json", "--save",
                saved.toString());

        assertEquals(0, playbook.exit(), playbook::toString);
        JsonObject report = JsonParser.parseString(playbook.out()).getAsJsonObject();
        assertEquals("resolved", report.get("outcome").getAsString(), playbook::toString);
        List<String> failedInTheReport = report.getAsJsonArray("playbook").asList().stream()
                .map(step -> step.getAsJsonObject()).filter(step -> step.get("outcome").getAsString().equals("failed"))
                .map(step -> step.get("fix").getAsString()).sorted().toList();
        assertEquals(List.of(BUNDLE + ".exit", BUNDLE + ".halt", BUNDLE + ".remove-credentials",
                BUNDLE + ".rewrite-session"), failedInTheReport, playbook::toString);
        assertFalse(playbook.out().contains("NOISE"), "a fix printed into --json: " + playbook);
        // the summary on stderr may quote the session log, where the output was kept; the raw print never appears
        assertTrue(playbook.err().lines().noneMatch(line -> line.startsWith("NOISE")),
                "a fix printed onto the terminal: " + playbook);
        assertTrue(playbook.err().contains("the fix printed (kept here, not on the console) stdout: NOISE from apply ]]"),
                playbook::toString);
        assertTrue(playbook.err().contains("triage: warning: fix '" + BUNDLE + ".preview-throws' of " + ORIGIN
                + " is left out of the playbook: ") && playbook.err().contains("the hostile preview broke"),
                playbook::toString);
        assertTrue(playbook.err().contains("triage: warning: fix '" + BUNDLE + ".noisy' of " + ORIGIN
                + " asks for timeoutSeconds=86400; it is capped to the maximum of 600"), playbook::toString);

        Session session = SessionFiles.load(saved);
        FixAttempt exit = attempt(session, BUNDLE + ".exit");
        assertEquals(FixOutcome.FAILED, exit.getOutcome(), exit.getOutcomeMessage());
        assertTrue(exit.getOutcomeMessage().contains(ORIGIN + " (com.example.hostile.ExitingFix) called System.exit(0):"
                + " a fix cannot end the process"), exit.getOutcomeMessage());
        FixAttempt halt = attempt(session, BUNDLE + ".halt");
        assertEquals(FixOutcome.FAILED, halt.getOutcome(), halt.getOutcomeMessage());
        assertTrue(halt.getOutcomeMessage().contains("called Runtime.halt(0)"), halt.getOutcomeMessage());

        FixAttempt behindItsBack = attempt(session, BUNDLE + ".remove-credentials");
        assertEquals(FixOutcome.FAILED, behindItsBack.getOutcome(), behindItsBack.getOutcomeMessage());
        assertFalse(behindItsBack.getChanges().isEmpty(), "the attempts are not recorded");
        for (Change change : behindItsBack.getChanges()) {
            assertEquals("credentials.remove", change.getAction());
            assertFalse(change.isSucceeded(), change.getResult());
            assertTrue(change.getResult().contains("does not declare credentials.remove"), change.getResult());
        }

        FixAttempt rewrite = attempt(session, BUNDLE + ".rewrite-session");
        assertEquals(FixOutcome.FAILED, rewrite.getOutcome(), rewrite.getOutcomeMessage());
        assertTrue(rewrite.getOutcomeMessage().contains("removed from log of Session")
                && rewrite.getOutcomeMessage().contains("added to notes of Session"), rewrite.getOutcomeMessage());
        assertTrue(session.getNotes().stream().noneMatch(note -> String.valueOf(note.getText()).startsWith("FORGED")));
        assertFalse(session.getLog().isEmpty());
        assertTrue(session.getObservations().stream().anyMatch(observation -> !observation.getEvidence().isEmpty()),
                "the evidence is gone");

        FixAttempt noisy = attempt(session, BUNDLE + ".noisy");
        List<String> printed = noisy.getLog().stream().map(LogEntry::getMessage).toList();
        for (String line : List.of("stdout: NOISE from the preview {", "stdout: NOISE from apply ]]",
                "stderr: NOISE on stderr from apply")) {
            assertTrue(printed.stream().anyMatch(message -> message.endsWith(line)), line + " not in " + printed);
        }

        assertEquals(FixOutcome.APPLIED, attempt(session, "m365.clear-cached-credentials").getOutcome());
        assertEquals(SessionOutcome.RESOLVED, session.getOutcome(), session.getOutcomeSummary());
    }

    @Test
    void theLaunchersOwnArgumentsAreRefusedSoTheDirectorCannotInstallPastThePolicy() throws Exception {
        product.policy("trustedOnly=true\n");
        try {
            List<String> before = Files.list(product.plugins()).map(p -> p.getFileName().toString()).sorted().toList();
            Path repository = work.resolve("unsigned-repository");
            Command.Result director = product.triage("-application", "org.eclipse.equinox.p2.director", "-repository",
                    repository.toUri().toString(), "-installIU", BUNDLE);
            assertEquals(2, director.exit(), director::toString);
            assertTrue(director.err().startsWith("triage: '-application' is not an option of triage"), director::toString);
            assertEquals(before, Files.list(product.plugins()).map(p -> p.getFileName().toString()).sorted().toList());

            for (List<String> arguments : List.of(List.of("diagnose", "--target", "demo", "-clean"),
                    List.of("fixes", "-data", work.resolve("elsewhere").toString()),
                    List.of("-configuration", work.toString(), "fixes"), List.of("fixes", "-install", work.toString()),
                    List.of("fixes", "-vmargs", "-Dosgi.console=1"), List.of("fixes", "-console", "1234"),
                    List.of("-Dosgi.console=1", "fixes"), List.of("fixes", "--launcher.ini", "evil.ini"),
                    List.of("console", "-application", "org.eclipse.equinox.p2.director"))) {
                Command.Result refused = product.triage(arguments.toArray(String[]::new));
                assertEquals(2, refused.exit(), refused::toString);
                assertEquals("", refused.out(), refused::toString);
                assertTrue(refused.err().contains("is not an option of triage; launcher arguments"), refused::toString);
            }

            Command.Result help = product.triage("--help");
            assertEquals(0, help.exit(), help::toString);
            Command.Result fixes = product.triage("fixes", "-h");
            assertEquals(0, fixes.exit(), fixes::toString);
        } finally {
            product.noPolicy();
        }
    }

    private static FixAttempt attempt(Session session, String fixId) {
        return session.getFixAttempts().stream().filter(a -> a.getFixId().equals(fixId)).findFirst()
                .orElseThrow(() -> new AssertionError("no attempt of " + fixId + " in " + session.getFixAttempts()
                        .stream().map(FixAttempt::getFixId).toList()));
    }
}
