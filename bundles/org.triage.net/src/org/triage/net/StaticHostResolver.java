package org.triage.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fixed table of names and address literals, like a hosts file that is the only source: a name that is
 * not in the table does not resolve, and nothing is ever asked of DNS. The tests and the benchmark map the
 * Microsoft names to 127.0.0.1 with it.
 */
public final class StaticHostResolver implements HostResolver {

    private final Map<String, List<byte[]>> table;

    private StaticHostResolver(Map<String, List<byte[]>> table) {
        this.table = table;
    }

    /**
     * @param table host names to address literals ({@code 127.0.0.1}, {@code ::1})
     * @throws IllegalArgumentException where an address is not a literal
     */
    public static StaticHostResolver of(Map<String, List<String>> table) {
        Map<String, List<byte[]>> copy = new LinkedHashMap<>();
        table.forEach((host, addresses) -> {
            List<byte[]> bytes = new ArrayList<>();
            addresses.forEach(address -> bytes.add(IpRange.literal(address)));
            copy.put(host.toLowerCase(Locale.ROOT), List.copyOf(bytes));
        });
        return new StaticHostResolver(copy);
    }

    /** Every name in {@code hosts} maps to {@code address}. */
    public static StaticHostResolver allTo(String address, Iterable<String> hosts) {
        Map<String, List<String>> table = new LinkedHashMap<>();
        hosts.forEach(host -> table.put(host, List.of(address)));
        return of(table);
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        List<byte[]> addresses = table.get(host.toLowerCase(Locale.ROOT));
        if (addresses == null || addresses.isEmpty()) {
            throw new UnknownHostException(host + ": not in the static host table");
        }
        List<InetAddress> resolved = new ArrayList<>();
        for (byte[] address : addresses) {
            resolved.add(InetAddress.getByAddress(host, address));
        }
        return resolved;
    }

    @Override
    public String describe() {
        return "a static host table of " + table.size() + " name(s)";
    }
}
