package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triage.core.probe.EndpointsProbe;
import org.triage.core.probe.ProxyProbe;
import org.triage.core.rules.Causes;
import org.triage.core.rules.EndpointReachabilityRule;
import org.triage.core.rules.FindingDraft;
import org.triage.core.session.Facts;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.Reading;
import org.triage.formats.WinHttpProxy;
import org.triage.formats.WinHttpProxyFormat;
import org.triage.model.Observation;
import org.triage.net.EndpointSuite;
import org.triage.net.ProbeTimeouts;
import org.triage.net.StaticHostResolver;
import org.triage.platform.windows.target.SuiteEndpointTester;
import org.triage.platform.windows.target.WindowsTarget;

/**
 * The Windows target with org.triage.net's endpoint suite handed in, as the local provider does: WinHTTP's
 * proxy, read by the target, decides the second path. Everything goes to 127.0.0.1: the sign-in name is
 * mapped there, the endpoint accepts and never answers, and WinHTTP's proxy is a closed loopback port.
 */
class SuiteEndpointTesterTest {

    private static final String LOGIN = "login.microsoftonline.com";

    private ServerSocket silent;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startSilentEndpoint() throws IOException {
        silent = new ServerSocket(0, 50, loopback());
        Thread.ofPlatform().daemon().name("test silent endpoint").start(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void stopSilentEndpoint() throws IOException {
        silent.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    private static InetAddress loopback() throws IOException {
        return InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 });
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, loopback())) {
            return socket.getLocalPort();
        }
    }

    /** The Contoso laptop whose WinHTTP says {@code winHttp}, with the suite handed in as the provider does. */
    private static WindowsTarget laptop(byte[] winHttp, int exitCode) {
        FakeMachine machine = FakeMachine.contoso();
        // the registry query fails, so that what netsh prints is what WinHTTP says
        machine.runner.answer(machine.commands.proxyRegistry(), 1, new byte[0])
                .answer(machine.commands.winHttpProxy(), exitCode, winHttp);
        EndpointSuite suite = EndpointSuite.builder().resolver(StaticHostResolver.allTo("127.0.0.1", List.of(LOGIN)))
                .timeouts(ProbeTimeouts.uniform(Duration.ofSeconds(1))).build();
        AtomicReference<WindowsTarget> target = new AtomicReference<>();
        machine.endpointTester = new SuiteEndpointTester(suite, monitor -> target.get().proxy(monitor));
        target.set(machine.target());
        return target.get();
    }

    @Test
    void endpointsAreTestedDirectlyAndThroughWinHttpsProxy() throws Exception {
        int proxyPort = closedPort();
        WindowsTarget target = laptop(WinHttpProxyFormat.render(WinHttpProxy.proxy("127.0.0.1:" + proxyPort,
                "<local>")).getBytes(StandardCharsets.US_ASCII), 0);
        Endpoint login = new Endpoint(LOGIN, silent.getLocalPort(), LOGIN);

        Reading<List<EndpointCheck>> reading = target.endpoints(List.of(login), new NullProgressMonitor());
        assertEquals(Reading.Kind.VALUE, reading.kind(), reading.message());
        assertEquals(List.of("direct", "127.0.0.1:" + proxyPort),
                reading.value().stream().map(EndpointCheck::via).toList());
        assertEquals(true, reading.value().get(0).tcpConnected());
        assertEquals(false, reading.value().get(1).tcpConnected());
        assertTrue(reading.value().get(1).error().contains("connection refused"), reading.value().get(1).error());

        Observation endpoints = EndpointsProbe.retest(List.of(login), null).run(target, new NullProgressMonitor());
        Observation proxy = new ProxyProbe().run(target, new NullProgressMonitor());
        List<FindingDraft> drafts = new EndpointReachabilityRule().evaluate(
                Map.of(EndpointsProbe.ID, endpoints, ProxyProbe.ID, proxy), null);
        assertEquals(List.of(LOGIN), Facts.textsOf(endpoints, "failedViaProxy"));
        FindingDraft blocked = drafts.stream().filter(d -> d.causeId().equals(Causes.PROXY_BLOCKS_AUTH)).findFirst()
                .orElseThrow(() -> new AssertionError("no proxy finding in " + drafts));
        assertTrue(blocked.summary().startsWith("WinHTTP sends sign-in traffic to a proxy"), blocked.summary());
    }

    @Test
    void whenWinHttpCannotBeReadTheEndpointsAreTestedDirectlyAndTheReadingSaysSo() {
        WindowsTarget target = laptop("netsh: access denied".getBytes(StandardCharsets.US_ASCII), 1);
        Reading<List<EndpointCheck>> reading = target.endpoints(List.of(new Endpoint(LOGIN, silent.getLocalPort(),
                LOGIN)), new NullProgressMonitor());

        assertEquals(1, reading.value().size());
        assertTrue(reading.problems().get(0).startsWith("WinHTTP's proxy could not be read"),
                reading.problems().toString());
    }
}
