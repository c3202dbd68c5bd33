package org.triage.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.install.InstallException;
import org.triage.install.InstallPolicy;
import org.triage.install.JarSignature;

/** configuration/org.triage.install/policy.properties, and what it refuses. */
class InstallPolicyTest {

    private static final String SIGNER = "3f9a6c2e1b7d4a8f0c5e9b2d7a1f6c3e8b0d5a9f2c7e4b1d6a3f8c0e5b9d2a7f";
    private static final JarSignature UNSIGNED = new JarSignature(JarSignature.Status.UNSIGNED, null, null, null, "no signature");
    private static final JarSignature SIGNED = new JarSignature(JarSignature.Status.SIGNED, "CN=Example Corp", SIGNER,
            Instant.parse("2030-01-01T00:00:00Z"), null);
    private static final JarSignature TAMPERED = new JarSignature(JarSignature.Status.TAMPERED, null, null, null,
            "SHA-256 digest error for plugin.xml");

    @TempDir
    Path state;

    private InstallPolicy policy(String properties) throws Exception {
        Files.writeString(state.resolve(InstallPolicy.FILE_NAME), properties);
        return InstallPolicy.read(state);
    }

    @Test
    void withoutAPolicyFileUnsignedContentIsAcceptedButTamperedContentNever() throws Exception {
        InstallPolicy policy = InstallPolicy.read(state);

        assertFalse(policy.trustedOnly());
        assertEquals(List.of(), policy.refusals("bundle a", UNSIGNED));
        assertEquals(List.of(), policy.refusals("bundle a", SIGNED));
        assertEquals(1, policy.refusals("bundle a", TAMPERED).size());
        assertTrue(policy.describe().startsWith("unsigned content accepted (no "), policy.describe());
    }

    @Test
    void trustedOnlyRefusesUnsignedContentSayingWhich() throws Exception {
        InstallPolicy policy = policy("# signed content only\ntrustedOnly = true\n");

        assertTrue(policy.trustedOnly());
        assertEquals(List.of("bundle com.example.fix 1.0.0 is unsigned, and the policy accepts signed content only"),
                policy.refusals("bundle com.example.fix 1.0.0", UNSIGNED));
        assertEquals(List.of(), policy.refusals("bundle com.example.fix 1.0.0", SIGNED));
    }

    @Test
    void trustedSignersAreFingerprintsWithOrWithoutColonsAndImplySignedContentOnly() throws Exception {
        String withColons = String.join(":", SIGNER.toUpperCase().split("(?<=\\G..)"));
        InstallPolicy policy = policy("trustedSigners=" + withColons + ", \n");

        assertEquals(Set.of(SIGNER), policy.trustedSigners());
        assertTrue(policy.trustedOnly(), "a list of trusted signers means signed content only");
        assertEquals(List.of(), policy.refusals("bundle a", SIGNED));
        assertEquals(1, policy.refusals("bundle a", UNSIGNED).size());
        JarSignature otherSigner = new JarSignature(JarSignature.Status.SIGNED, "CN=Someone Else", "ab".repeat(32), null, null);
        assertTrue(policy.refusals("bundle a", otherSigner).get(0).contains("not among the policy's trusted signers"));
    }

    @Test
    void aSignatureWhoseCertificateExpiredSaysSo() {
        JarSignature expired = new JarSignature(JarSignature.Status.SIGNED, "CN=Example Corp", SIGNER,
                Instant.parse("2024-01-01T00:00:00Z"), null);

        assertTrue(expired.expiredAt(Instant.now()));
        assertTrue(expired.describe().endsWith(", whose certificate expired 2024-01-01T00:00:00Z"), expired.describe());
        assertFalse(SIGNED.describe().contains("expired"), SIGNED.describe());
    }

    @Test
    void theAdminCanAskForSignedContentOnlyForOneInstall() throws Exception {
        InstallPolicy policy = InstallPolicy.read(state).requiringTrust(true);

        assertTrue(policy.trustedOnly());
        assertEquals(1, policy.refusals("bundle a", UNSIGNED).size());
        assertFalse(InstallPolicy.read(state).requiringTrust(false).trustedOnly());
    }

    @ParameterizedTest
    @ValueSource(strings = { "trustedOnly=yes", "trustedonly=true", "trustedOnly=true\nallowDowngrade=true",
            "trustedSigners=not-a-fingerprint", "trustedSigners=3f9a" })
    void aPolicyThatIsNotUnderstoodRefusesEveryInstallInsteadOfFallingOpen(String properties) {
        InstallException refused = assertThrows(InstallException.class, () -> policy(properties));
        assertTrue(refused.getMessage().contains(state.resolve(InstallPolicy.FILE_NAME).toString()), refused.getMessage());
    }
}
