package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.cli.TriageCli;
import org.triage.core.target.TargetAction;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.Session;
import org.triage.model.io.SessionFiles;
import org.triage.tests.harness.Samples;

/**
 * {@code --instructions FILE}: on a snapshot every step is handed to the user; the text for the ticket and the
 * PowerShell script beside it carry the same commands the preview shows.
 */
class CliInstructionsTest {

    @TempDir
    Path folder;

    @Test
    void aSnapshotsStepsAreWrittenAsTextAndAsAScriptWithThePreviewsCommands() throws Exception {
        Path text = folder.resolve("for-alex.txt");
        Path saved = folder.resolve("s.xmi");
        Cli.Result result = Cli.run("diagnose", "--target", "snapshot:" + Samples.snapshot(Samples.CONTOSO),
                "--instructions", text.toString(), "--save", saved.toString());

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        Path script = folder.resolve("for-alex.ps1");
        assertTrue(result.out().contains("written to " + text + " and, as a PowerShell script, to " + script),
                result.out());
        Session session = SessionFiles.load(saved);
        List<FixAttempt> steps = session.getFixAttempts();
        assertFalse(steps.isEmpty());

        String written = Files.readString(text, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("Instructions for the user: " + session.getTarget().getUser() + " on "
                + session.getTarget().getHostname() + "\r\n"), written);
        assertFalse(written.replace("\r\n", "").contains("\n"), "CRLF line ends throughout");
        assertTrue(written.contains("Step 1. " + steps.get(0).getFixName() + "\r\n"), written);

        byte[] bytes = Files.readAllBytes(script);
        assertTrue(Arrays.equals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3)),
                "UTF-8 with a BOM, as Windows PowerShell 5.1 reads it");
        String ps1 = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(ps1.contains("cmd.exe /d /c --% cmdkey /delete:\"MicrosoftOffice16_Data:SSPI:alex@contoso.com\"\r\n"),
                ps1);
        for (FixAttempt step : steps) {
            for (Change change : step.getPlannedChanges()) {
                assertTrue(written.contains(change.getCommand()), "the text has " + change.getCommand());
                if (TargetAction.PROCEDURES.contains(change.getAction())) {
                    assertTrue(ps1.contains("# by hand: " + change.getCommand()), ps1);
                } else {
                    assertTrue(ps1.contains("cmd.exe /d /c --% " + change.getCommand() + "\r\n"),
                            "the script runs " + change.getCommand() + ":\n" + ps1);
                }
            }
        }
        assertEquals(steps.size(), ps1.lines().filter(line -> line.startsWith("if ((Read-Host 'Step ")).count(),
                "it asks before each step");
    }

    @Test
    void whereTheConsoleActsItselfNothingIsHandedToTheUser() {
        Path text = folder.resolve("none.txt");
        Cli.Result result = Cli.run("diagnose", "--target", "demo", "--instructions", text.toString());

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(result.out().contains("No step is handed to the user: nothing written to " + text), result.out());
        assertFalse(Files.exists(text));
    }

    @Test
    void aFileThatCannotBeWrittenFailsClearly() {
        Path text = folder.resolve("missing-folder").resolve("x.txt");
        Cli.Result result = Cli.run("playbook", "--target", "snapshot:" + Samples.snapshot(Samples.CONTOSO),
                "--instructions", text.toString());

        assertEquals(TriageCli.FAILED, result.exit(), result::toString);
        assertTrue(result.err().contains("triage: cannot write the instructions to " + text), result.err());
    }
}
