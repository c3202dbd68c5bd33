package org.triage.snapshot;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.triage.core.target.CachedCredential;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.core.target.Route;
import org.triage.core.target.VpnConnection;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.WindowsReadings;

/**
 * What a target reads from the outputs of the snapshot format's commands, wherever they are kept: the files of a
 * snapshot folder or zip, or the raw evidence of an export. An output it does not have is an unsupported reading
 * that says why.
 */
public final class SnapshotReadings {

    private final Function<SnapshotFile, Optional<RawOutput>> outputs;
    private final Function<SnapshotFile, String> whyMissing;

    /**
     * @param outputs    the output of a command, where there is one
     * @param whyMissing what to tell the admin where there is none
     */
    public SnapshotReadings(Function<SnapshotFile, Optional<RawOutput>> outputs, Function<SnapshotFile, String> whyMissing) {
        this.outputs = outputs;
        this.whyMissing = whyMissing;
    }

    private <T> Reading<T> read(SnapshotFile file, Function<RawOutput, Reading<T>> reader) {
        return outputs.apply(file).map(reader).orElseGet(() -> Reading.unsupported(whyMissing.apply(file)));
    }

    public Reading<List<CachedCredential>> credentials() {
        return read(SnapshotFile.CMDKEY_LIST, WindowsReadings::credentials);
    }

    /** The profiles, each connected one with when its session began where the dial events tell. */
    public Reading<List<VpnConnection>> vpnConnections() {
        Reading<List<VpnConnection>> profiles = read(SnapshotFile.VPN_CONNECTIONS, WindowsReadings::vpnConnections);
        return WindowsReadings.withSessionStarts(profiles, outputs.apply(SnapshotFile.VPN_DIAL_EVENTS).orElse(null));
    }

    public Reading<List<Route>> routes() {
        return read(SnapshotFile.ROUTES, WindowsReadings::routes);
    }

    public Reading<List<NetworkAdapter>> adapters() {
        return read(SnapshotFile.IPCONFIG_ALL, WindowsReadings::adapters);
    }

    public Reading<ProxySettings> proxy() {
        return read(SnapshotFile.WINHTTP_PROXY, WindowsReadings::proxy);
    }

    public Reading<DeviceRegistration> registration() {
        return read(SnapshotFile.DSREGCMD_STATUS, WindowsReadings::registration);
    }

    public Reading<List<EndpointCheck>> endpoints(List<Endpoint> endpoints) {
        return read(SnapshotFile.ENDPOINT_TESTS, raw -> WindowsReadings.endpointTests(raw, endpoints));
    }
}
