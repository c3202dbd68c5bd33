package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.probe.Probe;
import org.triage.core.probe.ProbeDescriptor;
import org.triage.core.rules.CauseDescriptor;
import org.triage.core.rules.Causes;
import org.triage.core.rules.RuleDescriptor;
import org.triage.core.rules.RuleRegistry;

/**
 * The product's own probes, causes and rules are contributions (issue 15, item 1): core's plugin.xml declares the
 * probes, org.triage.fixes.m365's the causes and rules, and nothing is read from a closed list.
 */
class RuleRegistryTest {

    private final RuleRegistry registry = RuleRegistry.read();

    @Test
    void theProductsProbesAreContributedInTheOrderTheViewsListThem() {
        assertEquals(List.of("credentials.cached", "vpn.connections", "vpn.adapters", "vpn.clients", "vpn.routes",
                "registration.dsregcmd", "registration.token-broker-events", "endpoints.proxy", "endpoints.tls-settings",
                "endpoints.clock", "endpoints.reachability"),
                registry.probes().stream().map(ProbeDescriptor::id).toList());
        assertTrue(registry.probes().stream().allMatch(probe -> probe.contributor().equals("org.triage.core")));
        assertEquals(registry.probes().stream().map(ProbeDescriptor::id).toList(),
                DiagnosisEngine.standard().probes().stream().map(Probe::id).toList());
    }

    @Test
    void theProductsCausesKeepTheirPublicIdsRanksAndAdvice() {
        Map<String, Integer> ranks = registry.causes().stream()
                .collect(Collectors.toMap(CauseDescriptor::id, CauseDescriptor::rank));
        assertEquals(Map.ofEntries(Map.entry(Causes.DEVICE_DISABLED_IN_ENTRA, 0), Map.entry(Causes.DEVICE_REGISTRATION_BROKEN, 0),
                Map.entry(Causes.DNS_RESOLUTION_FAILURE, 1), Map.entry(Causes.AUTH_ENDPOINTS_UNREACHABLE, 1),
                Map.entry(Causes.PROXY_BLOCKS_AUTH, 1), Map.entry(Causes.TLS_INSPECTION, 1),
                Map.entry(Causes.VPN_SESSION_OUTLASTS_TOKEN, 1), Map.entry(Causes.STALE_CACHED_CREDENTIALS, 2),
                Map.entry(Causes.VPN_REMEMBERS_OLD_PASSWORD, 2), Map.entry(Causes.PRT_MISSING_OR_STALE, 2),
                Map.entry(Causes.FULL_TUNNEL_VPN, 3), Map.entry(Causes.TLS12_DISABLED, 1), Map.entry(Causes.CLOCK_SKEW, 1),
                Map.entry(Causes.CONDITIONAL_ACCESS_BLOCKED, 0), Map.entry(Causes.MFA_REQUIRED_BY_POLICY, 0),
                Map.entry(Causes.TOKEN_BROKER_STATE_CORRUPTED, 2)), ranks);
        assertTrue(registry.causes().stream().allMatch(cause -> cause.contributor().equals("org.triage.fixes.m365")));
        assertEquals("Cached credentials are stale", Causes.title(Causes.STALE_CACHED_CREDENTIALS));
        assertTrue(Causes.advice(Causes.FULL_TUNNEL_VPN).orElseThrow().contains("split tunnelling"));
        assertTrue(Causes.advice(Causes.STALE_CACHED_CREDENTIALS).isEmpty(), "a fix of the guide addresses it");
        assertEquals(Causes.ENTRA_ADMIN, Causes.handedTo(Causes.CONDITIONAL_ACCESS_BLOCKED).orElseThrow());
        assertEquals(Causes.ENTRA_ADMIN, Causes.handedTo(Causes.MFA_REQUIRED_BY_POLICY).orElseThrow());
        assertTrue(Causes.handedTo(Causes.STALE_CACHED_CREDENTIALS).isEmpty(), "the workstation is repaired");
        assertEquals(Causes.UNKNOWN_RANK, Causes.rank("com.example.never-declared"));
        assertEquals("com.example.never-declared", Causes.title("com.example.never-declared"));
    }

    @Test
    void theProductsRulesDeclareWhatTheyReadAndReport() throws Exception {
        assertEquals(List.of("password-rejected", "prt-missing", "credentials-older-than-password", "device-auth-failed",
                "full-tunnel", "endpoint-reachability", "vpn-session-outlasts-token", "vpn-remembers-old-password",
                "device-join-failed", "tls12-disabled", "clock-skew", "conditional-access-blocked", "mfa-required-by-policy",
                "tokens-revoked-by-password-change", "token-broker-corrupted"), registry.rules().stream().map(RuleDescriptor::id).toList());
        Set<String> probes = registry.probes().stream().map(ProbeDescriptor::id).collect(Collectors.toSet());
        Set<String> causes = registry.causes().stream().map(CauseDescriptor::id).collect(Collectors.toSet());
        for (RuleDescriptor rule : registry.rules()) {
            assertEquals("org.triage.fixes.m365", rule.contributor(), rule.toString());
            assertTrue(rule.reads().stream().allMatch(read -> probes.contains(read.probe())), rule.toString());
            assertFalse(rule.reports().isEmpty(), rule.toString());
            assertTrue(causes.containsAll(rule.reports()), rule.toString());
            assertEquals(rule.id(), rule.rule().id(), "its class is created and says its declared id");
            Set<String> declared = rule.reads().stream().map(RuleDescriptor.Read::probe).collect(Collectors.toSet());
            assertTrue(declared.containsAll(rule.rule().reads()), rule + " reads what it declares: " + rule.rule().reads());
        }
        assertEquals(List.of(), registry.problems(), "the product's own contributions are well formed");
    }
}
