package org.triage.platform.linux.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.EndpointCheck.Step;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TargetException;
import org.triage.core.target.TargetProvider;
import org.triage.core.target.Targets;
import org.triage.net.ProbeTimeouts;
import org.triage.net.StaticHostResolver;
import org.triage.platform.linux.LinuxHost;
import org.triage.platform.linux.LinuxTarget;
import org.triage.platform.linux.ProcessRunner;

/**
 * The {@code local} target on this machine: registered as a DS service, reading this machine's routes and
 * interfaces, and testing endpoints with org.triage.net, here against 127.0.0.1 only (the Microsoft name is
 * mapped there, and the proxy of the environment is a closed loopback port).
 */
class LocalTargetTest {

    private static final String LOGIN = "login.microsoftonline.com";
    private static final ProcessRunner RUNNER = new ProcessRunner(Duration.ofSeconds(20));

    @TempDir
    Path folder;

    private ServerSocket silent;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startSilentServer() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 }));
        Thread.ofPlatform().daemon().name("test silent server").start(() -> {
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
    void stopSilentServer() throws IOException {
        silent.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 }))) {
            return socket.getLocalPort();
        }
    }

    private static LinuxTarget target(Map<String, String> environment) {
        LinuxTarget.Configuration configuration = new LinuxTarget.Configuration(environment, new Properties(),
                StaticHostResolver.allTo("127.0.0.1", List.of(LOGIN)), ProbeTimeouts.uniform(Duration.ofSeconds(1)));
        return new LinuxTarget(LinuxHost.local(RUNNER), configuration, new NullProgressMonitor());
    }

    @Test
    void theLocalTargetIsRegisteredAndReadsThisMachine() throws Exception {
        TargetProvider provider = Targets.provider("local").orElseThrow(() -> new AssertionError(
                "no 'local' target provider: the DS component of org.triage.platform.linux did not register"));
        assertTrue(provider.usage().startsWith("local"));
        try (Target target = Targets.open("local")) {
            assertEquals("local", target.info().kind());
            assertFalse(target.info().readOnly());
            assertTrue(target.info().os().contains("kernel"), target.info().os());
            Reading<?> routes = target.routes(new NullProgressMonitor());
            assertEquals(Reading.Kind.VALUE, routes.kind(), routes.message());
            assertEquals(0, routes.evidence().get(0).exitCode());
            assertEquals(Reading.Kind.VALUE, target.adapters(new NullProgressMonitor()).kind());
            assertEquals(Reading.Kind.VALUE, target.vpnConnections(new NullProgressMonitor()).kind());
        }
        TargetException wrong = assertThrows(TargetException.class, () -> Targets.open("local:C:\\snapshot.zip"));
        assertTrue(wrong.getMessage().contains("local:netns=NAME"), wrong.getMessage());
    }

    @Test
    void endpointsAreTestedDirectlyAndThroughTheEnvironmentsProxy() throws Exception {
        int proxyPort = closedPort();
        Path catalogue = Files.writeString(folder.resolve("worldwide.json"), "[{\"id\":56,\"serviceArea\":\"Common\","
                + "\"urls\":[\"" + LOGIN + "\"],\"ips\":[\"20.190.128.0/18\"],\"tcpPorts\":\"80,443\","
                + "\"category\":\"Allow\",\"required\":true}]", StandardCharsets.UTF_8);
        LinuxTarget target = target(Map.of("https_proxy", "http://alice:Secret1@127.0.0.1:" + proxyPort,
                LinuxTarget.CATALOGUE_VARIABLE, catalogue.toString()));

        Reading<ProxySettings> proxy = target.proxy(new NullProgressMonitor());
        assertEquals(List.of("https=http://127.0.0.1:" + proxyPort), proxy.value().servers());
        assertTrue(proxy.evidence().get(0).content().contains("https_proxy=http://127.0.0.1:" + proxyPort),
                proxy.evidence().get(0).content());
        assertFalse(proxy.evidence().get(0).content().contains("Secret1"), "a password must never be recorded");

        Reading<List<EndpointCheck>> reading = target.endpoints(List.of(new Endpoint(LOGIN, silent.getLocalPort(),
                LOGIN)), new NullProgressMonitor());
        assertEquals(Reading.Kind.VALUE, reading.kind(), reading.message());
        assertEquals(2, reading.value().size());
        EndpointCheck direct = reading.value().get(0);
        assertEquals(true, direct.tcpConnected());
        assertTrue(direct.steps().stream().anyMatch(step -> step.name().equals(Step.TLS) && step.timedOut()));
        assertEquals(false, direct.inPublishedRanges());
        assertTrue(direct.catalogueVersion().startsWith("worldwide.json sha256:"), direct.catalogueVersion());
        EndpointCheck viaProxy = reading.value().get(1);
        assertEquals("127.0.0.1:" + proxyPort, viaProxy.via());
        assertEquals(false, viaProxy.tcpConnected());
        assertTrue(viaProxy.error().contains("connection refused"), viaProxy.error());
    }

    @Test
    void aCatalogueThatCannotBeReadFallsBackToTheBuiltInOneAndSaysSo() {
        LinuxTarget target = target(Map.of(LinuxTarget.CATALOGUE_VARIABLE, folder.resolve("absent.json").toString()));
        Reading<List<EndpointCheck>> reading = target.endpoints(List.of(new Endpoint(LOGIN, silent.getLocalPort(),
                LOGIN)), new NullProgressMonitor());

        assertTrue(reading.problems().get(0).startsWith("no endpoint catalogue at "), reading.problems().toString());
        assertTrue(reading.problems().get(0).endsWith("the built-in catalogue was used"));
        assertTrue(reading.value().get(0).catalogueVersion().startsWith("built-in sha256:"));
    }

    @Test
    void windowsActionsAreRefusedWithTheReasonAndCommandsRunAudited() {
        LinuxTarget target = target(Map.of());
        assertTrue(target.whyUnable(new TargetAction.RemoveCredential("MicrosoftOffice16_Data:SSPI:a@b.com", "Generic"))
                .contains("only on Windows"));
        assertTrue(target.whyUnable(new TargetAction.ResetOneDrive()).contains("only on Windows"));
        assertEquals(false, target.perform(new TargetAction.ReregisterDevice(), new NullProgressMonitor()).succeeded());

        var result = target.perform(new TargetAction.RunCommand("sh", List.of("-c", "echo done; exit 4"),
                "a vendor's VPN client check", false), new NullProgressMonitor());
        assertFalse(result.succeeded());
        assertEquals(4, result.exitCode());
        assertEquals("LC_ALL=C.UTF-8 sh -c 'echo done; exit 4'", result.command());
        assertEquals("done\n", result.output());
    }
}
