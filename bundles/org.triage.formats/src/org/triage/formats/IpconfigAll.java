package org.triage.formats;

import java.util.List;
import java.util.Optional;

/**
 * Parsed {@code ipconfig /all}.
 *
 * @param host     the {@code Windows IP Configuration} block
 * @param adapters the adapter blocks in printed order
 */
public record IpconfigAll(IpconfigHost host, List<NetworkAdapter> adapters, List<UnparsedLine> unparsedLines,
        List<ParseProblem> problems, boolean recognised) implements FormatResult {

    public IpconfigAll {
        adapters = List.copyOf(adapters);
        unparsedLines = List.copyOf(unparsedLines);
        problems = List.copyOf(problems);
    }

    public static IpconfigAll of(IpconfigHost host, List<NetworkAdapter> adapters) {
        return new IpconfigAll(host, adapters, List.of(), List.of(), true);
    }

    public Optional<NetworkAdapter> adapter(String name) {
        return adapters.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Adapters that are connected (no {@code Media disconnected}). */
    public List<NetworkAdapter> connectedAdapters() {
        return adapters.stream().filter(a -> !a.mediaDisconnected()).toList();
    }

    /** Connected adapters that look like VPN tunnels. */
    public List<NetworkAdapter> connectedVpnAdapters() {
        return connectedAdapters().stream().filter(NetworkAdapter::isVpnLike).toList();
    }
}
