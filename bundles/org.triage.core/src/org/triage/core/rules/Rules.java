package org.triage.core.rules;

import java.util.List;

/** The rules a diagnosis applies. */
public final class Rules {

    private static final List<Rule> BUILT_IN = List.of(new PasswordRejectedRule(), new PrtMissingRule(),
            new CredentialsOlderThanPasswordRule(), new DeviceAuthFailedRule(), new FullTunnelRule(),
            new EndpointReachabilityRule(), new VpnSessionOutlastsTokenRule(),
            new VpnRemembersOldPasswordRule(), new DeviceJoinFailedRule(), new ConditionalAccessBlockedRule(),
            new MfaRequiredRule(), new TokensRevokedByPasswordChangeRule(), new TokenBrokerCorruptedRule());

    private Rules() {
    }

    public static List<Rule> builtIn() {
        return BUILT_IN;
    }
}
