package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.core.tests.support.Drafts.causes;
import static org.triage.core.tests.support.Drafts.only;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.triage.core.probe.EndpointsProbe;
import org.triage.core.probe.ProxyProbe;
import org.triage.core.rules.Causes;
import org.triage.core.rules.EndpointReachabilityRule;
import org.triage.core.rules.FindingDraft;
import org.triage.core.session.Facts;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.ProxySettings;
import org.triage.core.tests.support.ScriptedTarget;
import org.triage.model.Observation;
import org.triage.model.Severity;

/** Sign-in endpoints that do not resolve, do not answer, are intercepted, or fail behind a proxy. */
class EndpointReachabilityRuleTest {

    private static final String LOGIN = "login.microsoftonline.com";
    private static final ProxySettings DIRECT = new ProxySettings("WinHTTP", true, List.of(), List.of(), null);
    private static final ProxySettings WINHTTP_PROXY = new ProxySettings("WinHTTP", false,
            List.of("proxy.contoso.com:8080"), List.of("<local>"), null);

    private final EndpointReachabilityRule rule = new EndpointReachabilityRule();

    private static EndpointCheck healthy(Endpoint endpoint) {
        return new EndpointCheck(endpoint, true, List.of("20.190.151.67"), true, true,
                "TLSv1.3, issued by Microsoft Azure RSA TLS Issuing CA 03", 200, "direct", 30L, null);
    }

    private static EndpointCheck unresolved(Endpoint endpoint) {
        return new EndpointCheck(endpoint, false, List.of(), null, null, null, null, "direct", 2L,
                "DNS name does not exist");
    }

    private static EndpointCheck timedOut(Endpoint endpoint) {
        return new EndpointCheck(endpoint, true, List.of("20.190.151.67"), false, null, null, null,
                "proxy.contoso.com:8080", 21_000L, "TCP connect to port 443 timed out");
    }

    private static EndpointCheck intercepted(Endpoint endpoint) {
        return new EndpointCheck(endpoint, true, List.of("20.190.151.67"), true, false,
                "issued by Contoso Inspection CA, not a Microsoft CA", 200, "direct", 30L, null);
    }

    /** Every endpoint answers healthily except login.microsoftonline.com, which answers as {@code login} says. */
    private static Function<Endpoint, EndpointCheck> loginAnswers(Function<Endpoint, EndpointCheck> login) {
        return endpoint -> endpoint.host().equals(LOGIN) ? login.apply(endpoint) : healthy(endpoint);
    }

    private static Map<String, Observation> observe(Function<Endpoint, EndpointCheck> checks, ProxySettings proxy) {
        return new ScriptedTarget().endpoints(checks).proxy(proxy).observe(EndpointsProbe.ID, ProxyProbe.ID);
    }

    @Test
    void reachableEndpointsYieldNoFinding() {
        assertEquals(List.of(), rule.evaluate(observe(EndpointReachabilityRuleTest::healthy, DIRECT), null));
        assertEquals(List.of(), rule.evaluate(observe(EndpointReachabilityRuleTest::healthy, WINHTTP_PROXY), null));
    }

    @Test
    void unresolvedEndpointsAreADnsFailureOnly() {
        Map<String, Observation> latest = observe(loginAnswers(EndpointReachabilityRuleTest::unresolved), DIRECT);
        List<FindingDraft> drafts = rule.evaluate(latest, null);
        FindingDraft dns = only(drafts, Causes.DNS_RESOLUTION_FAILURE);
        assertEquals(Severity.ERROR, dns.severity());
        assertEquals(List.of(latest.get(EndpointsProbe.ID)), dns.evidence());
        assertTrue(dns.summary().contains(LOGIN), dns.summary());
        assertEquals(List.of(Causes.DNS_RESOLUTION_FAILURE), causes(drafts),
                "a name that does not resolve is not also reported as unreachable");
    }

    @Test
    void unreachableEndpointsBehindAWinHttpProxyAreBlockedByTheProxy() {
        Map<String, Observation> latest = observe(loginAnswers(EndpointReachabilityRuleTest::timedOut), WINHTTP_PROXY);
        List<FindingDraft> drafts = rule.evaluate(latest, null);

        FindingDraft unreachable = only(drafts, Causes.AUTH_ENDPOINTS_UNREACHABLE);
        assertEquals(Severity.ERROR, unreachable.severity());
        assertEquals(List.of(latest.get(EndpointsProbe.ID)), unreachable.evidence());

        FindingDraft proxy = only(drafts, Causes.PROXY_BLOCKS_AUTH);
        assertEquals(List.of(latest.get(EndpointsProbe.ID), latest.get(ProxyProbe.ID)), proxy.evidence());
        assertTrue(proxy.summary().contains("proxy.contoso.com:8080"), proxy.summary());
    }

    @Test
    void unreachableEndpointsWithoutAProxyDoNotBlameAProxy() {
        List<FindingDraft> drafts = rule.evaluate(observe(loginAnswers(EndpointReachabilityRuleTest::timedOut), DIRECT),
                null);
        assertEquals(List.of(Causes.AUTH_ENDPOINTS_UNREACHABLE), causes(drafts));
    }

    @Test
    void aCertificateThatIsNotMicrosoftsIsTlsInspection() {
        Map<String, Observation> latest = observe(loginAnswers(EndpointReachabilityRuleTest::intercepted), DIRECT);
        List<FindingDraft> drafts = rule.evaluate(latest, null);
        FindingDraft tls = only(drafts, Causes.TLS_INSPECTION);
        assertEquals(Severity.ERROR, tls.severity());
        assertEquals(List.of(latest.get(EndpointsProbe.ID)), tls.evidence());
        assertTrue(tls.summary().contains(LOGIN) && tls.summary().contains("Contoso Inspection CA"), tls.summary());
        assertFalse(causes(drafts).contains(Causes.PROXY_BLOCKS_AUTH), drafts.toString());
    }

    private static EndpointCheck unresolvedDirectly(Endpoint endpoint) {
        return new EndpointCheck(endpoint, false, List.of(), null, null, null, null, "direct", 2L,
                "DNS: " + endpoint.host() + " does not resolve");
    }

    private static EndpointCheck throughProxy(Endpoint endpoint, boolean tunnelled) {
        return new EndpointCheck(endpoint, null, List.of(), tunnelled, tunnelled ? true : null, null,
                tunnelled ? 302 : null, "proxy.contoso.com:8080", 40L,
                tunnelled ? null : "CONNECT: the proxy refused the tunnel: HTTP/1.1 403 Forbidden");
    }

    private static Map<String, Observation> observePaths(Function<Endpoint, List<EndpointCheck>> paths,
            ProxySettings proxy) {
        return new ScriptedTarget().endpointPaths(paths).proxy(proxy).observe(EndpointsProbe.ID, ProxyProbe.ID);
    }

    @Test
    void anEndpointReachedThroughTheProxyIsReachableThoughItDoesNotResolveDirectly() {
        // the usual corporate network: no external DNS for clients, the proxy resolves and connects
        Map<String, Observation> latest = observePaths(
                endpoint -> List.of(unresolvedDirectly(endpoint), throughProxy(endpoint, true)), WINHTTP_PROXY);
        assertEquals(List.of(), rule.evaluate(latest, null));
        assertEquals(List.of(), Facts.textsOf(latest.get(EndpointsProbe.ID), "unreachable"));
    }

    @Test
    void aProxyThatRefusesWhatWorksDirectlyBlocksSignIn() {
        Map<String, Observation> latest = observePaths(
                endpoint -> List.of(healthy(endpoint), throughProxy(endpoint, !endpoint.host().equals(LOGIN))),
                WINHTTP_PROXY);
        List<FindingDraft> drafts = rule.evaluate(latest, null);

        assertEquals(List.of(Causes.PROXY_BLOCKS_AUTH), causes(drafts));
        FindingDraft proxy = only(drafts, Causes.PROXY_BLOCKS_AUTH);
        assertTrue(proxy.summary().contains(LOGIN) && proxy.summary().contains("proxy.contoso.com:8080"),
                proxy.summary());
        assertEquals(List.of(LOGIN), Facts.textsOf(latest.get(EndpointsProbe.ID), "failedViaProxy"));
    }
}
