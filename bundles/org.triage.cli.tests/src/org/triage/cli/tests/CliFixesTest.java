package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.triage.cli.TriageCli;

/** {@code triage fixes}: every installed fix with the bundle that contributes it. */
class CliFixesTest {

    private static final List<String> GUIDE_FIXES = List.of("m365.clear-cached-credentials", "m365.onedrive-reset",
            "m365.vpn-reconnect-flush-dns", "m365.reregister-device");

    @Test
    void eachFixSaysWhichActionsItDeclares() {
        Cli.Result result = Cli.run("fixes");

        assertTrue(Pattern.compile("(?m)^m365\\.vpn-reconnect-flush-dns .*\\R.*\\R.*\\R    uses vpn\\.disconnect; dns\\.flush;"
                + " ip\\.release-renew; vpn\\.connect$").matcher(result.out()).find(), result::toString);
        assertTrue(result.out().contains("    uses credentials.remove the OneDrive, MicrosoftOffice*, Microsoft ADAL and"
                + " OneDrive Cached Credential entries; onedrive.restart\n"), result::toString);
    }

    @Test
    void listsTheFourFixesOfTheGuideWithTheirBundle() {
        Cli.Result result = Cli.run("fixes");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        for (String fix : GUIDE_FIXES) {
            Pattern entry = Pattern.compile(
                    "(?m)^" + Pattern.quote(fix) + " +\\S.*\\R    from org\\.triage\\.fixes\\.m365 ");
            assertTrue(entry.matcher(result.out()).find(), fix + " with its bundle missing:\n" + result.out());
        }
        assertEquals("", result.err());
    }

    @Test
    void listsTheCausesWithTheFixesThatAddressThemAndTheRulesWithWhatTheyRead() {
        Cli.Result result = Cli.run("fixes");

        String out = result.out();
        assertTrue(Pattern.compile("(?m)^Causes\\R  device-disabled-in-entra +The device is disabled or deleted in Entra ID")
                .matcher(out).find(), result::toString);
        assertTrue(Pattern.compile("(?m)^  stale-cached-credentials +Cached credentials are stale\\R {6}from"
                + " org\\.triage\\.fixes\\.m365 \\S+; rank 2; fixed by m365\\.clear-cached-credentials, ").matcher(out).find(),
                result::toString);
        assertTrue(Pattern.compile("(?m)^  full-tunnel-vpn +.*\\R {6}from org\\.triage\\.fixes\\.m365 \\S+; rank 3; (fixed by|for"
                + " the admin: ask the VPN team)").matcher(out).find(), result::toString);
        assertTrue(Pattern.compile("(?m)^  full-tunnel +Sign-in traffic is routed into a full tunnel\\R {6}from"
                + " org\\.triage\\.fixes\\.m365 \\S+; reads vpn\\.connections, vpn\\.routes, vpn\\.clients \\(where present\\);"
                + " reports full-tunnel-vpn$").matcher(out).find(), result::toString);
        assertTrue(out.indexOf("\nRules\n") > out.indexOf("\nCauses\n"), result::toString);
    }
}
