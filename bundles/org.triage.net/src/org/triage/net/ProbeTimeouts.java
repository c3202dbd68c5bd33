package org.triage.net;

import java.time.Duration;

/**
 * How long each step of an endpoint test may take. A test's steps run one after the other, so one test
 * takes at most {@link #perTest()}; the suite runs all tests at once, so it takes about as long as its
 * slowest test, not the sum.
 *
 * @param dns     resolving the endpoint's (or the proxy's) name
 * @param connect the TCP connection, and the proxy's answer to CONNECT
 * @param tls     the TLS handshake
 * @param http    the HTTP request until the status line
 */
public record ProbeTimeouts(Duration dns, Duration connect, Duration tls, Duration http) {

    /** What the console uses: 5 s per step. */
    public static final ProbeTimeouts STANDARD = uniform(Duration.ofSeconds(5));

    public ProbeTimeouts {
        for (Duration step : new Duration[] { dns, connect, tls, http }) {
            if (step == null || step.isNegative() || step.isZero()) {
                throw new IllegalArgumentException("every step needs a positive timeout: " + step);
            }
        }
    }

    public static ProbeTimeouts uniform(Duration step) {
        return new ProbeTimeouts(step, step, step, step);
    }

    /** The longest one test can take: every step up to its timeout, the proxy tunnel included. */
    public Duration perTest() {
        return dns.plus(connect).plus(connect).plus(tls).plus(http);
    }

    @Override
    public String toString() {
        return "DNS " + seconds(dns) + ", TCP " + seconds(connect) + ", TLS " + seconds(tls) + ", HTTP "
                + seconds(http);
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }
}
