package org.triage.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Whether a jar is signed, checked as {@code jarsigner -verify} does: every entry's digest is checked against
 * the signed manifest, and every entry outside {@code META-INF/}'s signature files must be covered by one
 * signer. A jar whose content does not match its signature is {@link Status#TAMPERED}.
 *
 * @param status      what the check found
 * @param signer      the subject of the signer's certificate, where signed
 * @param fingerprint the SHA-256 fingerprint of the signer's certificate, lower-case hex as the p2 director's
 *                    {@code -trustedCertificates} takes it, where signed
 * @param notAfter    when the signer's certificate expires, where signed
 * @param detail      what an admin needs to know beyond the status: the first unsigned entry, the digest error
 */
public record JarSignature(Status status, String signer, String fingerprint, Instant notAfter, String detail) {

    public enum Status {
        SIGNED, UNSIGNED, PARTLY_SIGNED, TAMPERED
    }

    public static JarSignature of(Path jar) throws IOException {
        List<String> unsigned = new ArrayList<>();
        Set<Certificate> common = null;
        X509Certificate leaf = null;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            byte[] buffer = new byte[16384];
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                // the signature is checked as the entry is read to its end
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) != -1) {
                        // read to the end
                    }
                }
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    unsigned.add(entry.getName());
                    continue;
                }
                Set<Certificate> leaves = new LinkedHashSet<>();
                for (CodeSigner signer : signers) {
                    List<? extends Certificate> chain = signer.getSignerCertPath().getCertificates();
                    if (!chain.isEmpty()) {
                        leaves.add(chain.get(0));
                    }
                }
                if (common == null) {
                    common = leaves;
                } else {
                    common.retainAll(leaves);
                }
            }
        } catch (SecurityException e) {
            return new JarSignature(Status.TAMPERED, null, null, null, e.getMessage());
        }
        if (common == null) {
            return new JarSignature(Status.UNSIGNED, null, null, null, "the jar holds no signed entry");
        }
        if (!unsigned.isEmpty() || common.isEmpty()) {
            return new JarSignature(Status.PARTLY_SIGNED, null, null, null, unsigned.isEmpty()
                    ? "no one signer covers every entry" : unsigned.size() + " entries are not signed, e.g. " + unsigned.get(0));
        }
        for (Certificate certificate : common) {
            if (certificate instanceof X509Certificate x509) {
                leaf = x509;
                break;
            }
        }
        if (leaf == null) {
            return new JarSignature(Status.PARTLY_SIGNED, null, null, null, "the signer's certificate is not X.509");
        }
        return new JarSignature(Status.SIGNED, leaf.getSubjectX500Principal().getName(), fingerprint(leaf),
                leaf.getNotAfter().toInstant(), null);
    }

    /** The files jarsigner itself writes, which the signature cannot cover. */
    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        String file = upper.substring("META-INF/".length());
        return file.equals("MANIFEST.MF") || file.startsWith("SIG-") || Arrays.asList(".SF", ".RSA", ".DSA", ".EC")
                .stream().anyMatch(file::endsWith);
    }

    static String fingerprint(Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot take the SHA-256 fingerprint of a certificate", e);
        }
    }

    public boolean signed() {
        return status == Status.SIGNED;
    }

    /** Whether the signer's certificate had expired at the given time. */
    public boolean expiredAt(Instant time) {
        return notAfter != null && notAfter.isBefore(time);
    }

    /** One line for the admin: "signed by CN=… (SHA-256 ab12…)", "unsigned", "TAMPERED: …". */
    public String describe() {
        return switch (status) {
            case SIGNED -> "signed by " + signer + " (SHA-256 " + fingerprint + ")"
                    + (expiredAt(Instant.now()) ? ", whose certificate expired " + notAfter : "");
            case UNSIGNED -> "unsigned";
            case PARTLY_SIGNED -> "partly signed: " + detail;
            case TAMPERED -> "TAMPERED: its content does not match its signature (" + detail + ")";
        };
    }
}
