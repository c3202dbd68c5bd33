package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.cli.TriageCli;

/**
 * {@code triage playbook --target demo:SCENARIO --yes} on the scenarios the token broker's log tells: each with its own
 * steps, the workstation's fixed and inspected again clean, the tenant's handed over and never called resolved.
 */
class CliTokenBrokerPlaybookTest {

    @TempDir
    Path work;

    @Test
    void aConditionalAccessBlockIsHandedToTheAdminWithWhatToCheck() {
        Cli.Result result = Cli.run("playbook", "--target", "demo:conditional-access-blocked", "--yes");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains("Symptom  0xCAA20004 (Teams)"), out);
        assertTrue(out.contains("  error    conditional-access-blocked  Conditional Access refused the token for"
                + " Microsoft Teams (1fec8e78-bce4-4aaf-ab1b-5451cc387264): AADSTS53003 (access has been blocked by Conditional Access"
                + " policies)"), out);
        assertTrue(out.contains("evidence: registration.token-broker-events"), out);
        assertTrue(out.contains("Handed to the Entra ID admin (nothing on this PC fixes it)\n"
                + "  conditional-access-blocked  in the Microsoft Entra admin center > Sign-in logs, find the failed"
                + " sign-in by the correlation id"), out);
        assertTrue(out.contains("Nothing to do on this PC: what is found is decided in the tenant and handed over."), out);
        assertTrue(out.contains("Session outcome: escalated — handed to the Entra ID admin: Conditional Access blocks the"
                + " sign-in (decided by an admin) (conditional-access-blocked): "), out);
        assertFalse(out.contains("resolved"), "an admin-side cause is never resolved on the PC:\n" + out);
        assertFalse(out.contains("    done "), "nothing on the PC changes:\n" + out);
    }

    @Test
    void multiFactorAuthenticationRequiredByPolicyIsHandedToTheAdmin() {
        Cli.Result result = Cli.run("playbook", "--target", "demo:mfa-required", "--yes");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains("Symptom  Need Password (Outlook)"), out);
        assertTrue(out.contains("  error    mfa-required-by-policy      Entra ID requires multi-factor authentication"
                + " that the silent token request of Microsoft Office (d3590ed6-52b3-4102-aeff-aad2292ab01c) cannot give: AADSTS50076"), out);
        assertTrue(out.contains("Session outcome: escalated — handed to the Entra ID admin: A changed policy requires"
                + " multi-factor authentication (mfa-required-by-policy): "), out);
        assertFalse(out.contains("resolved"), out);
    }

    @Test
    void revokedTokensGoWithTheBrokersCacheAndTheSessionIsResolved() throws Exception {
        Path saved = work.resolve("revoked.xmi");
        Cli.Result result = Cli.run("playbook", "--target", "demo:password-revoked", "--yes", "--save", saved.toString());

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertEquals(List.of("m365.clear-token-broker-cache"), planned(out), out);
        assertTrue(out.contains("  m365.clear-token-broker-cache: Clear the token broker's cache\n"), out);
        assertTrue(out.contains("    will Forget the token broker's cached accounts: delete everything in"
                + " %LOCALAPPDATA%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\AC\\TokenBroker\\Accounts (the"
                + " folder itself stays) (destructive)\n"), out);
        assertTrue(out.contains("    done   %LOCALAPPDATA%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\AC"
                + "\\TokenBroker\\Accounts: deleted 2 file(s)\n"), out);
        assertTrue(out.contains("    outcome: applied; verification: passed — verified: [stale-cached-credentials,"
                + " prt-missing-or-stale] no longer found"), out);
        assertTrue(out.contains("Session outcome: resolved — no error finding remains after [m365.clear-token-broker-cache]"),
                out);
        assertTrue(java.nio.file.Files.readString(saved).contains("outcome=\"resolved\""), "saved as resolved");
    }

    @Test
    void clearingTheBrokersCacheIsDestructiveAndAskedFirst() {
        Cli.Result result = Cli.withInput("n\n", "playbook", "--target", "demo:password-revoked");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains("  This step changes the workstation and cannot simply be undone.\nApply"
                + " m365.clear-token-broker-cache? [y/N] "), out);
        assertTrue(out.contains("outcome: declined; verification: not-run — the operator declined the change"), out);
        assertFalse(out.contains("    done "), "a declined step changed something:\n" + out);
        assertTrue(out.contains("Session outcome: unresolved"), out);
    }

    @Test
    void aDamagedBrokerPackageIsRegisteredAgainAndTheCacheIsKept() {
        Cli.Result result = Cli.run("playbook", "--target", "demo:token-broker-corrupted", "--yes");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains("Symptom  0xCAA50021 (Office)"), out);
        assertTrue(out.contains("  error    token-broker-state-corrupted The token broker failed 5 times with 0xCAA5001C"),
                out);
        assertEquals(List.of("m365.reregister-broker-plugin", "m365.clear-token-broker-cache"), planned(out), out);
        assertTrue(out.contains("         powershell.exe -NoProfile -NonInteractive -Command \"Add-AppxPackage -Register"
                + " (Join-Path $env:windir 'SystemApps\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\Appxmanifest.xml')"
                + " -DisableDevelopmentMode -ForceApplicationShutdown\"\n"), out);
        assertTrue(out.contains("    outcome: applied; verification: passed — verified: [token-broker-state-corrupted]"
                + " no longer found"), out);
        assertTrue(out.contains("outcome: skipped; verification: not-run — not needed"), out);
        assertTrue(out.contains("Session outcome: resolved — no error finding remains after [m365.reregister-broker-plugin]"),
                out);
    }

    /** The fix ids under "Planned fixes", in order. */
    private static List<String> planned(String out) {
        int start = out.indexOf("Planned fixes\n");
        if (start < 0) {
            return List.of();
        }
        return out.substring(start).lines().skip(1).takeWhile(line -> !line.isBlank())
                .filter(line -> line.matches("  \\d+\\. .*")).map(line -> line.trim().split("\\s+")[1]).toList();
    }
}
