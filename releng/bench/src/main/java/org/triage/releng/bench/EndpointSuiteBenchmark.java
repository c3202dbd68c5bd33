package org.triage.releng.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.net.EndpointSuite;
import org.triage.net.ProbeTimeouts;
import org.triage.net.StaticHostResolver;
import org.triage.net.tests.loopback.Loopback;
import org.triage.net.tests.loopback.SilentServer;
import org.triage.net.tests.loopback.TlsServer;

/**
 * Tests N endpoints on 127.0.0.1 (a third refuse, a third accept and never answer, a third answer over TLS)
 * twice in one run: with the console's endpoint suite, and with the loop admins run today, one
 * {@code curl --connect-timeout T} per endpoint in turn. Prints both wall times and their ratio.
 *
 * <pre>
 * EndpointSuiteBenchmark [--endpoints N] [--timeout SECONDS]
 * </pre>
 */
public final class EndpointSuiteBenchmark {

    private enum Kind {
        REFUSING, HANGING, ANSWERING
    }

    private record Target(Endpoint endpoint, Kind kind) {
    }

    private EndpointSuiteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = 30;
        int timeoutSeconds = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--endpoints" -> count = positive(args, ++i);
                case "--timeout" -> timeoutSeconds = positive(args, ++i);
                default -> {
                    System.err.println("usage: endpoint-suite.sh [--endpoints N] [--timeout SECONDS]");
                    System.exit(2);
                }
            }
        }
        try (TlsServer answering = new TlsServer("self-signed.p12"); SilentServer hanging = new SilentServer()) {
            int refusing = Loopback.closedPort();
            List<Target> targets = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Kind kind = Kind.values()[i % 3];
                int port = switch (kind) {
                    case REFUSING -> refusing;
                    case HANGING -> hanging.port();
                    case ANSWERING -> answering.port();
                };
                String host = String.format(Locale.ROOT, "endpoint%02d.bench.invalid", i);
                targets.add(new Target(new Endpoint(host, port, host), kind));
            }
            System.out.printf("%d endpoints on 127.0.0.1 (%d refusing, %d hanging, %d answering over TLS), "
                    + "%d s per step%n%n", count, count(targets, Kind.REFUSING), count(targets, Kind.HANGING),
                    count(targets, Kind.ANSWERING), timeoutSeconds);

            Duration suite = suite(targets, timeoutSeconds);
            Duration curl = curlLoop(targets, timeoutSeconds);
            System.out.printf("%nconsole endpoint suite (all at once):      %6.2f s%n", seconds(suite));
            System.out.printf("curl --connect-timeout %d, one at a time:   %6.2f s%n", timeoutSeconds, seconds(curl));
            System.out.printf("ratio (curl loop / suite):                  %6.1fx%n", seconds(curl) / seconds(suite));
        }
    }

    private static Duration suite(List<Target> targets, int timeoutSeconds) {
        List<Endpoint> endpoints = targets.stream().map(Target::endpoint).toList();
        EndpointSuite suite = EndpointSuite.builder()
                .resolver(StaticHostResolver.allTo(Loopback.ADDRESS, endpoints.stream().map(Endpoint::host).toList()))
                .timeouts(ProbeTimeouts.uniform(Duration.ofSeconds(timeoutSeconds))).build();
        ProxySettings direct = new ProxySettings("benchmark", true, List.of(), List.of(), null);
        long start = System.nanoTime();
        Reading<List<EndpointCheck>> reading = suite.probe(endpoints, direct, new NullProgressMonitor());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (EndpointCheck check : reading.value()) {
            outcomes.merge(outcome(check), 1, Integer::sum);
        }
        System.out.println("console endpoint suite: " + outcomes);
        return took;
    }

    private static String outcome(EndpointCheck check) {
        if (check.httpStatus() != null) {
            return "answered HTTP " + check.httpStatus() + (Boolean.FALSE.equals(check.tlsValid()) ? " (TLS not trusted)"
                    : "");
        }
        return check.steps().stream().filter(step -> !step.succeeded()).findFirst()
                .map(step -> step.name() + (step.timedOut() ? " timed out" : " failed")).orElse("no result");
    }

    private static Duration curlLoop(List<Target> targets, int timeoutSeconds) throws IOException, InterruptedException {
        Map<String, Integer> exits = new TreeMap<>();
        long start = System.nanoTime();
        for (Target target : targets) {
            Endpoint endpoint = target.endpoint();
            Process curl = new ProcessBuilder("curl", "-s", "-o", "/dev/null", "--connect-timeout",
                    String.valueOf(timeoutSeconds), "--resolve", endpoint.host() + ":" + endpoint.port() + ":"
                            + Loopback.ADDRESS, "https://" + endpoint.host() + ":" + endpoint.port() + "/")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            exits.merge("exit " + curl.waitFor(), 1, Integer::sum);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("curl loop: " + exits + " (7 refused, 28 timed out, 60 certificate not trusted)");
        return took;
    }

    private static long count(List<Target> targets, Kind kind) {
        return targets.stream().filter(target -> target.kind() == kind).count();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static int positive(String[] args, int index) {
        try {
            int value = Integer.parseInt(args[index]);
            if (value > 0) {
                return value;
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            // reported below
        }
        System.err.println("endpoint-suite.sh: " + (index > 0 ? args[index - 1] : "option") + " takes a positive number");
        System.exit(2);
        return 0;
    }
}
