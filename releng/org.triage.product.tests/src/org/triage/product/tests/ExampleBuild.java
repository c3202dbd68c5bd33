package org.triage.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The vendor's build of examples/wam-token-broker: its own Maven/Tycho build, run in a copy of the example
 * against the product's p2 repository, signed where a key is given.
 *
 * @param repository the p2 repository folder it published
 * @param zip        the same repository as one zip
 */
record ExampleBuild(Path repository, Path zip) {

    static final String EXAMPLE = "examples/wam-token-broker";

    static ExampleBuild run(Path into, SigningKey key) throws Exception {
        Path example = Environment.root().resolve(EXAMPLE);
        Folders.copy(example, into, relative -> relative.toString().equals("target")
                || relative.toString().endsWith("/target") || relative.toString().contains("/target/"));
        List<String> command = new ArrayList<>(List.of(Environment.root().resolve("mvnw").toString(), "-B", "-q",
                "-f", into.resolve("pom.xml").toString(), "verify",
                "-Dtriage.repository=" + Environment.productRepository().toUri()));
        if (Environment.offline()) {
            command.add("-o");
        }
        if (key != null) {
            command.addAll(List.of("-Dsign.keystore=" + key.keystore(), "-Dsign.alias=" + key.alias(),
                    "-Dsign.storepass=" + key.password()));
        }
        Command.Result build = Command.run(command, Map.of("JAVA_HOME", Environment.javaHome().toString()),
                into.resolve("logs"), Duration.ofMinutes(5));
        assertEquals(0, build.exit(), build::toString);
        Path target = into.resolve("com.example.triage.wam.repository/target");
        Path repository = target.resolve("repository");
        Path zip = target.resolve("com.example.triage.wam.repository-1.0.0-SNAPSHOT.zip");
        assertTrue(Files.isRegularFile(repository.resolve("content.jar")) && Files.isRegularFile(zip),
                "the example's build published no p2 repository under " + target);
        return new ExampleBuild(repository, zip);
    }
}
