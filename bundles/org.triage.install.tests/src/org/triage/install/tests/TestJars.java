package org.triage.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Bundle jars for the tests, written entry by entry, and signed with jarsigner and a key keytool made. */
final class TestJars {

    /** A plugin.xml with one well-formed fix that declares its actions. */
    static final String ONE_FIX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plugin>
               <extension point="org.triage.core.fixes">
                  <fix id="com.example.vpn.reconnect" name="%fix.name" class="com.example.vpn.ReconnectFix"
                       destructive="false" needsElevation="true" reversible="true" order="25" timeoutSeconds="90">
                     <addresses cause="auth-endpoints-unreachable"/>
                     <appliesTo symptom="0x8004de40"/>
                     <uses action="command.run" subject="vpncli reconnect"/>
                  </fix>
                  <fix id="com.example.vpn.broken" class="com.example.vpn.BrokenFix">
                     <addresses cause="auth-endpoints-unreachable"/>
                  </fix>
               </extension>
            </plugin>
            """;

    private TestJars() {
    }

    /** A bundle jar with a manifest, the given plugin.xml (or none) and a class file's worth of bytes. */
    static Path bundle(Path folder, String symbolicName, String version, String pluginXml) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", symbolicName + ";singleton:=true");
        headers.put("Bundle-Version", version);
        headers.put("Bundle-Name", "%bundle.name");
        headers.put("Bundle-Vendor", "Example Corp");
        headers.put("Bundle-Localization", "plugin");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        if (pluginXml != null) {
            entries.put("plugin.xml", pluginXml.getBytes(StandardCharsets.UTF_8));
        }
        entries.put("plugin.properties", "bundle.name=Example VPN fixes\nfix.name=Reconnect the Example VPN\n"
                .getBytes(StandardCharsets.UTF_8));
        entries.put("com/example/vpn/ReconnectFix.class", new byte[] { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE });
        return jar(folder.resolve(symbolicName + "_" + version + ".jar"), headers, entries);
    }

    static Path jar(Path file, Map<String, String> headers, Map<String, byte[]> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
        return file;
    }

    /** Copies a jar, changing the bytes of one entry and keeping everything else, signatures included. */
    static Path tamper(Path signed, Path into, String entryName) throws IOException {
        try (JarFile in = new JarFile(signed.toFile(), false); OutputStream file = Files.newOutputStream(into);
                JarOutputStream out = new JarOutputStream(file)) {
            for (JarEntry entry : in.stream().toList()) {
                out.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    byte[] bytes = content.readAllBytes();
                    if (entry.getName().equals(entryName)) {
                        bytes[0] ^= 0x01;
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        return into;
    }

    /** Adds an entry to a signed jar, which its signature does not cover. */
    static Path addEntry(Path signed, Path into, String entryName) throws IOException {
        try (JarFile in = new JarFile(signed.toFile(), false); OutputStream file = Files.newOutputStream(into);
                JarOutputStream out = new JarOutputStream(file)) {
            for (JarEntry entry : in.stream().toList()) {
                out.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry(entryName));
            out.write("slipped in after signing".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return into;
    }

    /** A code-signing key in a PKCS#12 keystore, made by keytool. */
    record Signer(Path keystore, String password, String fingerprint) {

        static Signer generate(Path folder, String subject) throws Exception {
            Files.createDirectories(folder);
            Path keystore = folder.resolve("signer.p12");
            String password = "test-" + ProcessHandle.current().pid();
            run(List.of(tool("keytool"), "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                    "-storepass", password, "-alias", "signer", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                    subject, "-validity", "7"));
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, password.toCharArray());
            }
            byte[] encoded = store.getCertificate("signer").getEncoded();
            return new Signer(keystore, password,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded)));
        }

        /** Signs the jar in place with jarsigner. */
        Path sign(Path jar) throws Exception {
            run(List.of(tool("jarsigner"), "-keystore", keystore.toString(), "-storepass", password, jar.toString(),
                    "signer"));
            return jar;
        }
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        process.getInputStream().transferTo(output);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        assertEquals(0, process.exitValue(), command + "\n" + output.toString(StandardCharsets.UTF_8));
    }
}
