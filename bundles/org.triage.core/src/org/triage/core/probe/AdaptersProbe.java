package org.triage.core.probe;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.session.Facts;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.model.Fact;
import org.triage.model.Observation;

/** The network adapters with their addresses and DNS servers, tunnels marked. */
public final class AdaptersProbe implements Probe {

    public static final String ID = "vpn.adapters";

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
        List<Fact> adapters = new ArrayList<>();
        for (NetworkAdapter adapter : reading.value()) {
            List<Fact> fields = new ArrayList<>();
            Facts.optional("Name", adapter.name()).ifPresent(fields::add);
            Facts.optional("Kind", adapter.kind()).ifPresent(fields::add);
            Facts.optional("Description", adapter.description()).ifPresent(fields::add);
            fields.add(Facts.texts("IPv4Address", adapter.ipv4Addresses()));
            fields.add(Facts.texts("DefaultGateway", adapter.gateways()));
            fields.add(Facts.texts("DnsServers", adapter.dnsServers()));
            Facts.optional("DnsSuffix", adapter.dnsSuffix()).ifPresent(fields::add);
            fields.add(Facts.bool("Connected", adapter.connected()));
            fields.add(Facts.bool("Tunnel", adapter.tunnel()));
            adapters.add(Facts.record("", fields));
        }
        long tunnels = reading.value().stream().filter(a -> a.tunnel() && a.connected()).count();
        return observation.fact(Facts.list("adapters", adapters))
                .summary(reading.value().size() + " adapter(s), " + tunnels + " connected tunnel(s)")
                .build();
    }
}
