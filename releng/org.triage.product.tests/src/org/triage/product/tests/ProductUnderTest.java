package org.triage.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The product extracted from its archive, run through its own {@code triage} launcher as an admin runs it. */
final class ProductUnderTest {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);

    private final Path home;
    private final Path userHome;
    private final Path logs;

    private ProductUnderTest(Path home, Path userHome, Path logs) {
        this.home = home;
        this.userHome = userHome;
        this.logs = logs;
    }

    /** Extracts the archive with tar, as an admin does. */
    static ProductUnderTest extract(Path archive, Path into) throws IOException, InterruptedException {
        Files.createDirectories(into);
        Command.Result untar = Command.run(List.of("tar", "-xzf", archive.toString(), "-C", into.toString()), Map.of(),
                into.resolve("logs"), COMMAND_TIMEOUT);
        assertEquals(0, untar.exit(), untar::toString);
        return new ProductUnderTest(into.resolve("triage"), into.resolve("user-home"), into.resolve("logs"));
    }

    /** {@code triage ARGS}: the command line in the product's own runtime. */
    Command.Result triage(String... arguments) throws IOException, InterruptedException {
        return Command.run(command(arguments), environment(), logs, COMMAND_TIMEOUT);
    }

    /**
     * {@code triage ARGS} started and left running, its stdout to read as it comes, its stderr into a file: for a
     * test that watches the product work and stops it midway. The launcher execs the JVM, so the process is the
     * product's JVM itself.
     */
    Process start(Path stderr, String... arguments) throws IOException {
        Files.createDirectories(stderr.getParent());
        ProcessBuilder builder = new ProcessBuilder(command(arguments)).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment());
        return builder.start();
    }

    /** The same product with another state folder ({@code TRIAGE_HOME}): another user of the same installation. */
    ProductUnderTest withTriageHome(Path triageHome) {
        return new ProductUnderTest(home, triageHome, logs);
    }

    /** The product's state folder, {@code TRIAGE_HOME}: its workspaces and the fleet index. */
    Path triageHome() {
        return userHome;
    }

    private List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(List.of(home.resolve("triage").toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    private Map<String, String> environment() {
        return Map.of("JAVA_HOME", Environment.javaHome().toString(), "TRIAGE_HOME", userHome.toString());
    }

    Path home() {
        return home;
    }

    Path plugins() {
        return home.resolve("plugins");
    }

    Path dropins() {
        return home.resolve("dropins");
    }

    /** Where the install policy and log live. */
    Path installState() {
        return home.resolve("configuration/org.triage.install");
    }

    void policy(String properties) throws IOException {
        Files.createDirectories(installState());
        Files.writeString(installState().resolve("policy.properties"), properties, StandardCharsets.UTF_8);
    }

    void noPolicy() throws IOException {
        Files.deleteIfExists(installState().resolve("policy.properties"));
    }

    /** The install log's records, in order. */
    List<JsonObject> installLog() throws IOException {
        Path log = installState().resolve("installs.jsonl");
        if (!Files.exists(log)) {
            return List.of();
        }
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                .map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    }

    /** The jars in plugins/ whose name starts with the prefix. */
    List<String> pluginsNamed(String prefix) throws IOException {
        return Folders.names(plugins()).stream().filter(name -> name.startsWith(prefix)).toList();
    }
}
