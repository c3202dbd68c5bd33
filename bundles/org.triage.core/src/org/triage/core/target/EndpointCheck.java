package org.triage.core.target;

import java.util.List;

/**
 * The result of testing one endpoint along one path (direct, or through a proxy). Null booleans mean "not
 * tested" (e.g. no TCP test after DNS failed).
 *
 * @param via               "direct" or the proxy used
 * @param elapsedMillis     the whole test, all steps
 * @param inPublishedRanges whether every resolved address lies in the ranges the catalogue publishes for the
 *                          endpoint; null where nothing resolved or the catalogue publishes no ranges for it
 * @param tls               what the TLS handshake showed, where one was made (completed or not)
 * @param steps             each step in order with its time and outcome; empty where the source does not
 *                          tell (a snapshot's Test-NetConnection results)
 * @param catalogueVersion  the endpoint catalogue the test used, where one was
 * @param serverDate        the {@code Date} header of the HTTP answer, where there was one
 * @param clockOffsetMillis how far the local clock was ahead of {@code serverDate} when the answer came (negative:
 *                          behind); null where there was no Date header
 */
public record EndpointCheck(Endpoint endpoint, Boolean nameResolved, List<String> addresses, Boolean tcpConnected,
        Boolean tlsValid, String tlsDetail, Integer httpStatus, String via, Long elapsedMillis, String error,
        Boolean inPublishedRanges, Tls tls, List<Step> steps, String catalogueVersion, java.time.Instant serverDate,
        Long clockOffsetMillis) {

    /** A check whose answer carried no {@code Date} header, or where none was asked for. */
    public EndpointCheck(Endpoint endpoint, Boolean nameResolved, List<String> addresses, Boolean tcpConnected,
            Boolean tlsValid, String tlsDetail, Integer httpStatus, String via, Long elapsedMillis, String error,
            Boolean inPublishedRanges, Tls tls, List<Step> steps, String catalogueVersion) {
        this(endpoint, nameResolved, addresses, tcpConnected, tlsValid, tlsDetail, httpStatus, via, elapsedMillis, error,
                inPublishedRanges, tls, steps, catalogueVersion, null, null);
    }

    /** The path name of a test made without a proxy. */
    public static final String DIRECT = "direct";

    public EndpointCheck {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A result as sources without step details report it (Test-NetConnection, the demo workstation). */
    public EndpointCheck(Endpoint endpoint, Boolean nameResolved, List<String> addresses, Boolean tcpConnected,
            Boolean tlsValid, String tlsDetail, Integer httpStatus, String via, Long elapsedMillis, String error) {
        this(endpoint, nameResolved, addresses, tcpConnected, tlsValid, tlsDetail, httpStatus, via, elapsedMillis,
                error, null, null, List.of(), null);
    }

    /** Whether a TCP connection was made; an intercepted TLS handshake still counts as reachable. */
    public boolean reachable() {
        return Boolean.TRUE.equals(tcpConnected);
    }

    /** Whether the test went through a proxy rather than directly. */
    public boolean throughProxy() {
        return via != null && !DIRECT.equals(via);
    }

    /**
     * One step of the test.
     *
     * @param name      DNS, TCP, CONNECT (the proxy tunnel), TLS or HTTP
     * @param timedOut  whether the step ran into its timeout (rather than being refused or failing)
     * @param detail    what it found or why it failed, e.g. {@code 2 address(es)}, {@code connection refused}
     */
    public record Step(String name, boolean succeeded, long elapsedMillis, boolean timedOut, String detail) {

        public static final String DNS = "DNS";
        public static final String TCP = "TCP";
        public static final String CONNECT = "CONNECT";
        public static final String TLS = "TLS";
        public static final String HTTP = "HTTP";
    }

    /**
     * What the TLS handshake showed.
     *
     * @param chain          the server's certificates, leaf first, each as {@code subject <- issuer}
     * @param trusted        whether the chain validates against the trust store (and names the host)
     * @param trustProblem   why it does not, where it does not
     * @param issuer         the issuer of the leaf certificate
     * @param expectedIssuer whether the chain comes from an issuer expected for the endpoint
     */
    public record Tls(String protocol, String cipherSuite, List<String> chain, boolean trusted, String trustProblem,
            String issuer, boolean expectedIssuer) {

        public Tls {
            chain = chain == null ? List.of() : List.copyOf(chain);
        }

        /** A chain that is not trusted or not from the expected issuer: something between us and Microsoft. */
        public boolean intercepted() {
            return !trusted || !expectedIssuer;
        }
    }
}
