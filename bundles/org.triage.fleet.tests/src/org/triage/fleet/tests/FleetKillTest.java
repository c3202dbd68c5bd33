package org.triage.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.triage.fleet.FleetIndex;
import org.triage.fleet.IngestResult;
import org.triage.tests.harness.FleetGenerator.Generated;

/**
 * Kills a real ingest process with SIGKILL in the middle: every file it said was committed is in the index, whole
 * (its findings with it), and the next run records the rest and nothing twice.
 */
class FleetKillTest {

    private static final int FILES = 40;
    private static final int KILL_AFTER = 8;

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void killingTheIngestMidwayLosesNothingCommittedAndTheNextRunFinishes(TestDatabase database) throws Exception {
        Path share = temp.resolve("share");
        List<Generated> fleet = FleetIngestTest.generate(share, FILES, 11);
        String url = database.url(temp.resolve("state"));

        String classPath = classPath();
        Process child = new ProcessBuilder(javaExecutable(), "-Xmx256m", "-cp", classPath,
                IngestChild.class.getName(), url, share.toString()).redirectError(temp.resolve("child.err").toFile())
                .start();
        Set<String> committed = new LinkedHashSet<>();
        boolean killed = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null;) {
                if (line.startsWith("DIAGNOSED ")) {
                    committed.add(line.substring("DIAGNOSED ".length()));
                }
                if (committed.size() == KILL_AFTER && !killed) {
                    // SIGKILL: no shutdown hook, no finally, no close of the database. (Process.destroyForcibly
                    // would also close this end of the pipe; what the child printed before it died is read on.)
                    new ProcessBuilder("kill", "-KILL", Long.toString(child.pid())).inheritIO().start().waitFor();
                    killed = true;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        assertTrue(killed, () -> "the child ended before it was killed: " + read(temp.resolve("child.err"))
                + "\nclass path: " + classPath);
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        assertTrue(committed.size() >= KILL_AFTER);
        assertTrue(committed.size() < FILES, "killed before the end");

        try (FleetIndex index = openAgain(database, url)) {
            int recorded = index.files();
            assertTrue(recorded >= committed.size(), recorded + " recorded, " + committed.size() + " committed");
            assertTrue(recorded < FILES, "the kill left work for the next run");
            for (String sha256 : committed) {
                assertEquals("diagnosed", status(index, sha256), sha256 + " was committed");
            }
            IngestResult next = index.ingest(List.of(share), 2, file -> { }, new NullProgressMonitor());
            assertEquals(FILES, next.found());
            assertEquals(recorded, next.skipped(), "what the killed run committed is not done again");
            assertEquals(FILES - recorded, next.diagnosed());
            assertEquals(FILES, index.files());
            // every snapshot whole, those of the killed run too: the report is what a brute-force count finds
            FleetIngestTest.check(index, new BruteForce(fleet, null), null);
        }
    }

    private static String status(FleetIndex index, String sha256) throws Exception {
        try (Connection connection = TestDatabase.connectTo(index.database());
                PreparedStatement query = connection.prepareStatement("SELECT status FROM snapshot WHERE sha256 = ?")) {
            query.setString(1, sha256);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static FleetIndex openAgain(TestDatabase database, String url) throws Exception {
        return FleetIndex.open(url);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The class path of every bundle in this OSGi runtime: the jars, and for bundles built in this reactor their
     * {@code target/classes}. The child runs the same code outside OSGi.
     */
    static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        String installArea = System.getProperty("osgi.install.area");
        Path base = installArea != null && installArea.startsWith("file:")
                ? Path.of(installArea.substring("file:".length()))
                : Path.of(System.getProperty("user.dir"));
        for (Bundle bundle : FrameworkUtil.getBundle(FleetKillTest.class).getBundleContext().getBundles()) {
            String location = bundle.getLocation();
            int at = location.indexOf("file:");
            if (at < 0) {
                continue;
            }
            String file = location.substring(at + "file:".length());
            // Tycho's surefire writes the locations relative to the install area
            Path path = base.resolve(file.startsWith("/") ? file : file).normalize();
            if (Files.isDirectory(path)) {
                Path classes = path.resolve("target").resolve("classes");
                entries.add((Files.isDirectory(classes) ? classes : path).toString());
            } else if (Files.isRegularFile(path)) {
                entries.add(path.toString());
            }
        }
        // the framework itself (the system bundle has no file location): org.eclipse.osgi
        entries.add(Path.of(Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        return String.join(File.pathSeparator, entries);
    }
}
