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
import org.triage.model.Fact;
import org.triage.model.Observation;

/**
 * The VPN products on the workstation, recognised by the virtual adapter each installs, and whether each is
 * connected now. Third-party clients (Cisco Secure Client, GlobalProtect, FortiClient, Zscaler, Ivanti, Check
 * Point, OpenVPN, WireGuard) never appear in {@code Get-VpnConnection}; their adapter is what shows them.
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
        List<Fact> clients = new ArrayList<>();
        Set<String> connected = new LinkedHashSet<>();
        for (NetworkAdapter adapter : reading.value()) {
            Optional<VpnClient> client = VpnClient.of(adapter);
            if (client.isEmpty()) {
                continue;
            }
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
            clients.add(Facts.record("", fields));
            if (up) {
                connected.add(client.get().displayName() + " (" + adapter.name() + ")");
            }
        }
        return observation.fact(Facts.list("clients", clients))
                .fact(Facts.texts("connected", List.copyOf(connected)))
                .summary(clients.isEmpty() ? "no VPN client's adapter found"
                        : clients.size() + " VPN adapter(s); " + (connected.isEmpty() ? "none connected"
                                : "connected: " + String.join(", ", connected)))
                .build();
    }
}
