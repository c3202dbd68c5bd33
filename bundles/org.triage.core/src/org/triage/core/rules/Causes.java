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
    public static final String CONDITIONAL_ACCESS_BLOCKED = "conditional-access-blocked";
    public static final String MFA_REQUIRED_BY_POLICY = "mfa-required-by-policy";
    public static final String TOKEN_BROKER_STATE_CORRUPTED = "token-broker-state-corrupted";

    /** Who an admin-side cause is handed to: nothing on the workstation repairs it. */
    public static final String ENTRA_ADMIN = "the Entra ID admin";

    /**
     * @param advice   what to do where no installed fix addresses the cause; null where a fix of the guide does
     * @param handedTo who fixes it where it is fixed outside the workstation (a tenant's policy): the playbook hands
     *                 it over with the advice and never reports it resolved; null where the workstation is repaired
     */
    public record Cause(String id, String title, int rank, String advice, String handedTo) {

        Cause(String id, String title, int rank, String advice) {
            this(id, title, rank, advice, null);
        }

        Cause(String id, String title, int rank) {
            this(id, title, rank, null, null);
        }
    }

    private static final List<Cause> KNOWN = List.of(
            new Cause(DEVICE_DISABLED_IN_ENTRA, "The device is disabled or deleted in Entra ID (fixed by an admin)", 0),
            new Cause(DEVICE_REGISTRATION_BROKEN, "Device registration in Entra ID is broken", 0),
            new Cause(CONDITIONAL_ACCESS_BLOCKED, "Conditional Access blocks the sign-in (decided by an admin)", 0,
                    "in the Microsoft Entra admin center > Sign-in logs, find the failed sign-in by the correlation id the"
                    + " finding names; its Conditional Access tab names the policy that blocked it and why (a blocked"
                    + " location such as the VPN's egress address, an unsupported client app, or a device that is not"
                    + " compliant or not Entra hybrid joined: check its compliance in Intune > Devices); the admin"
                    + " changes the policy or the device's state, then the user signs in again", ENTRA_ADMIN),
            new Cause(MFA_REQUIRED_BY_POLICY, "A changed policy requires multi-factor authentication", 0,
                    "in the Microsoft Entra admin center > Sign-in logs, find the sign-in by the correlation id the"
                    + " finding names and read which policy requires MFA (a Conditional Access grant control, per-user"
                    + " MFA, or a named location the VPN's egress address left); for AADSTS50079 the user registers"
                    + " a method first (https://aka.ms/mfasetup); then the user signs in to the app interactively once"
                    + " and completes the prompt", ENTRA_ADMIN),
            new Cause(DNS_RESOLUTION_FAILURE, "Sign-in endpoints do not resolve", 1),
            new Cause(AUTH_ENDPOINTS_UNREACHABLE, "Sign-in endpoints are unreachable", 1),
            new Cause(PROXY_BLOCKS_AUTH, "The proxy blocks sign-in", 1, "let the sign-in endpoints"
                    + " (login.microsoftonline.com, login.microsoft.com, *.msftauth.net, *.msauth.net) through the proxy"
                    + " without authentication, or bypass it for them"),
            new Cause(TLS_INSPECTION, "TLS to sign-in endpoints is intercepted", 1, "exempt the sign-in endpoints from"
                    + " TLS inspection: Entra ID token requests fail when their certificate chain is replaced"),
            new Cause(VPN_SESSION_OUTLASTS_TOKEN, "The VPN session outlasts the token, whose renewal does not get through", 1),
            new Cause(STALE_CACHED_CREDENTIALS, "Cached credentials are stale", 2),
            new Cause(VPN_REMEMBERS_OLD_PASSWORD, "The VPN remembers the password from before the change", 2),
            new Cause(PRT_MISSING_OR_STALE, "The Primary Refresh Token is missing or stale", 2),
            new Cause(TOKEN_BROKER_STATE_CORRUPTED, "The token broker's own state is damaged", 2),
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

    /** Who fixes the cause outside the workstation; empty where the workstation is repaired. */
    public static Optional<String> handedTo(String id) {
        return byId(id).map(Cause::handedTo);
    }
}
