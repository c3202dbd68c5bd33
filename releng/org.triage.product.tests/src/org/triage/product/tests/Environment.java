package org.triage.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the build put what these tests use; tycho-surefire passes it in system properties (see pom.xml). */
final class Environment {

    private Environment() {
    }

    /** The checkout: mvnw, examples/, the snapshot samples. */
    static Path root() {
        return path("triage.root");
    }

    /** The product's p2 repository, which the example compiles against. */
    static Path productRepository() {
        return path("triage.repository");
    }

    /** The Linux archive the product module built. */
    static Path productArchive() throws IOException {
        try (Stream<Path> products = Files.list(path("triage.products"))) {
            return products.filter(p -> p.getFileName().toString().endsWith("-linux.gtk.x86_64.tar.gz")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Linux product archive in " + path("triage.products")
                            + "; build releng/org.triage.product first"));
        }
    }

    /** A folder of its own for this run, emptied first. */
    static Path work() throws IOException {
        Path work = path("triage.work");
        Folders.delete(work);
        return Files.createDirectories(work);
    }

    /** A folder of its own beside the main one, for a test class that must not share it, emptied first. */
    static Path work(String name) throws IOException {
        Path work = path("triage.work").resolveSibling(name);
        Folders.delete(work);
        return Files.createDirectories(work);
    }

    /** Whether Maven runs offline, so the example's build does too. */
    static boolean offline() {
        return Boolean.parseBoolean(System.getProperty("triage.offline", "false"));
    }

    /** The JDK the tests run on: the product's launcher and the example's build use it too. */
    static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; run the tests with Maven");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
