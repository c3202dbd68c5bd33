package org.triage.install;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * What the product accepts, from {@code configuration/org.triage.install/policy.properties}:
 * <pre>
 * # refuse content that is not signed
 * trustedOnly=true
 * # accept only content signed by these signers (implies trustedOnly): SHA-256 fingerprints of their
 * # certificates, hex, colons allowed
 * trustedSigners=3f9a...e1, 77:0b:...:9c
 * </pre>
 * Without the file everything is accepted (and still shown before it is installed). A file that cannot be
 * read or holds a value that is not understood refuses every install until it is corrected: a policy that
 * is meant to protect must not silently fall open.
 *
 * @param trustedOnly    refuse unsigned, partly signed and tampered content
 * @param trustedSigners where not empty, refuse content signed by anyone else
 * @param file           where it was read from, for messages
 */
public record InstallPolicy(boolean trustedOnly, Set<String> trustedSigners, Path file) {

    public static final String FILE_NAME = "policy.properties";
    private static final Set<String> KEYS = Set.of("trustedOnly", "trustedSigners");

    public InstallPolicy {
        trustedSigners = Set.copyOf(trustedSigners);
    }

    /** @throws InstallException where the file exists but cannot be read or understood */
    public static InstallPolicy read(Path stateDir) throws InstallException {
        Path file = stateDir.resolve(FILE_NAME);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            return new InstallPolicy(false, Set.of(), file);
        } catch (IOException | IllegalArgumentException e) {
            throw new InstallException("the install policy " + file + " cannot be read (" + e.getMessage()
                    + "); nothing is installed until it is corrected", e);
        }
        List<String> unknown = properties.stringPropertyNames().stream().filter(key -> !KEYS.contains(key)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InstallException("the install policy " + file + " has settings it does not know: " + unknown
                    + " (known: trustedOnly, trustedSigners); nothing is installed until it is corrected");
        }
        String trustedOnly = properties.getProperty("trustedOnly", "false").strip().toLowerCase(Locale.ROOT);
        if (!trustedOnly.equals("true") && !trustedOnly.equals("false")) {
            throw new InstallException("the install policy " + file + " says trustedOnly=" + trustedOnly
                    + "; write true or false");
        }
        Set<String> signers = new LinkedHashSet<>();
        for (String signer : properties.getProperty("trustedSigners", "").split(",")) {
            String hex = signer.strip().replace(":", "").toLowerCase(Locale.ROOT);
            if (hex.isEmpty()) {
                continue;
            }
            if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new InstallException("the install policy " + file + " names a trusted signer that is not a"
                        + " SHA-256 fingerprint (64 hex digits): " + signer.strip());
            }
            HexFormat.of().parseHex(hex);
            signers.add(hex);
        }
        return new InstallPolicy(trustedOnly.equals("true") || !signers.isEmpty(), signers, file);
    }

    /** This policy, with trusted-only switched on where the admin asked for it ({@code --trusted-only}). */
    public InstallPolicy requiringTrust(boolean asked) {
        return asked && !trustedOnly ? new InstallPolicy(true, trustedSigners, file) : this;
    }

    /** Why the policy refuses an artifact with this signature; empty where it accepts it. */
    public List<String> refusals(String artifact, JarSignature signature) {
        List<String> refusals = new ArrayList<>();
        if (signature.status() == JarSignature.Status.TAMPERED) {
            refusals.add(artifact + " is " + signature.describe()); // refused under any policy
        } else if (trustedOnly && !signature.signed()) {
            refusals.add(artifact + " is " + signature.describe() + ", and the policy accepts signed content only");
        } else if (signature.signed() && !trustedSigners.isEmpty() && !trustedSigners.contains(signature.fingerprint())) {
            refusals.add(artifact + " is " + signature.describe() + ", who is not among the policy's trusted signers");
        }
        return refusals;
    }

    /** One line for the admin. */
    public String describe() {
        String signers = trustedSigners.isEmpty() ? "" : "; trusted signers: " + String.join(", ", trustedSigners);
        return (trustedOnly ? "signed content only" : "unsigned content accepted") + signers
                + (Files.exists(file) ? " (" + file + ")" : " (no " + file + ")");
    }

    @Override
    public String toString() {
        return describe();
    }
}
