package org.triage.formats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code vpncli.exe stats} of Cisco Secure Client (AnyConnect) says about the session. Values the client prints
 * as {@code Not Available} are empty; every value is kept in the client's own words ({@code Tunnel All Traffic},
 * {@code Split Include}, {@code Split Exclude}, {@code Drop All Traffic}).
 *
 * @param connectionState     {@code Connection State} ({@code Connected}, {@code Disconnected}, {@code Reconnecting}),
 *                            or the last {@code >> state:} notice where the section is missing
 * @param tunnelModeIpv4      {@code Tunnel Mode (IPv4)}
 * @param tunnelModeIpv6      {@code Tunnel Mode (IPv6)}
 * @param serverAddress       {@code Server Address}: the gateway the client is connected to
 * @param clientAddressIpv4   {@code Client Address (IPv4)}: the address inside the tunnel
 * @param securedRoutesIpv4   {@code [ Secured Routes (IPv4) ]} as {@code network/length}, where listed
 * @param securedRoutesIpv6   {@code [ Secured Routes (IPv6) ]}, likewise
 * @param nonSecuredRoutesIpv4 {@code [ Non-Secured Routes (IPv4) ]}, likewise
 * @param fields              every {@code label: value} line, by section name then label, as printed
 */
public record AnyConnectStats(Optional<String> connectionState, Optional<String> tunnelModeIpv4,
        Optional<String> tunnelModeIpv6, Optional<String> serverAddress, Optional<String> clientAddressIpv4,
        List<String> securedRoutesIpv4, List<String> securedRoutesIpv6, List<String> nonSecuredRoutesIpv4,
        Map<String, Map<String, String>> fields, List<UnparsedLine> unparsedLines, List<ParseProblem> problems,
        boolean recognised) implements FormatResult {

    public AnyConnectStats {
        securedRoutesIpv4 = List.copyOf(securedRoutesIpv4);
        securedRoutesIpv6 = List.copyOf(securedRoutesIpv6);
        nonSecuredRoutesIpv4 = List.copyOf(nonSecuredRoutesIpv4);
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        fields.forEach((section, labels) -> sections.put(section, Collections.unmodifiableMap(new LinkedHashMap<>(labels))));
        fields = Collections.unmodifiableMap(sections);
        unparsedLines = List.copyOf(unparsedLines);
        problems = List.copyOf(problems);
    }

    /** Whether the client says it is connected ({@code Connection State: Connected}). */
    public boolean connected() {
        return connectionState.map(s -> s.equalsIgnoreCase("Connected")).orElse(false);
    }

    /** Whether the IPv4 tunnel mode is the client's {@code Tunnel All Traffic}. */
    public boolean tunnelsAllIpv4() {
        return tunnelModeIpv4.map(m -> m.toLowerCase(Locale.ROOT).startsWith("tunnel all")).orElse(false);
    }
}
