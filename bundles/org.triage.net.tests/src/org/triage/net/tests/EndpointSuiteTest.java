package org.triage.net.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.triage.core.probe.EndpointsProbe;
import org.triage.core.probe.ProxyProbe;
import org.triage.core.rules.Causes;
import org.triage.core.rules.EndpointReachabilityRule;
import org.triage.core.rules.FindingDraft;
import org.triage.core.session.Facts;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.EndpointCheck.Step;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.net.EndpointCatalogue;
import org.triage.net.EndpointSuite;
import org.triage.net.HostResolver;
import org.triage.net.ProbeTimeouts;
import org.triage.net.StaticHostResolver;
import org.triage.net.TlsTrust;
import org.triage.net.tests.loopback.ConnectProxy;
import org.triage.net.tests.loopback.Loopback;
import org.triage.net.tests.loopback.SilentServer;
import org.triage.net.tests.loopback.TlsServer;

/**
 * The endpoint suite against real servers on 127.0.0.1: the Microsoft names are mapped there by a static
 * resolver, so nothing leaves the machine. Time bounds assert behaviour (parallel, not sequential; stopped,
 * not finished), with wide margins: they are not benchmarks.
 */
class EndpointSuiteTest {

    private static final String LOGIN = "login.microsoftonline.com";
    private static final ProbeTimeouts ONE_SECOND = ProbeTimeouts.uniform(Duration.ofSeconds(1));
    private static final ProbeTimeouts A_MINUTE = ProbeTimeouts.uniform(Duration.ofMinutes(1));
    private static final ProxySettings NO_PROXY = new ProxySettings("environment", true, List.of(), List.of(), null);
    private static final TlsTrust TEST_CA_EXPECTED = TlsTrust.of(Loopback.keyStore("test-ca.p12"),
            List.of("Triage Test CA"));

    /** Lets resolvers that hang go, so no test leaves a thread behind. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHangingLookups() {
        release.countDown();
    }

    private static List<String> names(int count) {
        List<String> names = new ArrayList<>(Endpoint.AUTHENTICATION.stream().map(Endpoint::host).toList());
        for (int i = names.size(); i < count; i++) {
            names.add("login" + i + ".microsoftonline.com");
        }
        return names.subList(0, count);
    }

    private static EndpointSuite suite(ProbeTimeouts timeouts, TlsTrust trust) {
        return EndpointSuite.builder().resolver(StaticHostResolver.allTo(Loopback.ADDRESS, names(16)))
                .timeouts(timeouts).trust(trust).build();
    }

    private static Endpoint at(String host, int port) {
        return new Endpoint(host, port, host);
    }

    private static List<String> stepNames(EndpointCheck check) {
        return check.steps().stream().map(Step::name).toList();
    }

    private static Step step(EndpointCheck check, String name) {
        return check.steps().stream().filter(step -> step.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " step in " + check.steps()));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void aSelfSignedCertificateIsReportedAsTlsInspection() throws Exception {
        try (TlsServer server = new TlsServer("self-signed.p12")) {
            EndpointSuite suite = suite(ONE_SECOND, TlsTrust.jdkDefault());
            Reading<List<EndpointCheck>> reading = suite.probe(List.of(at(LOGIN, server.port())), NO_PROXY,
                    new NullProgressMonitor());

            assertEquals(Reading.Kind.VALUE, reading.kind(), reading.message());
            EndpointCheck check = reading.value().get(0);
            assertEquals(List.of(Step.DNS, Step.TCP, Step.TLS, Step.HTTP), stepNames(check));
            assertEquals(true, check.nameResolved());
            assertEquals(List.of(Loopback.ADDRESS), check.addresses());
            assertEquals(false, check.inPublishedRanges(), "127.0.0.1 is not in Microsoft's ranges for " + LOGIN);
            assertEquals(true, check.tcpConnected());
            assertEquals(false, check.tlsValid());
            assertFalse(check.tls().trusted());
            assertTrue(check.tls().trustProblem() != null && !check.tls().trustProblem().isBlank());
            assertEquals("CN=" + LOGIN, check.tls().issuer());
            assertEquals(List.of("CN=" + LOGIN + " <- CN=" + LOGIN), check.tls().chain());
            assertTrue(check.tls().protocol().startsWith("TLSv1."), check.tls().protocol());
            assertEquals(302, check.httpStatus(), "the HTTP request goes on over an intercepted handshake");
            assertEquals(EndpointCheck.DIRECT, check.via());
            assertEquals(suite.catalogue().version(), check.catalogueVersion());
            assertTrue(check.catalogueVersion().startsWith("built-in sha256:"), check.catalogueVersion());
            assertTrue(server.requests().get(0).contains("Host: " + LOGIN + ":" + server.port()),
                    server.requests().toString());
            assertTrue(reading.evidence().get(0).content().contains("NOT trusted"), reading.evidence().get(0).content());

            Observation endpoints = EndpointsProbe.retest(List.of(at(LOGIN, server.port())), null)
                    .run(new SuiteTarget(suite, NO_PROXY), new NullProgressMonitor());
            List<FindingDraft> drafts = new EndpointReachabilityRule().evaluate(Map.of(EndpointsProbe.ID, endpoints),
                    null);
            assertEquals(List.of(Causes.TLS_INSPECTION), drafts.stream().map(FindingDraft::causeId).toList());
            assertEquals(List.of(LOGIN), Facts.textsOf(endpoints, "outsidePublishedRanges"));
            assertEquals(ObservationStatus.WARNING, endpoints.getStatus());
        }
    }

    @Test
    void aTrustedChainFromTheExpectedIssuerIsValid() throws Exception {
        try (TlsServer server = new TlsServer("test-ca-leaf.p12")) {
            EndpointCheck check = suite(ONE_SECOND, TEST_CA_EXPECTED)
                    .probe(List.of(at(LOGIN, server.port())), NO_PROXY, new NullProgressMonitor()).value().get(0);

            assertEquals(true, check.tlsValid(), check.toString());
            assertTrue(check.tls().trusted());
            assertTrue(check.tls().expectedIssuer());
            assertNull(check.tls().trustProblem());
            assertEquals("CN=Triage Test Root CA, O=Triage Test CA", check.tls().issuer());
            assertEquals(2, check.tls().chain().size(), check.tls().chain().toString());
            assertEquals(302, check.httpStatus());
            assertNull(check.error());
            assertTrue(check.steps().stream().allMatch(Step::succeeded), check.steps().toString());
        }
    }

    @Test
    void aTrustedChainFromAnotherIssuerIsTlsInspection() throws Exception {
        // a corporate inspection CA is in the trust store, but it is not who issues Microsoft's certificates
        TlsTrust trustedButNotMicrosoft = TlsTrust.of(Loopback.keyStore("test-ca.p12"), TlsTrust.MICROSOFT_ISSUERS);
        try (TlsServer server = new TlsServer("test-ca-leaf.p12")) {
            EndpointCheck check = suite(ONE_SECOND, trustedButNotMicrosoft)
                    .probe(List.of(at(LOGIN, server.port())), NO_PROXY, new NullProgressMonitor()).value().get(0);

            assertTrue(check.tls().trusted());
            assertFalse(check.tls().expectedIssuer());
            assertEquals(false, check.tlsValid());
            assertTrue(check.tlsDetail().contains("Triage Test CA") && check.tlsDetail().contains("Microsoft Corporation"),
                    check.tlsDetail());
        }
    }

    @Test
    void aCertificateForAnotherNameIsNotTrusted() throws Exception {
        String otherName = names(9).get(8);
        try (TlsServer server = new TlsServer("test-ca-leaf.p12")) {
            EndpointCheck check = suite(ONE_SECOND, TEST_CA_EXPECTED)
                    .probe(List.of(at(otherName, server.port())), NO_PROXY, new NullProgressMonitor()).value().get(0);

            assertFalse(check.tls().trusted(), "the certificate does not name " + otherName);
            assertEquals(false, check.tlsValid());
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutInTheHandshake() throws Exception {
        try (SilentServer server = new SilentServer()) {
            long start = System.nanoTime();
            EndpointCheck check = suite(ONE_SECOND, TlsTrust.jdkDefault())
                    .probe(List.of(at(LOGIN, server.port())), NO_PROXY, new NullProgressMonitor()).value().get(0);
            Duration took = since(start);

            assertEquals(true, check.tcpConnected());
            Step tls = step(check, Step.TLS);
            assertFalse(tls.succeeded());
            assertTrue(tls.timedOut(), tls.toString());
            assertTrue(tls.elapsedMillis() >= 900, tls.toString());
            assertNull(check.tlsValid());
            assertNull(check.httpStatus());
            assertEquals("TLS: no handshake within 1 s", check.error());
            assertEquals(List.of(Step.DNS, Step.TCP, Step.TLS), stepNames(check));
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
        }
    }

    @Test
    void aClosedPortIsRefusedNotTimedOut() throws Exception {
        int closed = Loopback.closedPort();
        EndpointCheck check = suite(A_MINUTE, TlsTrust.jdkDefault())
                .probe(List.of(at(LOGIN, closed)), NO_PROXY, new NullProgressMonitor()).value().get(0);

        assertEquals(true, check.nameResolved());
        assertEquals(false, check.tcpConnected());
        assertFalse(check.reachable());
        Step tcp = step(check, Step.TCP);
        assertFalse(tcp.timedOut());
        assertTrue(tcp.detail().contains("connection refused"), tcp.detail());
        assertEquals(List.of(Step.DNS, Step.TCP), stepNames(check));
    }

    @Test
    void aNameThatDoesNotResolveIsNotTestedFurther() {
        String unknown = "nowhere.invalid";
        EndpointCheck check = suite(A_MINUTE, TlsTrust.jdkDefault())
                .probe(List.of(at(unknown, 443)), NO_PROXY, new NullProgressMonitor()).value().get(0);

        assertEquals(false, check.nameResolved());
        assertNull(check.tcpConnected(), "no TCP test without an address");
        assertEquals(List.of(), check.addresses());
        assertTrue(check.error().startsWith("DNS: " + unknown + " does not resolve"), check.error());
    }

    @Test
    void aLookupThatHangsEndsAtTheDnsTimeout() {
        HostResolver hanging = new HostResolver() {
            @Override
            public List<InetAddress> resolve(String host) throws java.net.UnknownHostException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new java.net.UnknownHostException(host);
            }

            @Override
            public String describe() {
                return "a resolver that never answers";
            }
        };
        EndpointSuite suite = EndpointSuite.builder().resolver(hanging).timeouts(ONE_SECOND).build();
        long start = System.nanoTime();
        EndpointCheck check = suite.probe(List.of(at(LOGIN, 443)), NO_PROXY, new NullProgressMonitor()).value().get(0);

        assertEquals(false, check.nameResolved());
        assertTrue(step(check, Step.DNS).timedOut());
        assertEquals("DNS: " + LOGIN + ": no answer within 1 s", check.error());
        assertTrue(since(start).compareTo(Duration.ofSeconds(10)) < 0, "took " + since(start));
    }

    @Test
    void eightHangingEndpointsTakeAboutOneTimeoutNotEight() throws Exception {
        try (SilentServer server = new SilentServer()) {
            List<Endpoint> eight = names(8).stream().map(name -> at(name, server.port())).toList();
            long start = System.nanoTime();
            Reading<List<EndpointCheck>> reading = suite(ONE_SECOND, TlsTrust.jdkDefault()).probe(eight, NO_PROXY,
                    new NullProgressMonitor());
            Duration took = since(start);

            assertEquals(8, reading.value().size());
            for (EndpointCheck check : reading.value()) {
                assertTrue(step(check, Step.TLS).timedOut(), check.toString());
            }
            assertEquals(eight, reading.value().stream().map(EndpointCheck::endpoint).toList(), "results keep the order");
            // one after the other they would take at least 8 s: each waits 1 s for its handshake
            assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "8 hanging endpoints took " + took);
        }
    }

    @Test
    void cancellingStopsTheSuiteAtOnceAndClosesItsConnections() throws Exception {
        try (SilentServer server = new SilentServer()) {
            List<Endpoint> eight = names(8).stream().map(name -> at(name, server.port())).toList();
            NullProgressMonitor monitor = new NullProgressMonitor();
            CompletableFuture<Reading<List<EndpointCheck>>> run = CompletableFuture
                    .supplyAsync(() -> suite(A_MINUTE, TlsTrust.jdkDefault()).probe(eight, NO_PROXY, monitor));
            assertTrue(server.awaitAccepted(8, 30), "the suite did not connect to all 8 endpoints");

            long cancelledAt = System.nanoTime();
            monitor.setCanceled(true);
            Reading<List<EndpointCheck>> reading = run.get(30, TimeUnit.SECONDS);
            Duration afterCancel = since(cancelledAt);

            assertTrue(afterCancel.compareTo(Duration.ofSeconds(2)) < 0, "returned " + afterCancel + " after cancelling");
            assertEquals(Reading.Kind.FAILED, reading.kind());
            assertTrue(reading.message().contains("cancelled") && reading.message().contains("0 of 8"),
                    reading.message());
            assertTrue(server.awaitClosedByClients(8, 10), "the cancelled suite left connections open");
        }
    }

    @Test
    void aMonitorCancelledBeforehandTestsNothing() throws Exception {
        try (SilentServer server = new SilentServer()) {
            NullProgressMonitor monitor = new NullProgressMonitor();
            monitor.setCanceled(true);
            Reading<List<EndpointCheck>> reading = suite(A_MINUTE, TlsTrust.jdkDefault())
                    .probe(List.of(at(LOGIN, server.port())), NO_PROXY, monitor);
            assertEquals(Reading.Kind.FAILED, reading.kind());
        }
    }

    @Test
    void theProxyPathTunnelsWithConnectAndIsTestedBesideTheDirectOne() throws Exception {
        try (TlsServer server = new TlsServer("test-ca-leaf.p12"); ConnectProxy proxy = new ConnectProxy()) {
            String authority = LOGIN + ":" + server.port();
            proxy.route(authority, server.port());
            ProxySettings settings = new ProxySettings("environment", false,
                    List.of("https=http://" + Loopback.ADDRESS + ":" + proxy.port()), List.of(), null);
            List<EndpointCheck> checks = suite(ONE_SECOND, TEST_CA_EXPECTED)
                    .probe(List.of(at(LOGIN, server.port())), settings, new NullProgressMonitor()).value();

            assertEquals(2, checks.size());
            assertEquals(EndpointCheck.DIRECT, checks.get(0).via());
            EndpointCheck viaProxy = checks.get(1);
            assertEquals(Loopback.ADDRESS + ":" + proxy.port(), viaProxy.via());
            assertTrue(viaProxy.throughProxy());
            assertEquals(List.of(authority), proxy.requested());
            assertEquals(List.of(Step.DNS, Step.TCP, Step.CONNECT, Step.TLS, Step.HTTP), stepNames(viaProxy));
            assertNull(viaProxy.nameResolved(), "the proxy resolves the endpoint's name, not the client");
            assertEquals(true, viaProxy.tcpConnected());
            assertEquals(true, viaProxy.tlsValid());
            assertEquals(302, viaProxy.httpStatus());
            assertEquals(2, server.requests().size(), "one request directly, one through the tunnel");
        }
    }

    @Test
    void aProxyThatRefusesTheTunnelBlocksSignIn() throws Exception {
        try (TlsServer server = new TlsServer("test-ca-leaf.p12");
                ConnectProxy proxy = new ConnectProxy().refuse("403 Forbidden")) {
            ProxySettings settings = new ProxySettings("WinHTTP", false,
                    List.of(Loopback.ADDRESS + ":" + proxy.port()), List.of("<local>"), null);
            SuiteTarget target = new SuiteTarget(suite(ONE_SECOND, TEST_CA_EXPECTED), settings);
            Observation endpoints = EndpointsProbe.retest(List.of(at(LOGIN, server.port())), null).run(target,
                    new NullProgressMonitor());
            Observation proxyObservation = new ProxyProbe().run(target, new NullProgressMonitor());
            List<FindingDraft> drafts = new EndpointReachabilityRule().evaluate(
                    Map.of(EndpointsProbe.ID, endpoints, ProxyProbe.ID, proxyObservation), null);

            assertEquals(List.of(LOGIN), Facts.textsOf(endpoints, "failedViaProxy"));
            assertEquals(List.of(), Facts.textsOf(endpoints, "unreachable"), "directly it answers");
            assertEquals(ObservationStatus.FAILED, endpoints.getStatus());
            FindingDraft blocked = drafts.stream().filter(d -> d.causeId().equals(Causes.PROXY_BLOCKS_AUTH)).findFirst()
                    .orElseThrow(() -> new AssertionError("no proxy finding in " + drafts));
            assertTrue(blocked.summary().contains(LOGIN) && blocked.summary().contains("WinHTTP"), blocked.summary());
            String transcript = endpoints.getEvidence().get(0).getContent();
            assertTrue(transcript.contains("403 Forbidden"), transcript);
        }
    }

    @Test
    void aProxyThatWantsCredentialsSaysSo() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy().refuse("407 Proxy Authentication Required")) {
            ProxySettings settings = new ProxySettings("environment", false,
                    List.of("https=http://" + Loopback.ADDRESS + ":" + proxy.port()), List.of(), null);
            EndpointCheck viaProxy = suite(ONE_SECOND, TlsTrust.jdkDefault())
                    .probe(List.of(at(LOGIN, 443)), settings, new NullProgressMonitor()).value().get(1);

            assertEquals(false, viaProxy.tcpConnected());
            Step connect = step(viaProxy, Step.CONNECT);
            assertTrue(connect.detail().contains("407") && connect.detail().contains("credentials"), connect.detail());
        }
    }

    @Test
    void hostsOnTheBypassListAreTestedDirectlyOnly() throws Exception {
        try (TlsServer server = new TlsServer("self-signed.p12"); ConnectProxy proxy = new ConnectProxy()) {
            ProxySettings settings = new ProxySettings("environment", false,
                    List.of("https=http://" + Loopback.ADDRESS + ":" + proxy.port()), List.of(".microsoftonline.com"),
                    null);
            List<EndpointCheck> checks = suite(ONE_SECOND, TlsTrust.jdkDefault())
                    .probe(List.of(at(LOGIN, server.port())), settings, new NullProgressMonitor()).value();

            assertEquals(1, checks.size());
            assertEquals(EndpointCheck.DIRECT, checks.get(0).via());
            assertEquals(List.of(), proxy.requested());
        }
    }

    @Test
    void resultsCarryTheVersionOfTheCatalogueUsed() throws Exception {
        EndpointCatalogue catalogue = EndpointCatalogue.parse("[{\"id\":56,\"urls\":[\"" + LOGIN
                + "\"],\"ips\":[\"127.0.0.0/8\"],\"tcpPorts\":\"443\",\"category\":\"Allow\",\"required\":true}]",
                "test", "2025113000", EndpointCatalogue.WILDCARD_TEST_HOSTS);
        try (TlsServer server = new TlsServer("self-signed.p12")) {
            EndpointSuite suite = EndpointSuite.builder().catalogue(catalogue)
                    .resolver(StaticHostResolver.allTo(Loopback.ADDRESS, List.of(LOGIN))).timeouts(ONE_SECOND).build();
            EndpointCheck check = suite.probe(List.of(at(LOGIN, server.port())), NO_PROXY, new NullProgressMonitor())
                    .value().get(0);

            assertEquals("2025113000", check.catalogueVersion());
            assertEquals(true, check.inPublishedRanges(), "this catalogue publishes 127.0.0.0/8 for " + LOGIN);
        }
    }
}
