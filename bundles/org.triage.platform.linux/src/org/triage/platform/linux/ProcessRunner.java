package org.triage.platform.linux;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Runs a program with a timeout and records exactly what ran and what it printed. Output is read as UTF-8
 * under {@code LC_ALL=C.UTF-8}, so tools print untranslated text that the parsers understand; the command
 * line records that setting. A process that outlives its timeout, or whose monitor is cancelled, is killed
 * with its children.
 */
public class ProcessRunner {

    /** The start of {@link CommandResult#problem()} for a program that is not there. */
    public static final String NOT_INSTALLED = "not installed";

    private static final String LOCALE = "C.UTF-8";
    private static final long POLL_MILLIS = 25;
    private static final List<String> SBIN = List.of("/usr/local/sbin", "/usr/sbin", "/sbin");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");

    private final Duration timeout;

    public ProcessRunner(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    public CommandResult run(List<String> command, IProgressMonitor monitor) {
        String commandLine = "LC_ALL=" + LOCALE + " " + commandLine(command);
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> environment = builder.environment();
        environment.put("LC_ALL", LOCALE);
        environment.remove("LANGUAGE");
        Optional<String> executable = locate(command.get(0));
        if (executable.isEmpty()) {
            return new CommandResult(command, commandLine, startedAt, since(start), null, "", "",
                    NOT_INSTALLED + ": " + command.get(0) + " is not on this machine (PATH " + path() + ")");
        }
        if (!executable.get().equals(command.get(0))) {
            List<String> resolved = new ArrayList<>(command);
            resolved.set(0, executable.get());
            builder.command(resolved);
            commandLine = "LC_ALL=" + LOCALE + " " + commandLine(resolved);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new CommandResult(command, commandLine, startedAt, since(start), null, "", "",
                    "could not start: " + e.getMessage());
        }
        CompletableFuture<String> stdout = drain(process.getInputStream());
        CompletableFuture<String> stderr = drain(process.getErrorStream());
        String problem = null;
        try {
            long deadline = start + timeout.toNanos();
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (monitor != null && monitor.isCanceled()) {
                    problem = "cancelled after " + since(start).toMillis() + " ms; the process was killed";
                    break;
                }
                if (System.nanoTime() > deadline) {
                    problem = "timed out after " + timeout.toSeconds() + " s; the process was killed";
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted; the process was killed";
        }
        if (problem != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        Integer exitCode = problem == null ? process.exitValue() : null;
        return new CommandResult(command, commandLine, startedAt, since(start), exitCode, collect(stdout),
                collect(stderr), problem);
    }

    /** Whether the program is there: an executable path, or a name found on the PATH or in the sbin folders. */
    public static boolean installed(String program) {
        return locate(program).isPresent();
    }

    /**
     * The program as it can be started: itself where it is a path or on the PATH, else its path in an sbin
     * folder (where Debian keeps ip, and which the PATH of users other than root leaves out).
     */
    static Optional<String> locate(String program) {
        if (program.contains("/")) {
            return Files.isExecutable(Path.of(program)) ? Optional.of(program) : Optional.empty();
        }
        for (String directory : path().split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return Optional.of(program);
            }
        }
        for (String directory : SBIN) {
            Path candidate = Path.of(directory, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    private static String path() {
        String path = System.getenv("PATH");
        return path == null ? "" : path;
    }

    /** The command as a shell would take it: arguments quoted where they need it. */
    public static String commandLine(List<String> command) {
        List<String> words = new ArrayList<>();
        for (String word : command) {
            words.add(PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'");
        }
        return String.join(" ", words);
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("triage process output").start(() -> {
            try (InputStream in = stream) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                text.complete(bytes.toString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.complete("");
            }
        });
        return text;
    }

    /** The output read so far; a killed process's pipes close, so this does not wait long. */
    private static String collect(CompletableFuture<String> output) {
        try {
            return output.get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
