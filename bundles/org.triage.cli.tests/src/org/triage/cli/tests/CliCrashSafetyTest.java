package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.triage.core.session.SessionRecovery;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.io.SessionFiles;

/**
 * {@code playbook --save FILE} saves the live session after every step. The CLI runs in a child OSGi framework
 * of its own, made of the bundles of this test runtime, and is killed mid-playbook: the saved file loads whole
 * and lacks at most the step in flight.
 */
class CliCrashSafetyTest {

    private static final long DEADLINE_SECONDS = 120;

    @TempDir
    Path folder;

    private Process child;

    @AfterEach
    void stopTheChild() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void killedWhileAStepAwaitsConfirmationTheSavedSessionLacksOnlyThatStep() throws Exception {
        Path saved = folder.resolve("live.xmi");
        child = startCli("playbook", "--target", "demo", "--save", saved.toString());
        Output out = new Output(child.getInputStream());
        OutputStream in = child.getOutputStream();

        readUntil(out, "Apply m365.clear-cached-credentials? [y/N] ");
        in.write("n\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
        String printed = readUntil(out, "Apply m365.onedrive-reset? [y/N] ");
        assertTrue(printed.contains("outcome: declined"), printed);
        // the second step is previewed, saved and waiting for the operator: now the process dies
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Session session = SessionFiles.load(saved);
        FixAttempt first = session.getFixAttempts().get(0);
        FixAttempt second = session.getFixAttempts().get(1);
        assertEquals("m365.clear-cached-credentials", first.getFixId());
        assertEquals(FixOutcome.DECLINED, first.getOutcome(), "the finished step is kept");
        assertNotNull(first.getFinishedAt());
        assertEquals("m365.onedrive-reset", second.getFixId());
        assertEquals(FixOutcome.PLANNED, second.getOutcome());
        assertNotNull(second.getStartedAt(), "the step in flight had started");
        assertNull(second.getFinishedAt());
        assertTrue(session.getObservations().size() >= 7, "the diagnosis is kept whole");
        assertTrue(SessionRecovery.unfinished(session));
        assertEquals(List.of(second), SessionRecovery.inFlight(session));
        assertNoTemporaryFiles();
    }

    @Test
    void killedAtAnyMomentOfARunningPlaybookTheSavedSessionLoadsWhole() throws Exception {
        Path saved = folder.resolve("live.xmi");
        child = startCli("playbook", "--target", "demo", "--yes", "--save", saved.toString());
        // the playbook is running once its heading is printed; the process dies somewhere in the first step
        readUntil(new Output(child.getInputStream()), "\nPlaybook\n");
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Session session = SessionFiles.load(saved);
        assertTrue(session.getObservations().size() >= 7, "at least the diagnosis, saved before the playbook began");
        assertEquals(3, session.getFixAttempts().size());
        assertTrue(session.getFixAttempts().stream().filter(a -> a.getStartedAt() != null && a.getFinishedAt() == null)
                .count() <= 1, "at most one step in flight");
        assertNoTemporaryFiles();
    }

    /**
     * What the child prints, collected by a thread of its own, so that waiting for a line can time out even while
     * the child prints nothing.
     */
    private static final class Output {

        private final StringBuilder text = new StringBuilder();
        private boolean ended;

        Output(InputStream in) {
            Thread reader = new Thread(() -> {
                try (in) {
                    for (int c = in.read(); c >= 0; c = in.read()) {
                        append((char) c);
                    }
                } catch (IOException e) {
                    // the child was killed: its output ends here
                } finally {
                    end();
                }
            }, "child output");
            reader.setDaemon(true);
            reader.start();
        }

        private synchronized void append(char c) {
            text.append(c);
            notifyAll();
        }

        private synchronized void end() {
            ended = true;
            notifyAll();
        }

        /** Everything printed once {@code expected} has been; null where it was not within the time or the output ended. */
        synchronized String await(String expected, long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (text.indexOf(expected) < 0) {
                long left = deadline - System.nanoTime();
                if (ended || left <= 0) {
                    return null;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return text.toString();
        }

        synchronized String all() {
            return text.toString();
        }
    }

    private String readUntil(Output out, String expected) throws IOException, InterruptedException {
        String printed = out.await(expected, DEADLINE_SECONDS);
        if (printed == null) {
            throw new AssertionError("the child did not print '" + expected + "'; it printed:\n" + out.all()
                    + "\n--- stderr\n" + Files.readString(folder.resolve("child-stderr.txt")));
        }
        return printed;
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".part"))
                    .toList());
        }
    }

    /**
     * Starts {@code triage ARGS} in a new JVM: an Equinox framework of this runtime's bundles (without the test
     * bundles and the test engine), started the way the product starts, running the headless application.
     */
    private Process startCli(String... args) throws IOException {
        BundleContext context = FrameworkUtil.getBundle(CliCrashSafetyTest.class).getBundleContext();
        List<String> bundles = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (bundle.getBundleId() == 0 || name == null || name.endsWith(".tests") || name.startsWith("org.junit")
                    || name.startsWith("junit") || name.startsWith("org.eclipse.tycho") || name.equals("org.opentest4j")
                    || name.equals("org.apiguardian.api")) {
                continue;
            }
            File file = FileLocator.getBundleFileLocation(bundle).orElseThrow();
            String start = switch (name) {
                case "org.apache.felix.scr", "org.eclipse.equinox.common", "org.eclipse.equinox.event" -> "@2:start";
                case "org.eclipse.core.runtime" -> "@4:start";
                default -> "";
            };
            bundles.add("reference:" + file.toURI() + start);
        }
        Path configuration = Files.createDirectories(folder.resolve("configuration"));
        Files.writeString(configuration.resolve("config.ini"), "osgi.bundles=" + String.join(",", bundles)
                + "\nosgi.bundles.defaultStartLevel=4\neclipse.ignoreApp=false\n", StandardCharsets.ISO_8859_1);
        File framework = FileLocator.getBundleFileLocation(context.getBundle(0))
                .orElseGet(() -> new File(java.net.URI.create(System.getProperty("osgi.framework"))));
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-Djava.awt.headless=true", "-cp", framework.getPath(),
                "org.eclipse.core.runtime.adaptor.EclipseStarter", "-configuration", configuration.toUri().toString(),
                "-data", folder.resolve("workspace").toUri().toString(), "-application",
                "org.triage.cli.app"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(folder.toFile())
                .redirectError(folder.resolve("child-stderr.txt").toFile()).start();
    }
}
