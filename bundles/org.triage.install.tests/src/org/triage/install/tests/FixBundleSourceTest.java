package org.triage.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.install.FixBundleSource;
import org.triage.install.InstallException;

/** What an admin may name as the source of fix bundles, and the errors for what is not one. */
class FixBundleSourceTest {

    @TempDir
    Path folder;

    @Test
    void aRepositoryFolderAZipAndAnHttpUrlAreSources() throws Exception {
        Path repository = Files.createDirectories(folder.resolve("repository"));
        Files.writeString(repository.resolve("content.jar"), "");
        Path zip = Files.writeString(folder.resolve("fixes.zip"), "");

        assertEquals(FixBundleSource.Kind.FOLDER, FixBundleSource.parse(repository.toString()).kind());
        assertEquals(repository.toUri(), FixBundleSource.parse(repository.toUri().toString()).location(),
                "a file: URL is the folder it names");
        assertEquals(FixBundleSource.Kind.ZIP, FixBundleSource.parse(" " + zip + " ").kind());
        FixBundleSource url = FixBundleSource.parse("https://updates.example.com/triage/fixes/");
        assertEquals(FixBundleSource.Kind.URL, url.kind());
        assertEquals("https://updates.example.com/triage/fixes/", url.toString());
    }

    @Test
    void aFolderThatIsNotARepositorySaysSoAndPointsAtTheRepositoryInside() throws Exception {
        Path build = Files.createDirectories(folder.resolve("target"));
        Files.createDirectories(build.resolve("repository"));

        String message = assertThrows(InstallException.class, () -> FixBundleSource.parse(build.toString())).getMessage();

        assertTrue(message.contains("is not a p2 repository") && message.contains("did you mean " + build.resolve("repository")),
                message);
    }

    @Test
    void aBundleJarIsNotASourceTheMessageSaysWhereItGoes() throws Exception {
        Path jar = Files.writeString(folder.resolve("com.example.fix_1.0.0.jar"), "");

        String message = assertThrows(InstallException.class, () -> FixBundleSource.parse(jar.toString())).getMessage();

        assertTrue(message.contains("dropins"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "/no/such/folder/anywhere", "https://", "http://exa mple.com/repo", "ftp://example.com/x" })
    void whatIsNeitherAFolderAZipNorAUrlIsRefused(String text) {
        InstallException refused = assertThrows(InstallException.class, () -> FixBundleSource.parse(text));
        assertTrue(!refused.getMessage().isBlank());
    }
}
