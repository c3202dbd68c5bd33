package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triage.cli.TriageCli;

/**
 * A value-taking option never swallows the option after it: {@code --save --yes} once wrote a file named
 * {@code --yes}, and {@code --export --pseudonymize} a non-pseudonymised export named {@code --pseudonymize}.
 */
class CliOptionValueTest {

    @TempDir
    Path folder;

    static Stream<Arguments> swallowingCommandLines() {
        return Stream.of(
                Arguments.of(List.of("playbook", "--target", "demo:healthy-split-tunnel", "--save", "--yes"), "--save", "--yes"),
                Arguments.of(List.of("diagnose", "--target", "demo:healthy-split-tunnel", "--save", "--json"), "--save", "--json"),
                Arguments.of(List.of("diagnose", "--target", "demo:healthy-split-tunnel", "--export", "--pseudonymize"), "--export",
                        "--pseudonymize"),
                Arguments.of(List.of("playbook", "--target", "demo:healthy-split-tunnel", "--yes", "--export", "--pseudonymize"),
                        "--export", "--pseudonymize"),
                Arguments.of(List.of("diagnose", "--target", "--json"), "--target", "--json"),
                Arguments.of(List.of("diagnose", "--target", "demo:healthy-split-tunnel", "--symptom", "--json"), "--symptom", "--json"),
                Arguments.of(List.of("diagnose", "--target", "demo:healthy-split-tunnel", "--save=--yes"), "--save", "--yes"),
                Arguments.of(List.of("diagnose", "--target", "demo:healthy-split-tunnel", "--export", "out.zip", "--pseudonymize",
                        "--map", "--json"), "--map", "--json"),
                Arguments.of(List.of("export", "--session", "s.xmi", "--out", "--pseudonymize"), "--out",
                        "--pseudonymize"),
                Arguments.of(List.of("export", "--session", "--out", "x.zip"), "--session", "--out"));
    }

    @ParameterizedTest
    @MethodSource("swallowingCommandLines")
    void anOptionValueThatIsAnOptionIsAUsageErrorAndWritesNothing(List<String> words, String option, String swallowed)
            throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> before = listing(cwd);
        Cli.Result result = Cli.run(words.toArray(String[]::new));

        assertEquals(TriageCli.USAGE, result.exit(), result::toString);
        assertEquals("", result.out(), result::toString);
        assertTrue(result.err().startsWith("triage: " + option + " needs a value, not the option " + swallowed),
                result::toString);
        assertFalse(Files.exists(cwd.resolve(swallowed)), "a file named " + swallowed + " was written");
        assertEquals(before, listing(cwd), "the run wrote into the working folder");
    }

    @Test
    void aFileWhoseNameStartsWithDashesIsStillReachableWithADotSlash() throws Exception {
        Path session = folder.resolve("--yes");
        Cli.Result result = Cli.run("diagnose", "--target", "demo:healthy-split-tunnel", "--save=" + folder + "/./--yes");

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(Files.size(session) > 0, "the session was not saved to " + session);
    }

    private static List<Path> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
