package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.cli.TriageCli;
import org.triage.core.target.TargetAction.SetRegistryValue;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.io.SessionFiles;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code triage playbook ... --undo FIX-ID} (in the same run) and {@code triage undo --session FILE --step FIX-ID}
 * (later, on the workstation as the step left it): each value shown now → restored, asked first, recorded with the
 * re-diagnosis; refused where the step is unknown, never ran, is not reversible, was undone already or a value changed.
 */
class CliUndoTest {

    private static final String TLS = "m365.enable-tls12";
    private static final String CLIENT = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols"
            + "\\TLS 1.2\\Client";

    @TempDir
    Path folder;

    @Test
    void inTheSameRunTheStepIsUndoneValueByValueAndTheTlsCauseIsFoundAgain() throws Exception {
        Path saved = folder.resolve("s.xmi");

        Cli.Result result = Cli.run("playbook", "--target", "demo:tls12-disabled", "--yes", "--save", saved.toString(),
                "--undo", TLS);

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains("Undo " + TLS + ": put back 3 registry value(s)"), out);
        assertTrue(out.contains("- " + CLIENT + "\\Enabled: 1 \u2192 0\n"), out);
        assertTrue(out.contains("- " + CLIENT + "\\DisabledByDefault: 0 \u2192 1\n"), out);
        assertTrue(out.contains("\\00010002\\Functions: TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,"), out);
        assertTrue(out.indexOf("outcome: applied; verification: passed") < out.indexOf("Undo " + TLS), out);
        assertTrue(out.contains("    outcome: applied — put back 3 value(s) " + TLS + " had changed"), out);
        assertTrue(out.contains("found again: [tls12-disabled]"), out);
        assertFalse(out.contains("Undo " + TLS + "? [y/N]"), "--yes must not ask:\n" + out);
        assertEquals("", result.err());

        Session session = SessionFiles.load(saved);
        FixAttempt undo = last(session, "undo:" + TLS).orElseThrow();
        assertEquals(FixOutcome.APPLIED, undo.getOutcome());
        assertEquals(List.of("Set " + CLIENT + "\\Enabled (REG_DWORD) from 1 to 0"), undo.getChanges().stream()
                .map(Change::getDescription).filter(d -> d.contains("\\Enabled ")).toList());
        assertTrue(undo.getChanges().stream().allMatch(Change::isSucceeded));
        assertFalse(undo.getVerification().isEmpty(), "the re-diagnosis is recorded with the undo");
        assertTrue(session.getFindings().stream().anyMatch(f -> f.getCauseId().equals("tls12-disabled")));
        assertEquals(SessionOutcome.UNRESOLVED, session.getOutcome(), session.getOutcomeSummary());
    }

    @Test
    void withoutYesTheUndoIsAskedForAndNoLeavesTheValues() throws Exception {
        Path saved = folder.resolve("s.xmi");

        Cli.Result result = Cli.withInput("y\nn\n", "playbook", "--target", "demo:tls12-disabled", "--save",
                saved.toString(), "--undo", TLS);

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(result.out().contains("- " + CLIENT + "\\Enabled: 1 \u2192 0\n"), result.out());
        assertTrue(result.out().contains("Undo " + TLS + "? [y/N] "), result.out());
        assertTrue(result.out().contains("not undone: nothing was changed"), result.out());
        Session session = SessionFiles.load(saved);
        assertTrue(last(session, "undo:" + TLS).isEmpty(), "declined, yet recorded as undone");
        assertEquals(SessionOutcome.RESOLVED, session.getOutcome());
    }

    @Test
    void answeringYesUndoesIt() {
        Cli.Result result = Cli.withInput("y\ny\n", "playbook", "--target", "demo:tls12-disabled", "--undo", TLS);

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(result.out().contains("Undo " + TLS + "? [y/N] "), result.out());
        assertTrue(result.out().contains("found again: [tls12-disabled]"), result.out());
    }

    @Test
    void anUnknownStepIsRefusedNamingTheSessionsSteps() {
        Cli.Result result = Cli.run("playbook", "--target", "demo:tls12-disabled", "--yes", "--undo", "m365.no-such-fix");

        assertEquals(TriageCli.FAILED, result.exit(), result::toString);
        assertTrue(result.err().contains("triage: cannot undo m365.no-such-fix: the session has no step "
                + "m365.no-such-fix; its steps are " + TLS), result.err());
        assertTrue(result.out().contains("Session outcome: resolved"), "the playbook itself went as before");
    }

    @Test
    void aStepThatNeverRanIsRefused() {
        Cli.Result result = Cli.withInput("n\n", "playbook", "--target", "demo:tls12-disabled", "--undo", TLS);

        assertEquals(TriageCli.FAILED, result.exit(), result::toString);
        assertTrue(result.err().contains("cannot undo " + TLS + ": " + TLS + " never ran: it is declined"),
                result.err());
    }

    @Test
    void aStepWhoseChangesCannotBePutBackIsRefusedAsNotReversible() {
        Cli.Result result = Cli.run("playbook", "--target", "demo", "--yes", "--undo", "m365.clear-cached-credentials");

        assertEquals(TriageCli.FAILED, result.exit(), result::toString);
        assertTrue(result.err().contains("cannot undo m365.clear-cached-credentials: m365.clear-cached-credentials is "
                + "not reversible: it records no change that can be put back ("), result.err());
        assertTrue(result.err().contains("only registry values set with their old value recorded are put back"),
                result.err());
        assertFalse(result.out().contains("undo:"), result.out());
    }

    @Test
    void onALaterRunTheDemoHasStartedAfreshSoTheChangedValuesAreRefusedAndNothingIsSaved() throws Exception {
        Path saved = appliedAndSaved();
        byte[] before = Files.readAllBytes(saved);

        Cli.Result result = Cli.run("undo", "--session", saved.toString(), "--step", TLS, "--yes");

        assertEquals(TriageCli.FAILED, result.exit(), result::toString);
        assertTrue(result.out().contains("- " + CLIENT + "\\Enabled: 0 \u2192 0  (changed since: the step left 1)"),
                result.out());
        assertTrue(result.err().contains("cannot undo " + TLS + ": 3 value(s) changed since " + TLS + " ran, so nothing "
                + "is put back: "), result.err());
        assertTrue(result.err().contains(CLIENT + "\\Enabled is 0 now, not 1 as the step left it"), result.err());
        assertTrue(result.err().contains("the demo workstation starts afresh each time it is opened"), result.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(saved)), "a refused undo changed the session");
    }

    @Test
    void onTheWorkstationAsTheStepLeftItTheSavedSessionIsUndoneAndSavedBack() throws Exception {
        Path saved = appliedAndSaved();
        Path after = workstationAsLeftBy(SessionFiles.load(saved));

        Cli.Result result = Cli.run("undo", "--session", saved.toString(), "--step", TLS, "--target", "demo:" + after,
                "--yes");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(result.out().contains("- " + CLIENT + "\\Enabled: 1 \u2192 0\n"), result.out());
        assertTrue(result.out().contains("found again: [tls12-disabled]"), result.out());
        assertTrue(result.out().contains("Session saved to " + saved), result.out());
        Session session = SessionFiles.load(saved);
        assertEquals(FixOutcome.APPLIED, last(session, "undo:" + TLS).orElseThrow().getOutcome());

        Cli.Result again = Cli.run("undo", "--session", saved.toString(), "--step", TLS, "--target", "demo:" + after,
                "--yes");
        assertEquals(TriageCli.FAILED, again.exit(), again::toString);
        assertTrue(again.err().contains(TLS + " was undone already (put back 3 value(s)"), again.err());
    }

    @Test
    void anotherWorkstationIsRefused() throws Exception {
        Path saved = appliedAndSaved();

        Cli.Result result = Cli.run("undo", "--session", saved.toString(), "--step", TLS, "--target", "demo", "--yes");

        assertEquals(TriageCli.FAILED, result.exit(), result::toString);
        assertTrue(result.err().contains("the session is of FABRIKAM-LT-031 but the target demo is "), result.err());
    }

    @Test
    void aTargetThatCannotWriteTheValuesIsRefused() throws Exception {
        Path saved = appliedAndSaved();
        Path ticket = folder.resolve("ticket.zip");
        assertEquals(TriageCli.DONE, Cli.run("export", "--session", saved.toString(), "--out", ticket.toString()).exit());

        Cli.Result result = Cli.run("undo", "--session", saved.toString(), "--step", TLS, "--target", "export:" + ticket,
                "--yes");

        assertEquals(TriageCli.FAILED, result.exit(), result::toString);
        assertTrue(result.err().contains("cannot undo " + TLS + ": this target cannot put the values back: "),
                result.err());
    }

    @Test
    void undoNeedsASessionAndAStep() {
        Cli.Result result = Cli.run("undo", "--step", TLS);

        assertEquals(TriageCli.USAGE, result.exit(), result::toString);
        assertTrue(result.err().contains("triage: --session is required"), result.err());
    }

    private Path appliedAndSaved() {
        Path saved = folder.resolve("applied.xmi");
        Cli.Result applied = Cli.run("playbook", "--target", "demo:tls12-disabled", "--yes", "--save", saved.toString());
        assertEquals(TriageCli.DONE, applied.exit(), applied::toString);
        return saved;
    }

    /** The tls12-disabled scenario with every value the step set as it left it: what a live Windows PC keeps. */
    private Path workstationAsLeftBy(Session session) throws Exception {
        JsonObject scenario;
        try (InputStream in = Platform.getBundle("org.triage.demo").getEntry("scenarios/tls12-disabled.json")
                .openStream()) {
            scenario = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
        JsonObject tls = scenario.getAsJsonObject("tls");
        JsonObject client = tls.getAsJsonObject("protocols").getAsJsonObject("TLS 1.2");
        int set = 0;
        for (Change change : last(session, TLS).orElseThrow().getChanges()) {
            SetRegistryValue value = SetRegistryValue.recorded(change.getDescription()).orElseThrow();
            switch (value.name()) {
                case "Enabled" -> client.addProperty("enabled", Integer.parseInt(value.after()));
                case "DisabledByDefault" -> client.addProperty("disabledByDefault", Integer.parseInt(value.after()));
                case "Functions" -> tls.addProperty("cipherSuiteOrderPolicy", value.after());
                default -> throw new AssertionError("a value the test does not know: " + value.subject());
            }
            set++;
        }
        assertEquals(3, set);
        Path file = folder.resolve("tls12-as-left-by-the-step.json");
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().create().toJson(scenario));
        return file;
    }

    private static Optional<FixAttempt> last(Session session, String fixId) {
        List<FixAttempt> attempts = session.getFixAttempts().stream().filter(a -> a.getFixId().equals(fixId)).toList();
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }
}
