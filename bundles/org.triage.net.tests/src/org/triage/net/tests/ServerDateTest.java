package org.triage.net.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.probe.ClockProbe;
import org.triage.core.probe.EndpointsProbe;
import org.triage.core.rules.Causes;
import org.triage.core.rules.ClockSkewRule;
import org.triage.core.rules.FindingDraft;
import org.triage.core.session.Facts;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.ProxySettings;
import org.triage.model.Observation;
import org.triage.net.EndpointSuite;
import org.triage.net.ProbeTimeouts;
import org.triage.net.StaticHostResolver;
import org.triage.net.TlsTrust;
import org.triage.net.tests.loopback.Loopback;
import org.triage.net.tests.loopback.TlsServer;

/**
 * The live endpoint tests compare each HTTPS answer's {@code Date} header with this machine's clock: a real server on
 * 127.0.0.1 whose Date is 23 minutes behind shows a clock 23 minutes ahead, which the clock rule names as a cause.
 */
class ServerDateTest {

    private static final String LOGIN = "login.microsoftonline.com";
    private static final ProxySettings NO_PROXY = new ProxySettings("environment", true, List.of(), List.of(), null);
    private static final TlsTrust TEST_CA_EXPECTED = TlsTrust.of(Loopback.keyStore("test-ca.p12"),
            List.of("Triage Test CA"));

    private static EndpointSuite suite() {
        return EndpointSuite.builder().resolver(StaticHostResolver.allTo(Loopback.ADDRESS, List.of(LOGIN)))
                .timeouts(ProbeTimeouts.uniform(Duration.ofSeconds(5))).trust(TEST_CA_EXPECTED).build();
    }

    @Test
    void aSkewedDateHeaderIsTheClocksOffset() throws Exception {
        try (TlsServer server = new TlsServer("test-ca-leaf.p12", Duration.ofMinutes(-23))) {
            Instant before = Instant.now();
            EndpointCheck check = suite().probe(List.of(new Endpoint(LOGIN, server.port(), LOGIN)), NO_PROXY,
                    new NullProgressMonitor()).value().get(0);

            assertEquals(302, check.httpStatus(), check.toString());
            assertTrue(Math.abs(check.clockOffsetMillis() - Duration.ofMinutes(23).toMillis()) < 2_000,
                    "offset " + check.clockOffsetMillis());
            Duration behind = Duration.between(check.serverDate(), before);
            assertTrue(behind.compareTo(Duration.ofMinutes(22)) > 0 && behind.compareTo(Duration.ofMinutes(24)) < 0,
                    "the server's Date " + check.serverDate());
            assertTrue(check.steps().get(check.steps().size() - 1).detail().contains("Date " + check.serverDate()),
                    check.steps().toString());
        }
    }

    @Test
    void theClockRuleNamesTheSkewFromTheEndpointTests() throws Exception {
        try (TlsServer server = new TlsServer("test-ca-leaf.p12", Duration.ofMinutes(-23))) {
            Observation endpoints = EndpointsProbe.retest(List.of(new Endpoint(LOGIN, server.port(), LOGIN)), null)
                    .run(new SuiteTarget(suite(), NO_PROXY), new NullProgressMonitor());

            List<FindingDraft> drafts = new ClockSkewRule().evaluate(Map.of(EndpointsProbe.ID, endpoints), null);

            assertEquals(1, drafts.size(), drafts.toString());
            assertEquals(Causes.CLOCK_SKEW, drafts.get(0).causeId());
            assertTrue(drafts.get(0).summary().contains("ahead of https://" + LOGIN + "/ (Date header)"),
                    drafts.get(0).summary());
            long seconds = Long.parseLong(Facts.textOf(Facts.recordsOf(endpoints, "checks").get(0).getFields(),
                    ClockProbe.OFFSET_SECONDS).orElseThrow());
            assertTrue(Math.abs(seconds - 1380) <= 1, "offset " + seconds);
        }
    }

    @Test
    void aClockWithinFiveMinutesIsNoCause() throws Exception {
        try (TlsServer server = new TlsServer("test-ca-leaf.p12", Duration.ofMinutes(4))) {
            Observation endpoints = EndpointsProbe.retest(List.of(new Endpoint(LOGIN, server.port(), LOGIN)), null)
                    .run(new SuiteTarget(suite(), NO_PROXY), new NullProgressMonitor());

            assertEquals(List.of(), new ClockSkewRule().evaluate(Map.of(EndpointsProbe.ID, endpoints), null));
            long seconds = Long.parseLong(Facts.textOf(Facts.recordsOf(endpoints, "checks").get(0).getFields(),
                    ClockProbe.OFFSET_SECONDS).orElseThrow());
            assertTrue(Math.abs(seconds + 240) <= 1, "behind by four minutes: " + seconds);
        }
    }

    @Test
    void anAnswerWithoutDateLeavesTheOffsetUnknown() throws Exception {
        try (TlsServer server = new TlsServer("test-ca-leaf.p12")) {
            EndpointCheck check = suite().probe(List.of(new Endpoint(LOGIN, server.port(), LOGIN)), NO_PROXY,
                    new NullProgressMonitor()).value().get(0);

            assertEquals(302, check.httpStatus());
            assertNull(check.serverDate());
            assertNull(check.clockOffsetMillis());
        }
    }
}
