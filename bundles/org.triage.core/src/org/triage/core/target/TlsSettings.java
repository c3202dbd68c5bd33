package org.triage.core.target;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What decides whether Windows' TLS (Schannel) can reach Microsoft 365: the SCHANNEL protocol keys of the client
 * side, WinHTTP's default protocols, the .NET Framework's strong-crypto switches, the cipher suites
 * {@code Get-TlsCipherSuite} lists and the cipher suite order a policy sets. A null value was not set (Windows'
 * default applies); a null list could not be read.
 *
 * @param protocols                    the client side of each protocol key that exists, TLS 1.0 to TLS 1.3
 * @param winHttpDefaultSecureProtocols {@code HKLM\...\Internet Settings\WinHttp DefaultSecureProtocols}
 * @param cipherSuites                 {@code Get-TlsCipherSuite} in order; null where it could not be read
 * @param cipherSuiteOrderPolicy       the {@code Functions} value of the SSL configuration policy, in order;
 *                                     null where no policy sets it
 */
public record TlsSettings(List<Protocol> protocols, Integer winHttpDefaultSecureProtocols, Integer schUseStrongCrypto,
        Integer systemDefaultTlsVersions, List<CipherSuite> cipherSuites, List<String> cipherSuiteOrderPolicy) {

    /** Where the protocol keys are; each has a {@code Client} subkey with {@code Enabled} and {@code DisabledByDefault}. */
    public static final String SCHANNEL_PROTOCOLS = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols";
    public static final String WINHTTP_KEY = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp";
    public static final String DOTNET_KEY = "HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319";
    /** The cipher suite order that the "SSL Cipher Suite Order" group policy writes (a comma-separated string). */
    public static final String CIPHER_SUITE_ORDER_POLICY_KEY = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002";
    public static final String CIPHER_SUITE_ORDER_POLICY_VALUE = "Functions";
    /** The bit of {@code DefaultSecureProtocols} that turns TLS 1.2 on for WinHTTP. */
    public static final int WINHTTP_TLS12 = 0x800;

    /**
     * The TLS 1.2 cipher suites Microsoft 365's front door (Azure Front Door) supports, which Microsoft's article on
     * OneDrive error 0x8004de40 asks to have enabled and at the top of the order.
     */
    public static final List<String> REQUIRED_CIPHER_SUITES = List.of("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256");
    public static final String REQUIRED_CIPHER_SUITES_SOURCE =
            "https://learn.microsoft.com/en-us/sharepoint/troubleshoot/administration/error-0x8004de40-in-onedrive";

    public TlsSettings {
        protocols = protocols == null ? List.of() : List.copyOf(protocols);
        cipherSuites = cipherSuites == null ? null : List.copyOf(cipherSuites);
        cipherSuiteOrderPolicy = cipherSuiteOrderPolicy == null ? null : List.copyOf(cipherSuiteOrderPolicy);
    }

    /**
     * The client side of one SCHANNEL protocol key.
     *
     * @param name              {@code TLS 1.2}, as the key is named
     * @param enabled           {@code Enabled}, null where not set
     * @param disabledByDefault {@code DisabledByDefault}, null where not set
     */
    public record Protocol(String name, Integer enabled, Integer disabledByDefault) {

        /** The key of this protocol's client side. */
        public String clientKey() {
            return SCHANNEL_PROTOCOLS + "\\" + name + "\\Client";
        }

        /**
         * Whether apps that use the system's defaults (WinHTTP, WinINET: OneDrive, Office, the token broker) get it:
         * not where {@code Enabled} is 0 or {@code DisabledByDefault} is 1; null where neither is set, as Windows'
         * default then applies.
         */
        public Boolean offeredByDefault() {
            if (Integer.valueOf(0).equals(enabled) || Integer.valueOf(1).equals(disabledByDefault)) {
                return false;
            }
            return enabled == null && disabledByDefault == null ? null : true;
        }
    }

    /**
     * A cipher suite {@code Get-TlsCipherSuite} lists: it is enabled, in this position of the order.
     *
     * @param id        the IANA number ({@code CipherSuite}), e.g. 0xC030; null where not given
     * @param protocols the protocol numbers it may be used with (0x0303 is TLS 1.2), as Get-TlsCipherSuite gives them
     */
    public record CipherSuite(String name, Integer id, List<Integer> protocols) {

        public CipherSuite {
            protocols = protocols == null ? List.of() : List.copyOf(protocols);
        }
    }

    public Optional<Protocol> protocol(String name) {
        return protocols.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Whether TLS 1.2 is offered to clients: false where its client key disables it; true where it enables it or
     * is not set (Windows 8.1 and later offer TLS 1.2 by default).
     */
    public boolean tls12Offered() {
        return !Boolean.FALSE.equals(protocol("TLS 1.2").map(Protocol::offeredByDefault).orElse(null));
    }

    /** Whether WinHTTP's own default leaves TLS 1.2 out: a {@code DefaultSecureProtocols} without its bit. */
    public boolean winHttpLacksTls12() {
        return winHttpDefaultSecureProtocols != null && (winHttpDefaultSecureProtocols & WINHTTP_TLS12) == 0;
    }

    /** The required suites that are enabled, in the order of the list; empty where the list is not known. */
    public List<String> requiredSuitesEnabled() {
        if (cipherSuites == null) {
            return List.of();
        }
        return REQUIRED_CIPHER_SUITES.stream().filter(required -> cipherSuites.stream()
                .anyMatch(suite -> suite.name() != null && suite.name().equalsIgnoreCase(required))).toList();
    }

    /**
     * The required suites a policy's cipher suite order leaves out (Schannel offers only the suites the policy
     * lists); empty where no policy sets the order.
     */
    public List<String> requiredSuitesMissingFromPolicy() {
        if (cipherSuiteOrderPolicy == null) {
            return List.of();
        }
        List<String> listed = cipherSuiteOrderPolicy.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList();
        return REQUIRED_CIPHER_SUITES.stream().filter(required -> !listed.contains(required)).toList();
    }
}
