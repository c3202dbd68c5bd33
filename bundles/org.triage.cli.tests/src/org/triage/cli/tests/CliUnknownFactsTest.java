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
import org.triage.cli.TriageCli;
import org.triage.tests.harness.Samples;

/** A snapshot that lacks files: what it does not tell is unknown in the summary and the plan, never null or zero. */
class CliUnknownFactsTest {

    @TempDir
    Path folder;

    /** The Contoso sample without its manifest and without both credential files. */
    private Path withoutManifestAndCredentials() throws Exception {
        Path copy = Files.createDirectories(folder.resolve("partial"));
        try (Stream<Path> files = Files.list(Samples.snapshot(Samples.CONTOSO))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!List.of("manifest.json", "cmdkey-list.txt", "credentials.json").contains(name)) {
                    Files.copy(file, copy.resolve(name));
                }
            }
        }
        return copy;
    }

    @Test
    void theSummarySaysWhatIsNotKnownAndWhatWasNotChecked() throws Exception {
        Cli.Result result = Cli.run("diagnose", "--target", "snapshot:" + withoutManifestAndCredentials());

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        String out = result.out();
        assertFalse(out.contains("null"), out);
        assertTrue(out.contains("Target   snapshot host name not known (OS not known), user not known, read only"), out);
        assertTrue(out.contains("Not checked"), out);
        assertTrue(out.contains("rule credentials-older-than-password credentials.cached was skipped: the snapshot has no "
                + "cmdkey-list.txt (cmdkey /list); the snapshot has no credentials.json"), out);
        assertFalse(out.contains("remove 0 cached"), out);
    }

    @Test
    void aPlanDoesNotRemoveZeroCredentialsWhereTheCredentialsAreUnknown() throws Exception {
        Cli.Result result = Cli.run("playbook", "--target", "snapshot:" + withoutManifestAndCredentials(),
                "--symptom", "0x8004de40");

        String out = result.out();
        assertFalse(out.contains("remove 0 cached"), out);
        assertFalse(out.contains("null"), out);
    }
}
