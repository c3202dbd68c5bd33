package org.triage.platform.linux;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code wg show all endpoints} and {@code wg show all allowed-ips} print: per interface and peer, the
 * peer's endpoint and the addresses routed to it ({@code wg0<TAB>PUBLIC-KEY<TAB>value}). Only these views are
 * read: {@code wg show all dump} would also print the private key.
 *
 * @param endpoints  interface to its peers' endpoints ({@code host:port})
 * @param allowedIps interface to the ranges its peers accept ({@code 0.0.0.0/0} for a full tunnel)
 */
public record WireGuard(Map<String, List<String>> endpoints, Map<String, List<String>> allowedIps) {

    public static final WireGuard NONE = new WireGuard(Map.of(), Map.of());

    public static WireGuard parse(String endpointsOutput, String allowedIpsOutput) {
        return new WireGuard(values(endpointsOutput), values(allowedIpsOutput));
    }

    /** Whether a peer of the interface takes all IPv4 traffic: 0.0.0.0/0, or both halves of it. */
    public boolean fullTunnel(String device) {
        List<String> ranges = allowedIps.getOrDefault(device, List.of());
        return ranges.contains("0.0.0.0/0") || (ranges.contains("0.0.0.0/1") && ranges.contains("128.0.0.0/1"));
    }

    /** Whether {@code wg} told anything about the interface. */
    public boolean knows(String device) {
        return allowedIps.containsKey(device);
    }

    private static Map<String, List<String>> values(String text) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (text == null) {
            return values;
        }
        for (String line : text.split("\\R")) {
            String[] fields = line.strip().split("\\t");
            if (fields.length < 3) {
                continue;
            }
            List<String> list = values.computeIfAbsent(fields[0], name -> new ArrayList<>());
            for (String value : fields[2].split("\\s+")) {
                if (!value.isEmpty() && !value.equals("(none)")) {
                    list.add(value);
                }
            }
        }
        return values;
    }
}
