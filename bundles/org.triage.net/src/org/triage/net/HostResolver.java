package org.triage.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The suite asks it for every endpoint (and proxy) name, so tests and the
 * benchmark can map Microsoft's names to loopback addresses and never send a packet elsewhere.
 * Implementations may block; the suite bounds each call by its DNS timeout.
 */
public interface HostResolver {

    /** The resolver the operating system configures: {@link InetAddress#getAllByName(String)}. */
    HostResolver SYSTEM = new HostResolver() {
        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            return List.of(InetAddress.getAllByName(host));
        }

        @Override
        public String describe() {
            return "the system resolver";
        }
    };

    /**
     * @return at least one address
     * @throws UnknownHostException where the name does not resolve
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** What it is, for the evidence of a test, e.g. {@code the system resolver}. */
    String describe();
}
