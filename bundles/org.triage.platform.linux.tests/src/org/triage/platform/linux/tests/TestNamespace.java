package org.triage.platform.linux.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.triage.platform.linux.CommandResult;
import org.triage.platform.linux.ProcessRunner;

/**
 * A network namespace of this machine, made for one test and removed after it: an office network on a veth
 * pair ({@code lan0}, 192.0.2.10/24, default route via 192.0.2.1) and a VPN tunnel ({@code tun0},
 * 198.51.100.2/24) with the Entra ID ranges routed into it. The namespace has no link to the outside, and
 * nothing in it sends a packet: the tests only read its configuration. Creating it needs root and iproute2;
 * a "VPN client" that holds the tunnel open (so it has a carrier) needs perl.
 */
final class TestNamespace implements AutoCloseable {

    static final ProcessRunner RUNNER = new ProcessRunner(Duration.ofSeconds(20));
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** Opens /dev/net/tun, attaches to the named tun device (TUNSETIFF, IFF_TUN | IFF_NO_PI) and holds it. */
    private static final String TUNNEL_CLIENT = "open(my $t, '+<', '/dev/net/tun') or die \"open /dev/net/tun: $!\\n\";"
            + " ioctl($t, 0x400454ca, pack('Z16 s x22', $ARGV[0], 0x1001)) or die \"TUNSETIFF $ARGV[0]: $!\\n\";"
            + " $| = 1; print \"attached\\n\"; while (<STDIN>) {}";

    final String name;
    private Process tunnelClient;

    private TestNamespace(String name) {
        this.name = name;
    }

    /** Fails the test, saying why, where this machine cannot make namespaces. */
    static void requireRootAndTools() {
        if (!ProcessRunner.installed("ip")) {
            fail("the network-namespace tests need iproute2's ip (apt-get install iproute2); they create a namespace "
                    + "with a veth pair and a tun device and read it with the Linux target");
        }
        if (!root()) {
            fail("the network-namespace tests need root (ip netns add, a tun device): run them as root, as .ci/run "
                    + "does; user " + System.getProperty("user.name") + " is not");
        }
        if (!ProcessRunner.installed("perl")) {
            fail("the network-namespace tests need perl to hold the tun device open like a VPN client");
        }
    }

    private static boolean root() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(line -> line.startsWith("Uid:")).findFirst()
                    .map(line -> line.split("\\s+")[1].equals("0")).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    static TestNamespace officeWithTunnel() {
        requireRootAndTools();
        TestNamespace namespace = new TestNamespace("triage-test-" + ProcessHandle.current().pid() + "-"
                + COUNT.incrementAndGet());
        run("ip", "netns", "add", namespace.name);
        try {
            namespace.ip("link", "set", "lo", "up");
            namespace.ip("link", "add", "lan0", "type", "veth", "peer", "name", "lan0-peer");
            namespace.ip("link", "set", "lan0", "up");
            namespace.ip("link", "set", "lan0-peer", "up");
            namespace.ip("addr", "add", "192.0.2.10/24", "dev", "lan0");
            namespace.ip("route", "add", "default", "via", "192.0.2.1", "dev", "lan0", "metric", "100");
            namespace.ip("tuntap", "add", "dev", "tun0", "mode", "tun");
            namespace.ip("link", "set", "tun0", "up");
            namespace.ip("addr", "add", "198.51.100.2/24", "dev", "tun0");
            namespace.ip("route", "add", "20.190.128.0/18", "dev", "tun0", "metric", "50");
            namespace.ip("route", "add", "40.126.0.0/18", "dev", "tun0", "metric", "50");
            namespace.resolvConf("nameserver 198.51.100.53\nsearch corp.contoso.com\n");
        } catch (RuntimeException | Error e) {
            namespace.close();
            throw e;
        }
        return namespace;
    }

    /** {@code ip -n NAME ...}, which must succeed. */
    void ip(String... arguments) {
        List<String> command = new ArrayList<>(List.of("ip", "-n", name));
        command.addAll(List.of(arguments));
        run(command.toArray(String[]::new));
    }

    private static CommandResult run(String... command) {
        CommandResult result = RUNNER.run(List.of(command), null);
        if (!result.succeeded()) {
            throw new AssertionError("setting up the test namespace failed: " + result.commandLine() + ": "
                    + result.failure());
        }
        return result;
    }

    /** The namespace's own resolv.conf, which {@code ip netns exec} shows as /etc/resolv.conf. */
    void resolvConf(String content) {
        try {
            Path folder = Files.createDirectories(Path.of("/etc/netns", name));
            Files.writeString(folder.resolve("resolv.conf"), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot write /etc/netns/" + name + "/resolv.conf: " + e.getMessage(), e);
        }
    }

    /** Starts a process that holds tun0 open, as a VPN client does: the device gets its carrier. */
    void connectTunnelClient() throws Exception {
        Process client = new ProcessBuilder("ip", "netns", "exec", name, "perl", "-e", TUNNEL_CLIENT, "tun0")
                .redirectErrorStream(true).start();
        tunnelClient = client;
        BufferedReader output = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return output.readLine();
            } catch (IOException e) {
                return "read failed: " + e;
            }
        }).get(20, TimeUnit.SECONDS);
        if (!"attached".equals(line)) {
            throw new AssertionError("the tunnel client did not attach to tun0: " + line);
        }
    }

    @Override
    public void close() {
        if (tunnelClient != null) {
            try {
                tunnelClient.getOutputStream().close();
                if (!tunnelClient.waitFor(10, TimeUnit.SECONDS)) {
                    tunnelClient.destroyForcibly();
                }
            } catch (IOException e) {
                tunnelClient.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                tunnelClient.destroyForcibly();
            }
        }
        RUNNER.run(List.of("ip", "netns", "del", name), null);
        Path folder = Path.of("/etc/netns", name);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new AssertionError("cannot remove " + folder + ": " + e.getMessage(), e);
            }
        }
    }
}
