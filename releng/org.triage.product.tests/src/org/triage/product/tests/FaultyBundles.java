package org.triage.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The misbehaving fix bundles under resources/faulty-bundles, compiled with javac against the installed
 * product's own bundles and packed as jars, as a vendor's quick build would.
 */
final class FaultyBundles {

    static final String THROWING = "com.example.faulty.throwing";
    static final String HANGING = "com.example.faulty.hanging";
    static final String HANGING_FEATURE = "com.example.faulty.hanging.feature";

    /** What the compiler needs of the product: the Fix API and what its signatures name. */
    private static final List<String> API_BUNDLES = List.of("org.triage.core_", "org.triage.model_",
            "org.eclipse.equinox.common_", "org.eclipse.emf.ecore_", "org.eclipse.emf.common_");

    private FaultyBundles() {
    }

    static Path sources() {
        return Environment.root().resolve("releng/org.triage.product.tests/resources/faulty-bundles");
    }

    /** Compiles the bundle and writes {@code <name>_1.0.0.jar} into {@code folder}. */
    static Path build(String name, ProductUnderTest product, Path work, Path folder) throws IOException {
        Path source = sources().resolve(name);
        Path classes = Files.createDirectories(work.resolve(name + "-classes"));
        List<String> javaFiles;
        try (Stream<Path> files = Files.walk(source.resolve("src"))) {
            javaFiles = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        List<String> classpath = new ArrayList<>();
        for (String prefix : API_BUNDLES) {
            classpath.add(product.pluginsNamed(prefix).stream().findFirst().map(jar -> product.plugins().resolve(jar).toString())
                    .orElseThrow(() -> new AssertionError("the product has no " + prefix + "*.jar")));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        List<String> options = List.of("--release", "21", "-d", classes.toString(), "-cp",
                String.join(java.io.File.pathSeparator, classpath));
        boolean compiled = javac.getTask(diagnostics, null, null, options, null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromStrings(javaFiles))
                .call();
        assertTrue(compiled, "javac failed for " + name + ":\n" + diagnostics);

        Manifest manifest;
        try (InputStream in = Files.newInputStream(source.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        Files.createDirectories(folder);
        Path jar = folder.resolve(name + "_1.0.0.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            add(out, "plugin.xml", source.resolve("plugin.xml"));
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path classFile : files.filter(Files::isRegularFile).sorted().toList()) {
                    add(out, classes.relativize(classFile).toString().replace('\\', '/'), classFile);
                }
            }
        }
        return jar;
    }

    static final String FRAGMENT = "com.example.fragment";

    /**
     * An unsigned fragment of {@code host} whose fragment.xml contributes a fix implemented by a class of the host:
     * code that would run inside the host's class loader, under the host's name were it credited to the host.
     */
    static Path fragmentOf(String host, Path folder) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        // only singletons may contribute extensions
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", FRAGMENT + ";singleton:=true");
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        manifest.getMainAttributes().putValue("Fragment-Host", host);
        String fragmentXml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?eclipse version="3.4"?>
                <fragment>
                   <extension point="org.triage.core.fixes">
                      <fix id="m365.fragment-reset" name="Reset OneDrive (from a fragment)"
                           class="org.triage.fixes.m365.OneDriveResetFix" destructive="true" order="1">
                         <addresses cause="stale-cached-credentials"/>
                         <appliesTo symptom="0x8004de40"/>
                         <uses action="onedrive.reset"/>
                      </fix>
                   </extension>
                </fragment>
                """;
        Files.createDirectories(folder);
        Path jar = folder.resolve(FRAGMENT + "_1.0.0.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("fragment.xml"));
            out.write(fragmentXml.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** The hanging bundle as a dropins folder with features/ and plugins/, as p2 lays an installation out. */
    static Path buildHangingAsFolder(ProductUnderTest product, Path work, Path dropins) throws IOException {
        Path folder = dropins.resolve("example-hanging");
        build(HANGING, product, work, folder.resolve("plugins"));
        Path feature = Files.createDirectories(folder.resolve("features/" + HANGING_FEATURE + "_1.0.0"));
        Files.copy(sources().resolve(HANGING_FEATURE + "/feature.xml"), feature.resolve("feature.xml"));
        return folder;
    }

    private static void add(JarOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new JarEntry(name));
        Files.copy(file, out);
        out.closeEntry();
    }

}
