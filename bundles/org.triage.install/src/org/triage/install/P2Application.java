package org.triage.install;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one of p2's applications (the director, the garbage collector) in a child process of the product's
 * own launcher, on the same installation, configuration and profile. The product that runs it keeps running
 * as it was; what p2 changes takes effect at its next start.
 */
final class P2Application {

    static final String DIRECTOR = "org.eclipse.equinox.p2.director";
    static final String GARBAGE_COLLECTOR = "org.eclipse.equinox.p2.garbagecollector.application";

    /** What the application printed, and its exit code (0 done; the director answers 13 to any failure). */
    record Result(int exitCode, String output, List<String> command) {

        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private P2Application() {
    }

    static Result run(ProductInstallation product, String application, List<String> arguments, Duration timeout)
            throws InstallException {
        List<String> command = new ArrayList<>(List.of(product.java().toString(), "-Xmx512m",
                "-Djava.awt.headless=true", "-jar", product.launcherJar().toString(), "-install",
                product.installDir().toString(), "-configuration", product.configurationDir().toString(), "-data",
                "@none", "-nosplash", "-consoleLog", "-application", application));
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        } catch (IOException e) {
            throw new InstallException("cannot start p2 (" + application + "): " + e.getMessage(), e);
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new InstallException(application + " did not finish within " + timeout.toMinutes()
                        + " minutes and was stopped; the installation may need checking: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), output.get(10, TimeUnit.SECONDS), List.copyOf(command));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InstallException(application + " was interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new InstallException("cannot read what " + application + " printed: " + e.getMessage(), e);
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }
}
