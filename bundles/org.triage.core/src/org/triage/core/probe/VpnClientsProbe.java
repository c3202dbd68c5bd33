package org.triage.core.probe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.session.Facts;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.core.target.VpnClient;
import org.triage.core.target.VpnClientState;
import org.triage.model.Fact;
import org.triage.model.Observation;

/**
 * The VPN products on the workstation, recognised by the virtual adapter each installs, and whether each is
 * connected now. Third-party clients (Cisco Secure Client, GlobalProtect, FortiClient, Zscaler, Ivanti, Check
 * Point, OpenVPN, WireGuard) never appear in {@code Get-VpnConnection}; their adapter is what shows them.
 * <p>
 * Where a client gives its own account of the session (Cisco Secure Client's {@code vpncli.exe stats}), its
 * record also holds the client's words: {@code ClientState}, {@code TunnelMode} ({@code Tunnel All Traffic},
 * {@code Split Include}, {@code Split Exclude}), {@code TunnelModeIPv6}, {@code Server} and {@code SecuredRoutes}.
 */
public final class VpnClientsProbe implements Probe {

    public static final String ID = "vpn.clients";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String view() {
        return "vpn";
    }

    @Override
    public Observation run(Target target, IProgressMonitor monitor) {
        ObservationBuilder observation = new ObservationBuilder(this);
        Reading<List<NetworkAdapter>> reading = target.adapters(monitor);
        if (!observation.accept(reading)) {
            return observation.build();
        }
        List<VpnClientState> states = ownStates(target, observation, monitor);
        List<Fact> clients = new ArrayList<>();
        Set<String> connected = new LinkedHashSet<>();
        Set<VpnClient> seen = new LinkedHashSet<>();
        for (NetworkAdapter adapter : reading.value()) {
            Optional<VpnClient> client = VpnClient.of(adapter);
            if (client.isEmpty()) {
                continue;
            }
            seen.add(client.get());
            boolean up = adapter.connected() && !adapter.ipv4Addresses().isEmpty();
            List<Fact> fields = new ArrayList<>();
            fields.add(Facts.text("Client", client.get().name()));
            fields.add(Facts.text("Product", client.get().displayName()));
            Facts.optional("Adapter", adapter.name()).ifPresent(fields::add);
            Facts.optional("Description", adapter.description()).ifPresent(fields::add);
            fields.add(Facts.bool("Connected", up));
            fields.add(Facts.texts("DefaultGateway", adapter.gateways()));
            fields.add(Facts.bool("HoldsDefaultGateway", up && !adapter.gateways().isEmpty()));
            fields.add(Facts.bool("CommandLine", client.get().hasCommandLine()));
            Optional<VpnClientState> own = stateOf(states, client.get());
            own.ifPresent(state -> addOwnWords(fields, state));
            clients.add(Facts.record("", fields));
            if (up) {
                connected.add(client.get().displayName() + " (" + adapter.name() + ")" + tunnelMode(own));
            }
        }
        for (VpnClientState state : states) {
            if (seen.add(state.client())) {
                // the client's own account without its adapter in the adapter list
                List<Fact> fields = new ArrayList<>();
                fields.add(Facts.text("Client", state.client().name()));
                fields.add(Facts.text("Product", state.client().displayName()));
                fields.add(Facts.bool("Connected", state.connected()));
                fields.add(Facts.bool("HoldsDefaultGateway", false));
                fields.add(Facts.bool("CommandLine", state.client().hasCommandLine()));
                addOwnWords(fields, state);
                clients.add(Facts.record("", fields));
                if (state.connected()) {
                    connected.add(state.client().displayName() + tunnelMode(Optional.of(state)));
                }
            }
        }
        return observation.fact(Facts.list("clients", clients))
                .fact(Facts.texts("connected", List.copyOf(connected)))
                .summary(clients.isEmpty() ? "no VPN client's adapter found"
                        : clients.size() + " VPN adapter(s); " + (connected.isEmpty() ? "none connected"
                                : "connected: " + String.join(", ", connected)))
                .build();
    }

    /** The clients' own accounts; a target without them is no problem, one that cannot read them is noted. */
    private static List<VpnClientState> ownStates(Target target, ObservationBuilder observation,
            IProgressMonitor monitor) {
        Reading<List<VpnClientState>> reading = target.vpnClientStates(monitor);
        observation.evidence(reading.evidence());
        List<String> problems = switch (reading.kind()) {
            case UNSUPPORTED -> List.of();
            case FAILED -> List.of(reading.message());
            case VALUE -> reading.problems();
        };
        if (!problems.isEmpty()) {
            observation.atLeast(org.triage.model.ObservationStatus.WARNING)
                    .fact(Facts.texts("clientStateProblems", problems));
        }
        return reading.kind() == Reading.Kind.VALUE ? reading.value() : List.of();
    }

    private static Optional<VpnClientState> stateOf(List<VpnClientState> states, VpnClient client) {
        return states.stream().filter(s -> s.client() == client).findFirst();
    }

    private static void addOwnWords(List<Fact> fields, VpnClientState state) {
        Facts.optional("ClientState", state.connectionState()).ifPresent(fields::add);
        Facts.optional("TunnelMode", state.tunnelModeIpv4()).ifPresent(fields::add);
        Facts.optional("TunnelModeIPv6", state.tunnelModeIpv6()).ifPresent(fields::add);
        Facts.optional("Server", state.serverAddress()).ifPresent(fields::add);
        if (!state.securedRoutesIpv4().isEmpty()) {
            fields.add(Facts.texts("SecuredRoutes", state.securedRoutesIpv4()));
        }
    }

    private static String tunnelMode(Optional<VpnClientState> state) {
        return state.map(VpnClientState::tunnelModeIpv4).map(mode -> ", its own tunnel mode: " + mode).orElse("");
    }
}
