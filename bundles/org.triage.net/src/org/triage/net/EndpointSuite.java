package org.triage.net;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.Evidence;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.net.internal.EndpointTest;
import org.triage.net.internal.SocketWatch;
import org.triage.net.internal.Transcript;

/**
 * Tests endpoints the way sign-in reaches them: for each endpoint DNS, TCP, TLS and HTTP, directly and, where
 * the settings name one for it, through the proxy. All tests run at once and every step has its own timeout,
 * so a suite takes about as long as its slowest test ({@link ProbeTimeouts#perTest()}), not the sum of them;
 * a cancelled monitor stops it at once. Live targets call it from {@code Target.endpoints}:
 *
 * <pre>
 * EndpointSuite.builder().build().probe(endpoints, proxySettings, monitor)
 * </pre>
 *
 * The suite is immutable and may run from several threads; each {@link #probe} call has its own threads
 * and sockets and leaves none open behind it.
 */
public final class EndpointSuite {

    /** Time the suite allows beyond the slowest test's timeouts before it abandons a test. */
    private static final Duration GRACE = Duration.ofSeconds(2);
    /** How often a waiting suite looks at its monitor for cancellation. */
    private static final long POLL_MILLIS = 25;

    private final EndpointCatalogue catalogue;
    private final HostResolver resolver;
    private final ProbeTimeouts timeouts;
    private final TlsTrust trust;

    private EndpointSuite(Builder builder) {
        this.catalogue = builder.catalogue != null ? builder.catalogue : EndpointCatalogue.builtIn();
        this.resolver = builder.resolver != null ? builder.resolver : HostResolver.SYSTEM;
        this.timeouts = builder.timeouts != null ? builder.timeouts : ProbeTimeouts.STANDARD;
        this.trust = builder.trust != null ? builder.trust : TlsTrust.jdkDefault();
    }

    /** The built-in catalogue, the system resolver, 5 s per step and the JDK's trust store, unless set. */
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private EndpointCatalogue catalogue;
        private HostResolver resolver;
        private ProbeTimeouts timeouts;
        private TlsTrust trust;

        private Builder() {
        }

        public Builder catalogue(EndpointCatalogue catalogue) {
            this.catalogue = catalogue;
            return this;
        }

        public Builder resolver(HostResolver resolver) {
            this.resolver = resolver;
            return this;
        }

        public Builder timeouts(ProbeTimeouts timeouts) {
            this.timeouts = timeouts;
            return this;
        }

        public Builder trust(TlsTrust trust) {
            this.trust = trust;
            return this;
        }

        public EndpointSuite build() {
            return new EndpointSuite(this);
        }
    }

    public EndpointCatalogue catalogue() {
        return catalogue;
    }

    public ProbeTimeouts timeouts() {
        return timeouts;
    }

    /** The longest a {@link #probe} call takes, however many endpoints it tests. */
    public Duration bound() {
        return timeouts.perTest().plus(GRACE);
    }

    /**
     * Tests every endpoint directly, and through the proxy that {@code proxy} names for it.
     *
     * @param proxy the target's proxy settings (WinHTTP on Windows, the environment on Linux); null or direct
     *              for none
     * @return one check per endpoint (each once) and path, in the order of {@code endpoints}, direct before
     *         proxy; a failed reading where the monitor was cancelled, with the transcript of the tests that
     *         finished
     */
    public Reading<List<EndpointCheck>> probe(List<Endpoint> endpoints, ProxySettings proxy, IProgressMonitor monitor) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Set<String> problems = new LinkedHashSet<>();
        List<EndpointTest> tests = new ArrayList<>();
        ExecutorService lookups = Executors.newCachedThreadPool(daemons("triage DNS lookup"));
        ExecutorService runners = Executors.newCachedThreadPool(daemons("triage endpoint test"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemons("triage endpoint timeouts"));
        SocketWatch sockets = new SocketWatch(timer);
        EndpointTest.Context context = new EndpointTest.Context(resolver, timeouts, trust, catalogue, lookups, sockets);
        List<Endpoint> distinct = endpoints.stream().distinct().toList();
        for (Endpoint endpoint : distinct) {
            tests.add(new EndpointTest(endpoint, null, context));
            Proxies.Choice choice = Proxies.select(proxy, endpoint.host(), EndpointTest.scheme(endpoint));
            problems.addAll(choice.problems());
            choice.proxy().ifPresent(server -> tests.add(new EndpointTest(endpoint, server, context)));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Testing " + distinct.size() + " endpoint(s)", tests.size());
        try {
            CompletionService<EndpointCheck> completion = new ExecutorCompletionService<>(runners);
            Map<Future<EndpointCheck>, Integer> running = new HashMap<>();
            for (int i = 0; i < tests.size(); i++) {
                running.put(completion.submit(tests.get(i)), i);
            }
            EndpointCheck[] checks = new EndpointCheck[tests.size()];
            long deadline = start + bound().toNanos();
            while (!running.isEmpty()) {
                if (progress.isCanceled()) {
                    return cancelled(tests, checks, start, startedAt, proxy);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    running.forEach((future, index) -> {
                        future.cancel(true);
                        checks[index] = abandoned(tests.get(index));
                    });
                    break;
                }
                Future<EndpointCheck> finished;
                try {
                    finished = completion.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)),
                            TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return cancelled(tests, checks, start, startedAt, proxy);
                }
                if (finished != null) {
                    int index = running.remove(finished);
                    checks[index] = result(finished, tests.get(index));
                    progress.subTask(tests.get(index).endpoint().host());
                    progress.worked(1);
                }
            }
            List<EndpointCheck> results = List.of(checks);
            return Reading.of(results, List.of(evidence(results, start, startedAt, proxy, tests.size())),
                    List.copyOf(problems));
        } finally {
            sockets.close();
            runners.shutdownNow();
            lookups.shutdownNow();
            timer.shutdownNow();
        }
    }

    private EndpointCheck result(Future<EndpointCheck> future, EndpointTest test) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return failed(test, "the test failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(test, "the test was interrupted");
        }
    }

    private EndpointCheck abandoned(EndpointTest test) {
        return failed(test, "the test did not finish within " + ProbeTimeouts.seconds(bound()) + " and was abandoned");
    }

    private EndpointCheck failed(EndpointTest test, String error) {
        return new EndpointCheck(test.endpoint(), null, List.of(), null, null, null, null, test.via(), null, error, null,
                null, List.of(), catalogue.version());
    }

    private Reading<List<EndpointCheck>> cancelled(List<EndpointTest> tests, EndpointCheck[] checks, long start,
            Instant startedAt, ProxySettings proxy) {
        List<EndpointCheck> finished = new ArrayList<>();
        for (EndpointCheck check : checks) {
            if (check != null) {
                finished.add(check);
            }
        }
        return Reading.failed("the endpoint tests were cancelled after " + millis(start) + " ms; " + finished.size()
                + " of " + tests.size() + " had finished", List.of(evidence(finished, start, startedAt, proxy,
                        tests.size())));
    }

    private Evidence evidence(List<EndpointCheck> checks, long start, Instant startedAt, ProxySettings proxy,
            int tests) {
        String source = "endpoint tests (DNS, TCP, TLS, HTTP; all at once): " + tests + " test(s); timeouts "
                + timeouts + "; catalogue " + catalogue.version() + "; " + resolver.describe() + "; proxy "
                + describe(proxy) + "; TLS judged by " + trust;
        return new Evidence(source, null, "UTF-8", null, startedAt,
                Transcript.of(checks) + "\nwall time " + millis(start) + " ms\n");
    }

    private static String describe(ProxySettings proxy) {
        if (proxy == null || proxy.direct() || proxy.servers().isEmpty()) {
            return "none" + (proxy == null ? "" : " (" + proxy.source() + ")");
        }
        return String.join(";", proxy.servers()) + " (" + proxy.source() + (proxy.bypass().isEmpty() ? ""
                : ", bypass " + String.join(";", proxy.bypass())) + ")";
    }

    private static long millis(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + " " + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
