package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.cli.TriageCli;

/**
 * {@code install}, {@code uninstall} and {@code installs} where they cannot act: bad arguments, sources that
 * are not p2 repositories, and a runtime that is not an installed product (this test runtime). What they do
 * in the built product is tested by org.triage.product.tests.
 */
class CliInstallTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = { "install", "uninstall" })
    void withoutWhatToInstallOrUninstallItIsAUsageError(String verb) {
        Cli.Result result = Cli.run(verb);

        assertEquals(TriageCli.USAGE, result.exit(), result::toString);
        assertTrue(result.err().startsWith("triage: " + verb + " takes one "), result::toString);
    }

    @Test
    void optionsAndExtraArgumentsTheVerbsDoNotTakeAreUsageErrors() {
        assertEquals(TriageCli.USAGE, Cli.run("install", "a", "b").exit());
        assertEquals(TriageCli.USAGE, Cli.run("install", "repo", "--force").exit());
        assertEquals(TriageCli.USAGE, Cli.run("uninstall", "x", "--trusted-only").exit());
        assertEquals(TriageCli.USAGE, Cli.run("installs", "everything").exit());
    }

    @Test
    void aSourceThatDoesNotExistOrIsNoRepositoryFailsSayingSo() throws Exception {
        Cli.Result missing = Cli.run("install", folder.resolve("nowhere").toString());
        assertEquals(TriageCli.FAILED, missing.exit(), missing::toString);
        assertEquals("triage: " + folder.resolve("nowhere") + " does not exist\n", missing.err());

        Cli.Result notARepository = Cli.run("install", folder.toString());
        assertEquals(TriageCli.FAILED, notARepository.exit(), notARepository::toString);
        assertTrue(notARepository.err().contains("is not a p2 repository"), notARepository::toString);
        assertEquals("", notARepository.out());
    }

    @Test
    void outsideAnInstalledProductNothingIsInstalledAndTheMessageSaysWhy() throws Exception {
        Files.writeString(folder.resolve("content.xml"), "<repository/>");

        for (String[] command : new String[][] { { "install", folder.toString(), "--yes" }, { "uninstall", "x", "--yes" },
                { "installs" } }) {
            Cli.Result result = Cli.run(command);
            assertEquals(TriageCli.FAILED, result.exit(), result::toString);
            assertTrue(result.err().contains("is not an installed Triage Console with a p2 profile"), result::toString);
        }
    }
}
