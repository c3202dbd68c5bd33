package org.triage.net;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.security.auth.x500.X500Principal;

/**
 * How a server's certificate chain is judged: it must validate against a trust store (and name the host),
 * and come from an issuer expected for Microsoft's endpoints. A chain that fails either is what TLS
 * inspection looks like: a proxy or security product that presents its own certificate.
 */
public final class TlsTrust {

    /** The organisations whose CAs issue the certificates of Microsoft's sign-in endpoints. */
    public static final List<String> MICROSOFT_ISSUERS = List.of("Microsoft Corporation", "DigiCert Inc");

    private final X509ExtendedTrustManager trustManager;
    private final List<String> expectedIssuers;
    private final String description;

    private TlsTrust(X509ExtendedTrustManager trustManager, List<String> expectedIssuers, String description) {
        this.trustManager = trustManager;
        this.expectedIssuers = List.copyOf(expectedIssuers);
        this.description = description;
    }

    /** The JDK's trust store ({@code javax.net.ssl.trustStore}, else {@code cacerts}); Microsoft's issuers. */
    public static TlsTrust jdkDefault() {
        return create(null, MICROSOFT_ISSUERS, "the JDK trust store");
    }

    /**
     * @param trustAnchors            the CAs to trust
     * @param expectedIssuerOrganisations the {@code O=} names of the issuers a genuine chain comes from
     */
    public static TlsTrust of(KeyStore trustAnchors, List<String> expectedIssuerOrganisations) {
        return create(trustAnchors, expectedIssuerOrganisations, "a trust store of the caller's");
    }

    private static TlsTrust create(KeyStore anchors, List<String> expected, String description) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(anchors);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager x509) {
                    return new TlsTrust(x509, expected, description);
                }
            }
            throw new IllegalStateException("the JDK offers no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the trust store: " + e.getMessage(), e);
        }
    }

    /** The trust manager that validates chains (thread-safe, shared by all tests of a suite). */
    public X509ExtendedTrustManager trustManager() {
        return trustManager;
    }

    public List<String> expectedIssuers() {
        return expectedIssuers;
    }

    /** Whether a certificate of the chain was issued by one of the expected organisations. */
    public boolean expectedIssuer(List<X509Certificate> chain) {
        return chain.stream().map(certificate -> organisation(certificate.getIssuerX500Principal()))
                .flatMap(Optional::stream)
                .anyMatch(organisation -> expectedIssuers.stream().anyMatch(organisation::equalsIgnoreCase));
    }

    /** The {@code O=} part of a distinguished name, where it has one. */
    public static Optional<String> organisation(X500Principal principal) {
        return attribute(principal, "O");
    }

    /** The value of one attribute (CN, O, ...) of a distinguished name. */
    public static Optional<String> attribute(X500Principal principal, String type) {
        for (String part : rdns(principal.getName(X500Principal.RFC2253))) {
            int equals = part.indexOf('=');
            if (equals > 0 && part.substring(0, equals).trim().toUpperCase(Locale.ROOT).equals(type)) {
                return Optional.of(unescape(part.substring(equals + 1).trim()));
            }
        }
        return Optional.empty();
    }

    /** {@code CN=..., O=...}: the common name and organisation, which is what an admin compares. */
    public static String describe(X500Principal principal) {
        List<String> parts = new ArrayList<>();
        attribute(principal, "CN").ifPresent(cn -> parts.add("CN=" + cn));
        organisation(principal).ifPresent(o -> parts.add("O=" + o));
        return parts.isEmpty() ? principal.getName(X500Principal.RFC2253) : String.join(", ", parts);
    }

    private static List<String> rdns(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean escaped = false;
        for (char c : name.toCharArray()) {
            if (escaped) {
                current.append('\\').append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == ',' || c == '+') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unescape(String value) {
        return value.replaceAll("\\\\(.)", "$1");
    }

    @Override
    public String toString() {
        return description + "; expected issuers: " + String.join(", ", expectedIssuers);
    }
}
