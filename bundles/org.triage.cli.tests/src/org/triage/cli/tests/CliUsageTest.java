package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.cli.TriageCli;
import org.triage.core.target.TargetProvider;
import org.triage.core.target.Targets;

/** Version, help, and the usage errors scripts see as exit code 2. */
class CliUsageTest {

    @Test
    void versionPrintsTheProductNameAndItsVersion() {
        Cli.Result result = Cli.run("--version");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(result.out().matches("Triage Console \\d+\\.\\d+\\.\\d+(\\.\\S+)?\\R"), result::toString);
        assertEquals("", result.err());
    }

    @Test
    void helpListsTheVerbsAndEveryTargetKind() {
        Cli.Result result = Cli.run("--help");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        for (String verb : List.of("diagnose", "playbook", "fixes", "install", "uninstall", "installs")) {
            assertTrue(result.out().contains("\n  " + verb + " "), "verb " + verb + " missing:\n" + result.out());
        }
        List<TargetProvider> providers = Targets.providers();
        assertTrue(providers.stream().map(TargetProvider::kind).toList().containsAll(List.of("demo", "snapshot")),
                "registered target kinds: " + providers.stream().map(TargetProvider::kind).toList());
        for (TargetProvider provider : providers) {
            assertTrue(result.out().contains("  " + provider.usage() + "\n"),
                    "target kind " + provider.kind() + " missing:\n" + result.out());
        }
        assertEquals("", result.err());
    }

    @Test
    void anUnknownVerbIsAUsageError() {
        Cli.Result result = Cli.run("frobnicate", "--target", "demo");

        assertUsageError(result, "unknown verb 'frobnicate'");
    }

    @ParameterizedTest
    @ValueSource(strings = { "diagnose", "playbook" })
    void anUnknownOptionIsAUsageError(String verb) {
        Cli.Result result = Cli.run(verb, "--target", "demo", "--colour");

        assertUsageError(result, "unknown option --colour");
    }

    @ParameterizedTest
    @ValueSource(strings = { "diagnose", "playbook" })
    void aMissingTargetIsAUsageError(String verb) {
        Cli.Result result = Cli.run(verb, "--json");

        assertUsageError(result, "--target is required");
    }

    private static void assertUsageError(Cli.Result result, String message) {
        assertEquals(TriageCli.USAGE, result.exit(), result::toString);
        assertEquals("", result.out(), "nothing on stdout for a usage error");
        assertTrue(result.err().startsWith("triage: " + message + "\n"), result::toString);
        assertTrue(result.err().contains("Usage: triage <verb> [options]"), result::toString);
        assertFalse(result.err().isBlank());
    }
}
