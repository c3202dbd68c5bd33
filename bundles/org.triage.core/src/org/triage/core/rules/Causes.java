package org.triage.core.rules;

import java.util.List;
import java.util.Optional;

/**
 * The cause ids findings use: a public contract that scripts and third-party fixes rely on. The rank
 * orders a playbook where the evidence overrides the guide's order: a device that cannot authenticate
 * at all is repaired before a network path, a network path before the user's credentials.
 */
public final class Causes {

    public static final String STALE_CACHED_CREDENTIALS = "stale-cached-credentials";
    public static final String PRT_MISSING_OR_STALE = "prt-missing-or-stale";
    public static final String DEVICE_REGISTRATION_BROKEN = "device-registration-broken";
    public static final String AUTH_ENDPOINTS_UNREACHABLE = "auth-endpoints-unreachable";
    public static final String FULL_TUNNEL_VPN = "full-tunnel-vpn";
    public static final String DNS_RESOLUTION_FAILURE = "dns-resolution-failure";
    public static final String PROXY_BLOCKS_AUTH = "proxy-blocks-auth";
    public static final String TLS_INSPECTION = "tls-inspection";
    public static final String VPN_SESSION_OUTLASTS_TOKEN = "vpn-session-outlasts-token";
    public static final String VPN_REMEMBERS_OLD_PASSWORD = "vpn-remembers-old-password";
    public static final String DEVICE_DISABLED_IN_ENTRA = "device-disabled-in-entra";
    public static final String TLS12_DISABLED = "tls12-disabled";
    public static final String CLOCK_SKEW = "clock-skew";

    /** @param advice what to do where no installed fix addresses the cause; null where a fix of the guide does */
    public record Cause(String id, String title, int rank, String advice) {

        Cause(String id, String title, int rank) {
            this(id, title, rank, null);
        }
    }

    private static final List<Cause> KNOWN = List.of(
            new Cause(DEVICE_DISABLED_IN_ENTRA, "The device is disabled or deleted in Entra ID (fixed by an admin)", 0),
            new Cause(DEVICE_REGISTRATION_BROKEN, "Device registration in Entra ID is broken", 0),
            new Cause(DNS_RESOLUTION_FAILURE, "Sign-in endpoints do not resolve", 1),
            new Cause(AUTH_ENDPOINTS_UNREACHABLE, "Sign-in endpoints are unreachable", 1),
            new Cause(PROXY_BLOCKS_AUTH, "The proxy blocks sign-in", 1, "let the sign-in endpoints"
                    + " (login.microsoftonline.com, login.microsoft.com, *.msftauth.net, *.msauth.net) through the proxy"
                    + " without authentication, or bypass it for them"),
            new Cause(TLS_INSPECTION, "TLS to sign-in endpoints is intercepted", 1, "exempt the sign-in endpoints from"
                    + " TLS inspection: Entra ID token requests fail when their certificate chain is replaced"),
            new Cause(TLS12_DISABLED, "TLS 1.2 or the cipher suites Microsoft 365 requires are disabled", 1),
            new Cause(CLOCK_SKEW, "The clock is off by more than Entra ID tolerates", 1),
            new Cause(VPN_SESSION_OUTLASTS_TOKEN, "The VPN session outlasts the token, whose renewal does not get through", 1),
            new Cause(STALE_CACHED_CREDENTIALS, "Cached credentials are stale", 2),
            new Cause(VPN_REMEMBERS_OLD_PASSWORD, "The VPN remembers the password from before the change", 2),
            new Cause(PRT_MISSING_OR_STALE, "The Primary Refresh Token is missing or stale", 2),
            new Cause(FULL_TUNNEL_VPN, "Sign-in traffic goes through a full-tunnel VPN", 3, "ask the VPN team to route"
                    + " the Entra ID ranges (20.190.128.0/18, 40.126.0.0/18) and Microsoft 365's Optimize ranges outside"
                    + " the tunnel (split tunnelling), as Microsoft recommends"));

    /** Causes this product does not know (a third party's) rank after the known ones. */
    public static final int UNKNOWN_RANK = 4;

    private Causes() {
    }

    public static List<Cause> known() {
        return KNOWN;
    }

    public static Optional<Cause> byId(String id) {
        return KNOWN.stream().filter(cause -> cause.id().equals(id)).findFirst();
    }

    public static int rank(String id) {
        return byId(id).map(Cause::rank).orElse(UNKNOWN_RANK);
    }

    public static String title(String id) {
        return byId(id).map(Cause::title).orElse(id);
    }

    public static Optional<String> advice(String id) {
        return byId(id).map(Cause::advice);
    }
}
