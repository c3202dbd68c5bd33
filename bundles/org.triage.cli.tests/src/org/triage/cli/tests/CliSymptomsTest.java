package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.triage.cli.TriageCli;

/** {@code triage symptoms} and {@code --symptom}: the catalogue with its messages and sources, and codes outside it. */
class CliSymptomsTest {

    private static final Pattern ENTRY = Pattern.compile("(?m)^(\\S+(?: \\S+)?) +([A-Za-z ]+): \"(.+)\"$");

    @Test
    void listsTheCatalogueWithMessageCausesAndSource() {
        Cli.Result result = Cli.run("symptoms");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        int entries = 0;
        Matcher entry = ENTRY.matcher(result.out());
        while (entry.find()) {
            entries++;
        }
        assertTrue(entries >= 30, entries + " entries:\n" + result.out());
        assertTrue(result.out().contains("0xCAA82EE2     Teams: \"The request has timed out. (Status code: 0xCAA82EE2)\"\n"),
                result::toString);
        assertTrue(Pattern.compile("(?m)^AADSTS50173 .*\\R.*\\R    points to prt-missing-or-stale, stale-cached-credentials\\R"
                + "    told apart: .*\\R    source https://learn\\.microsoft\\.com/en-us/entra/identity-platform/reference-error-codes\\R"
                + "    from org\\.triage\\.fixes\\.m365 ").matcher(result.out()).find(), result::toString);
        assertEquals("", result.err(), "the product's catalogue has no bad contribution");
    }

    @Test
    void aCataloguedSymptomIsExplainedInTheDiagnosis() {
        Cli.Result result = Cli.run("diagnose", "--target", "demo", "--symptom", "0xcaa82ee2");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(result.out().contains("Symptom  0xcaa82ee2 (Teams)"), result::toString);
        assertTrue(Pattern.compile("(?m)^         Teams: \"The request has timed out\\. \\(Status code: 0xCAA82EE2\\)\" — .*"
                + " Points to: auth-endpoints-unreachable, full-tunnel-vpn, proxy-blocks-auth\\. .* Source: https://support\\.microsoft\\.com/")
                .matcher(result.out()).find(), result::toString);
    }

    @Test
    void aCodeOutsideTheCatalogueIsDiagnosedWithoutHints() {
        Cli.Result result = Cli.run("diagnose", "--target", "demo", "--symptom", "0x80049dd3");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(result.out().contains("Symptom  0x80049dd3"), result::toString);
        assertFalse(result.out().contains("Points to:"), result::toString);
        assertTrue(result.out().contains("Observations"), result::toString);
    }

    @Test
    void symptomsTakesNoArguments() {
        Cli.Result result = Cli.run("symptoms", "extra");

        assertEquals(TriageCli.USAGE, result.exit(), result::toString);
    }
}
