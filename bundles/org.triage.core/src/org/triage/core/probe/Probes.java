package org.triage.core.probe;

import java.util.List;
import java.util.Optional;

/** The probes a diagnosis runs, in the order the views list them. */
public final class Probes {

    private static final List<Probe> ALL = List.of(new CachedCredentialsProbe(), new VpnConnectionsProbe(),
            new AdaptersProbe(), new VpnClientsProbe(), new RoutesProbe(), new DeviceRegistrationProbe(),
            new TokenBrokerEventsProbe(), new ProxyProbe(), new TlsSettingsProbe(), new ClockProbe(),
            new EndpointsProbe());

    private Probes() {
    }

    public static List<Probe> all() {
        return ALL;
    }

    public static Optional<Probe> byId(String id) {
        return ALL.stream().filter(probe -> probe.id().equals(id)).findFirst();
    }
}
