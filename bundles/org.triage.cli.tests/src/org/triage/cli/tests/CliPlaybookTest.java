package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.triage.cli.TriageCli;
import org.triage.tests.harness.Samples;

/** {@code triage playbook}: preview, confirmation, outcome and verification of each step. */
class CliPlaybookTest {

    private static final String FIRST_CREDENTIAL =
            "will Remove the cached Generic credential 'MicrosoftOffice16_Data:SSPI:alex@contoso.com'";

    @Test
    void withYesEveryStepIsPreviewedAppliedAndVerified() {
        Cli.Result result = Cli.run("playbook", "--target", "demo", "--yes");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains("  m365.clear-cached-credentials: Clear cached Microsoft 365 credentials\n"
                + "    " + FIRST_CREDENTIAL), out);
        assertTrue(out.contains("         cmdkey /delete:\"MicrosoftOffice16_Data:SSPI:alex@contoso.com\"\n"), out);
        assertTrue(out.contains("    will Restart OneDrive so it signs in again\n"), out);
        assertTrue(out.contains("    done   MicrosoftOffice16_Data:SSPI:alex@contoso.com: removed\n"), out);
        assertTrue(out.contains("    outcome: applied; verification: passed — verified: "), out);
        assertTrue(out.contains("Session outcome: resolved"), out);
        assertFalse(out.contains("[y/N]"), "--yes must not ask:\n" + out);
        assertEquals("", result.err());
    }

    @Test
    void withoutYesItAsksAndAnsweringNoDeclines() {
        Cli.Result result = Cli.withInput("n\n", "playbook", "--target", "demo");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains(FIRST_CREDENTIAL), out);
        assertTrue(out.contains("Apply m365.clear-cached-credentials? [y/N] "), out);
        assertTrue(out.contains("    outcome: declined; verification: not-run — the operator declined the change\n"),
                out);
        assertFalse(out.contains("outcome: applied"), out);
        assertFalse(out.contains("    done "), "a declined step changed something:\n" + out);
        assertTrue(out.contains("Session outcome: unresolved"), out);
    }

    @Test
    void answeringYesAppliesTheStep() {
        Cli.Result result = Cli.withInput("y\n", "playbook", "--target", "demo");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(result.out().contains("Apply m365.clear-cached-credentials? [y/N] "), result.out());
        assertTrue(result.out().contains("    outcome: applied; verification: passed"), result.out());
        assertTrue(result.out().contains("Session outcome: resolved"), result.out());
    }

    @Test
    void onASnapshotTheStepsArePrintedAsInstructionsForTheUser() {
        Cli.Result result = Cli.run("playbook", "--target", "snapshot:" + Samples.snapshot(Samples.CONTOSO));

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains("    step for the user: Open Control Panel > Credential Manager > Windows Credentials"
                + " and remove 'MicrosoftOffice16_Data:SSPI:alex@contoso.com'\n"), out);
        assertTrue(out.contains("    outcome: instructed; verification: not-run"), out);
        assertFalse(out.contains("[y/N]"), "an instruction needs no confirmation:\n" + out);
        assertFalse(out.contains("    done "), "a snapshot changed:\n" + out);
        assertTrue(out.contains("Session outcome: open"), out);
    }
}
