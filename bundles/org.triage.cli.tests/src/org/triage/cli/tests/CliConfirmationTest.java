package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.triage.cli.TriageCli;

/**
 * A step that drops the connection (the VPN reconnect) asks first on the terminal, saying so and listing its
 * changes; with no one to answer it is refused, never applied.
 */
class CliConfirmationTest {

    private static final String RECONNECT = "m365.vpn-reconnect-flush-dns";

    @Test
    void withNoTerminalTheReconnectIsRefused() {
        Cli.Result result = Cli.run("playbook", "--target", "demo:vpn-stale-dns");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertTrue(out.contains("Apply " + RECONNECT + "? [y/N] "), out);
        assertTrue(out.contains("  no answer (no terminal): " + RECONNECT + " is not applied; it drops the connection "
                + "and is applied only when confirmed; run with --yes"), out);
        assertTrue(out.contains("will Release and renew"), "its changes are listed:\n" + out);
        assertFalse(out.contains("outcome: applied"), out);
    }

    @Test
    void askedOnTheTerminalItSaysTheLineWillBeCut() {
        Cli.Result result = Cli.withInput("y\ny\ny\n", "playbook", "--target", "demo:vpn-stale-dns");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        int warning = out.indexOf("a remote session to it will be cut");
        assertTrue(warning > 0 && warning < out.indexOf("Apply " + RECONNECT + "? [y/N] "), out);
        assertTrue(out.contains("outcome: applied"), out);
    }

    @Test
    void withYesNothingIsAsked() {
        Cli.Result result = Cli.run("playbook", "--target", "demo:vpn-stale-dns", "--yes");
        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertFalse(result.out().contains("[y/N]"), result.out());
        assertFalse(result.out().contains("no answer"), result.out());
    }
}
