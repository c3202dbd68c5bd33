package org.triage.core.rules;

import java.util.List;
import java.util.Optional;

/**
 * The product's cause ids: a public contract that scripts and third-party fixes rely on. The causes themselves (title,
 * rank, advice) are contributions to {@code org.triage.core.rules}, the product's in org.triage.fixes.m365/plugin.xml
 * (a new cause = one {@code <cause>} element there, and a constant here where code refers to it); a third party
 * declares its own the same way. The lookups read the running product's {@link RuleRegistry}.
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
    public static final String CONDITIONAL_ACCESS_BLOCKED = "conditional-access-blocked";
    public static final String MFA_REQUIRED_BY_POLICY = "mfa-required-by-policy";
    public static final String TOKEN_BROKER_STATE_CORRUPTED = "token-broker-state-corrupted";

    /** Who an admin-side cause is handed to: nothing on the workstation repairs it. */
    public static final String ENTRA_ADMIN = "the Entra ID admin";

    /** A cause that declares no rank, or that no contribution declares, ranks after the product's. */
    public static final int UNKNOWN_RANK = 4;

    private Causes() {
    }

    /** The causes the running product declares, the product's and third parties'. */
    public static List<CauseDescriptor> known() {
        return RuleRegistry.read().causes();
    }

    public static Optional<CauseDescriptor> byId(String id) {
        return RuleRegistry.read().cause(id);
    }

    public static int rank(String id) {
        return byId(id).map(CauseDescriptor::rank).orElse(UNKNOWN_RANK);
    }

    public static String title(String id) {
        return byId(id).map(CauseDescriptor::title).orElse(id);
    }

    public static Optional<String> advice(String id) {
        return byId(id).map(CauseDescriptor::advice);
    }

    /** Who fixes the cause outside the workstation; empty where the workstation is repaired. */
    public static Optional<String> handedTo(String id) {
        return byId(id).map(CauseDescriptor::handedTo);
    }
}
