package org.triage.net.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.EndpointCheck.Step;
import org.triage.core.target.EndpointCheck.Tls;
import org.triage.net.EndpointCatalogue;
import org.triage.net.HostResolver;
import org.triage.net.IpRange;
import org.triage.net.ProbeTimeouts;
import org.triage.net.ProxyServer;
import org.triage.net.TlsTrust;

/**
 * Tests one endpoint along one path, step by step: DNS, TCP, the proxy's CONNECT tunnel where there is a
 * proxy, the TLS handshake and an HTTP request. Each step has its own timeout; the first step that fails
 * ends the test. Never throws: every outcome is an {@link EndpointCheck}.
 */
public final class EndpointTest implements Callable<EndpointCheck> {

    /** What all tests of a suite run share. */
    public record Context(HostResolver resolver, ProbeTimeouts timeouts, TlsTrust trust, EndpointCatalogue catalogue,
            ExecutorService lookups, SocketWatch sockets) {
    }

    private static final String USER_AGENT = "TriageConsole/0.1 (endpoint test)";
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/\\d(?:\\.\\d)?\\s+(\\d{3})(?:\\s+(.*))?");
    private static final int MAX_HEAD = 16 * 1024;
    private static final int PLAIN_HTTP = 80;

    private final Endpoint endpoint;
    private final ProxyServer proxy;
    private final Context context;
    private final List<Step> steps = new ArrayList<>();
    private long startedAt;

    /** @param proxy null for the direct path */
    public EndpointTest(Endpoint endpoint, ProxyServer proxy, Context context) {
        this.endpoint = endpoint;
        this.proxy = proxy;
        this.context = context;
    }

    /** {@code http} on port 80, where the test makes no TLS handshake; {@code https} everywhere else. */
    public static String scheme(Endpoint endpoint) {
        return endpoint.port() == PLAIN_HTTP ? "http" : "https";
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** {@code direct} or the proxy, as the check names its path. */
    public String via() {
        return proxy == null ? EndpointCheck.DIRECT : proxy.toString();
    }

    @Override
    public EndpointCheck call() {
        startedAt = System.nanoTime();
        Outcome outcome = new Outcome();
        String name = proxy == null ? endpoint.host() : proxy.host();
        List<InetAddress> addresses = resolve(name);
        if (proxy == null) {
            outcome.nameResolved = addresses != null;
            if (addresses != null) {
                outcome.addresses = addresses.stream().map(InetAddress::getHostAddress).toList();
                outcome.inPublishedRanges = context.catalogue().inPublishedRanges(endpoint.host(), addresses);
            }
        }
        if (addresses == null) {
            outcome.tcpConnected = proxy == null ? null : false;
            return outcome.check();
        }
        Socket socket = connect(addresses, proxy == null ? endpoint.port() : proxy.port());
        if (socket == null) {
            outcome.tcpConnected = false;
            return outcome.check();
        }
        try {
            boolean tunnelled = proxy == null || endpoint.port() == PLAIN_HTTP || tunnel(socket);
            outcome.tcpConnected = tunnelled;
            if (!tunnelled) {
                return outcome.check();
            }
            Socket stream = socket;
            if (endpoint.port() != PLAIN_HTTP) {
                SSLSocket secured = handshake(socket, outcome);
                if (secured == null) {
                    return outcome.check();
                }
                stream = secured;
            }
            outcome.httpStatus = request(stream, socket, outcome);
            return outcome.check();
        } finally {
            context.sockets().release(socket);
        }
    }

    /** The addresses of {@code name}, or null where it does not resolve in time. */
    private List<InetAddress> resolve(String name) {
        long start = System.nanoTime();
        Duration timeout = context.timeouts().dns();
        String subject = proxy == null ? name : "the proxy " + name;
        Optional<InetAddress> literal = IpRange.literalAddress(name);
        if (literal.isPresent()) {
            step(Step.DNS, true, start, false, subject + " is an address; nothing to resolve");
            return List.of(literal.get());
        }
        Future<List<InetAddress>> lookup = context.lookups().submit(() -> context.resolver().resolve(name));
        try {
            List<InetAddress> addresses = lookup.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (addresses == null || addresses.isEmpty()) {
                step(Step.DNS, false, start, false, subject + " resolves to no address");
                return null;
            }
            step(Step.DNS, true, start, false, describeAddresses(name, addresses));
            return addresses;
        } catch (TimeoutException e) {
            lookup.cancel(true);
            step(Step.DNS, false, start, true, subject + ": no answer within " + seconds(timeout));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            step(Step.DNS, false, start, false, cause instanceof UnknownHostException
                    ? subject + " does not resolve (" + cause.getMessage() + ")"
                    : subject + ": " + describe(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lookup.cancel(true);
            step(Step.DNS, false, start, false, "cancelled");
        }
        return null;
    }

    private String describeAddresses(String name, List<InetAddress> addresses) {
        String list = String.join(", ", addresses.stream().map(InetAddress::getHostAddress).toList());
        if (proxy != null) {
            return "the proxy " + name + " is " + list;
        }
        Boolean published = context.catalogue().inPublishedRanges(endpoint.host(), addresses);
        return list + (published == null ? "" : published ? " (in Microsoft's published ranges)"
                : " (NOT in Microsoft's published ranges: " + String.join(", ",
                        context.catalogue().publishedRanges(endpoint.host()).stream().map(Object::toString).toList())
                        + ")");
    }

    /** A socket connected to the first address that accepts within the TCP timeout, or null. */
    private Socket connect(List<InetAddress> addresses, int port) {
        long start = System.nanoTime();
        long deadline = start + context.timeouts().connect().toNanos();
        List<String> failures = new ArrayList<>();
        boolean timedOut = false;
        for (InetAddress address : addresses) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                timedOut = true;
                break;
            }
            Socket socket = new Socket();
            context.sockets().register(socket);
            InetSocketAddress target = new InetSocketAddress(address, port);
            try {
                socket.connect(target, (int) Math.max(1, left));
                step(Step.TCP, true, start, false, "connected to " + endpointText(target)
                        + (failures.isEmpty() ? "" : " (" + String.join("; ", failures) + ")"));
                return socket;
            } catch (SocketTimeoutException e) {
                timedOut = true;
                failures.add(endpointText(target) + ": no answer within " + seconds(context.timeouts().connect()));
            } catch (ConnectException e) {
                failures.add(endpointText(target) + ": connection refused");
            } catch (IOException e) {
                failures.add(endpointText(target) + ": " + describe(e));
            }
            context.sockets().release(socket);
        }
        step(Step.TCP, false, start, timedOut && failures.stream().noneMatch(f -> f.endsWith("refused")),
                (proxy == null ? "" : "the proxy: ") + String.join("; ", failures));
        return null;
    }

    /** Asks the proxy for a tunnel to the endpoint; true where it answers 2xx. */
    private boolean tunnel(Socket socket) {
        long start = System.nanoTime();
        String authority = endpoint.host() + ":" + endpoint.port();
        Duration timeout = context.timeouts().connect();
        try (SocketWatch.Alarm alarm = context.sockets().arm(socket, timeout)) {
            try {
                socket.setSoTimeout((int) timeout.toMillis());
                OutputStream out = socket.getOutputStream();
                out.write(("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\nUser-Agent: " + USER_AGENT
                        + "\r\nProxy-Connection: keep-alive\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = readHead(socket.getInputStream(), true);
                String statusLine = head.lines().findFirst().orElse("");
                Matcher status = STATUS_LINE.matcher(statusLine.trim());
                if (!status.matches()) {
                    step(Step.CONNECT, false, start, false, "the proxy's answer is not HTTP: " + abbreviate(statusLine));
                    return false;
                }
                int code = Integer.parseInt(status.group(1));
                boolean ok = code >= 200 && code < 300;
                step(Step.CONNECT, ok, start, false, (ok ? "tunnel to " + authority + ": " : "the proxy refused the "
                        + "tunnel to " + authority + ": ") + statusLine.trim()
                        + (code == 407 ? " (it wants credentials, which the endpoint test does not send)" : ""));
                return ok;
            } catch (IOException e) {
                boolean late = alarm.fired() || e instanceof SocketTimeoutException;
                step(Step.CONNECT, false, start, late, late ? "the proxy did not answer CONNECT within "
                        + seconds(timeout) : "the proxy: " + describe(e));
                return false;
            }
        }
    }

    /** The TLS session over {@code socket}, or null where the handshake failed (recorded in the outcome). */
    private SSLSocket handshake(Socket socket, Outcome outcome) {
        long start = System.nanoTime();
        Duration timeout = context.timeouts().tls();
        RecordingTrustManager recorder = new RecordingTrustManager(context.trust().trustManager());
        try (SocketWatch.Alarm alarm = context.sockets().arm(socket, timeout)) {
            SSLSocket secured = null;
            try {
                SSLContext tls = SSLContext.getInstance("TLS");
                tls.init(null, new TrustManager[] { recorder }, null);
                secured = (SSLSocket) tls.getSocketFactory().createSocket(socket, endpoint.host(), endpoint.port(), true);
                SSLParameters parameters = secured.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                if (isName(endpoint.host())) {
                    parameters.setServerNames(List.of(new SNIHostName(endpoint.host())));
                }
                secured.setSSLParameters(parameters);
                socket.setSoTimeout((int) timeout.toMillis());
                secured.startHandshake();
                SSLSession session = secured.getSession();
                Tls result = tls(recorder, session.getProtocol(), session.getCipherSuite());
                outcome.tls = result;
                step(Step.TLS, true, start, false, session.getProtocol() + " " + session.getCipherSuite() + "; "
                        + verdict(result));
                return secured;
            } catch (IOException e) {
                boolean late = alarm.fired() || e instanceof SocketTimeoutException;
                if (recorder.checked()) {
                    outcome.tls = tls(recorder, null, null);
                }
                step(Step.TLS, false, start, late, late ? "no handshake within " + seconds(timeout)
                        : "handshake failed: " + describe(e));
                closeQuietly(secured);
                return null;
            } catch (GeneralSecurityException e) {
                step(Step.TLS, false, start, false, "the JDK cannot make TLS connections: " + describe(e));
                return null;
            }
        }
    }

    private Tls tls(RecordingTrustManager recorder, String protocol, String cipher) {
        List<X509Certificate> chain = recorder.chain();
        List<String> described = chain.stream().map(c -> TlsTrust.describe(c.getSubjectX500Principal()) + " <- "
                + TlsTrust.describe(c.getIssuerX500Principal())).toList();
        String issuer = chain.isEmpty() ? null : TlsTrust.describe(chain.get(0).getIssuerX500Principal());
        return new Tls(protocol, cipher, described, recorder.problem() == null, recorder.problem(), issuer,
                context.trust().expectedIssuer(chain));
    }

    private String verdict(Tls tls) {
        if (!tls.trusted()) {
            return "NOT trusted (" + tls.trustProblem() + "), issued by " + tls.issuer();
        }
        if (!tls.expectedIssuer()) {
            return "trusted, but issued by " + tls.issuer() + ", not by " + String.join(" or ",
                    context.trust().expectedIssuers());
        }
        return "trusted, issued by " + tls.issuer();
    }

    /** Sends {@code GET /} and returns the status, or null where no status line came back in time. */
    private Integer request(Socket stream, Socket underlying, Outcome outcome) {
        long start = System.nanoTime();
        Duration timeout = context.timeouts().http();
        boolean absolute = proxy != null && endpoint.port() == PLAIN_HTTP;
        String hostHeader = endpoint.port() == 443 || endpoint.port() == PLAIN_HTTP ? endpoint.host()
                : endpoint.host() + ":" + endpoint.port();
        try (SocketWatch.Alarm alarm = context.sockets().arm(underlying, timeout)) {
            try {
                stream.setSoTimeout((int) timeout.toMillis());
                OutputStream out = stream.getOutputStream();
                out.write(("GET " + (absolute ? "http://" + hostHeader + "/" : "/") + " HTTP/1.1\r\nHost: " + hostHeader
                        + "\r\nUser-Agent: " + USER_AGENT + "\r\nAccept: */*\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = readHead(stream.getInputStream(), true);
                long answeredAt = System.currentTimeMillis();
                String statusLine = head.lines().findFirst().orElse("").trim();
                Matcher status = STATUS_LINE.matcher(statusLine);
                if (!status.matches()) {
                    step(Step.HTTP, false, start, false, statusLine.isEmpty() ? "the connection closed without an answer"
                            : "not an HTTP answer: " + abbreviate(statusLine));
                    return null;
                }
                serverDate(head).ifPresent(date -> {
                    outcome.serverDate = date;
                    // the Date header is truncated to the second: the answer was sent within the second it names
                    outcome.clockOffsetMillis = answeredAt - date.toEpochMilli() - 500;
                });
                step(Step.HTTP, true, start, false, statusLine + (outcome.serverDate == null ? ""
                        : ", Date " + outcome.serverDate));
                return Integer.parseInt(status.group(1));
            } catch (IOException e) {
                boolean late = alarm.fired() || e instanceof SocketTimeoutException;
                step(Step.HTTP, false, start, late, late ? "no answer within " + seconds(timeout) : describe(e));
                return null;
            }
        }
    }

    /** The {@code Date} header of a response head (RFC 1123), where it has a readable one. */
    static Optional<java.time.Instant> serverDate(String head) {
        return head.lines().skip(1).map(String::strip).filter(line -> line.regionMatches(true, 0, "Date:", 0, 5))
                .findFirst().flatMap(line -> {
                    try {
                        return Optional.of(java.time.ZonedDateTime.parse(line.substring(5).strip(),
                                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                    } catch (java.time.format.DateTimeParseException e) {
                        return Optional.empty();
                    }
                });
    }

    /** The response head up to the empty line ({@code whole}) or the status line; byte by byte, so no more. */
    private static String readHead(InputStream in, boolean whole) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int previous = -1;
        int lineLength = 0;
        while (head.size() < MAX_HEAD) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            if (b == '\n') {
                if (!whole || lineLength == 0 || (lineLength == 1 && previous == '\r')) {
                    break;
                }
                lineLength = 0;
            } else {
                lineLength++;
            }
            previous = b;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private void step(String name, boolean succeeded, long start, boolean timedOut, String detail) {
        steps.add(new Step(name, succeeded, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), timedOut,
                detail));
    }

    /** What the test found so far, turned into a check. */
    private final class Outcome {
        Boolean nameResolved;
        List<String> addresses = List.of();
        Boolean inPublishedRanges;
        Boolean tcpConnected;
        Tls tls;
        Integer httpStatus;
        java.time.Instant serverDate;
        Long clockOffsetMillis;

        EndpointCheck check() {
            Step failed = steps.stream().filter(step -> !step.succeeded()).findFirst().orElse(null);
            String error = failed == null ? null : failed.name() + ": " + failed.detail();
            Boolean tlsValid = tls == null ? null : !tls.intercepted();
            String tlsDetail = tls == null ? null : tlsDetail(tls);
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
            return new EndpointCheck(endpoint, nameResolved, addresses, tcpConnected, tlsValid, tlsDetail, httpStatus,
                    via(), elapsed, error, inPublishedRanges, tls, steps, context.catalogue().version(), serverDate,
                    clockOffsetMillis);
        }
    }

    private String tlsDetail(Tls tls) {
        String issuer = tls.issuer() == null ? "an unknown issuer" : tls.issuer();
        if (tls.intercepted()) {
            return "issued by " + issuer + (tls.trusted() ? ", not by " + String.join(" or ",
                    context.trust().expectedIssuers()) : "; not trusted: " + tls.trustProblem());
        }
        return (tls.protocol() == null ? "" : tls.protocol() + ", ") + "issued by " + issuer;
    }

    private static boolean isName(String host) {
        return host.indexOf(':') < 0 && !host.matches("[0-9.]+");
    }

    private static String endpointText(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\p{Cntrl}", " ").trim();
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // it failed already; nothing more to learn from closing it
            }
        }
    }
}
