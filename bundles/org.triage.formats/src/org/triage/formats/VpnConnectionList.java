package org.triage.formats;

import java.util.List;
import java.util.Optional;

/**
 * Parsed {@code vpn-connections.json}: the profiles of {@code Get-VpnConnection} and
 * {@code Get-VpnConnection -AllUserConnection}. Empty input is recognised as "no profiles",
 * since ConvertTo-Json writes nothing when the cmdlet returns nothing.
 */
public record VpnConnectionList(List<VpnConnection> connections, List<ParseProblem> problems, boolean recognised)
        implements FormatResult {

    public VpnConnectionList {
        connections = List.copyOf(connections);
        problems = List.copyOf(problems);
    }

    public static VpnConnectionList of(List<VpnConnection> connections) {
        return new VpnConnectionList(connections, List.of(), true);
    }

    public Optional<VpnConnection> connection(String name) {
        return connections.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    public List<VpnConnection> connected() {
        return connections.stream().filter(VpnConnection::isConnected).toList();
    }
}
