package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.triage.cli.TriageCli;

/**
 * {@code triage playbook --target demo:tls12-disabled --yes} and {@code demo:clock-skew}: each resolved by its own
 * step, shown with what it changes.
 */
class CliTlsAndClockTest {

    private static final String CLIENT = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols"
            + "\\TLS 1.2\\Client";

    @Test
    void theTlsScenarioIsResolvedByEnablingTls12() {
        Cli.Result result = Cli.run("playbook", "--target", "demo:tls12-disabled", "--yes");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains("  m365.enable-tls12: Enable TLS 1.2 and the required cipher suites\n"), out);
        assertTrue(out.contains("    will Set " + CLIENT + "\\Enabled (REG_DWORD) from 0 to 1\n"), out);
        assertTrue(out.contains("reg add \"" + CLIENT + "\" /v DisabledByDefault /t REG_DWORD /d 0 /f"), out);
        assertTrue(out.contains("    outcome: applied; verification: passed"), out);
        assertTrue(out.contains("Session outcome: resolved"), out);
        assertFalse(out.contains("m365.clear-cached-credentials"), "only its own step:\n" + out);
        assertEquals("", result.err());
    }

    @Test
    void withNoTerminalTheRegistryChangeIsNotApplied() {
        Cli.Result result = Cli.run("playbook", "--target", "demo:tls12-disabled");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains("each value's old and new value is listed and recorded"), out);
        assertTrue(out.contains("no answer (no terminal): m365.enable-tls12 is not applied; it changes system settings "
                + "and is applied only when confirmed"), out);
        assertFalse(out.contains("outcome: applied"), out);
    }

    @Test
    void theClockScenarioIsResolvedByResynchronisingTheClock() {
        Cli.Result result = Cli.run("playbook", "--target", "demo:clock-skew", "--yes");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains("  m365.resync-clock: Resynchronise the clock\n"), out);
        assertTrue(out.contains("net start w32time & w32tm /resync /force"), out);
        assertTrue(out.contains("    outcome: applied; verification: passed"), out);
        assertTrue(out.contains("Session outcome: resolved"), out);
        assertEquals("", result.err());
    }
}
