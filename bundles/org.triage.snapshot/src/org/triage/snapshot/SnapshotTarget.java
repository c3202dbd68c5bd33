package org.triage.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.target.ActionResult;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.core.target.Route;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TargetInfo;
import org.triage.core.target.VpnConnection;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.WindowsReadings;

/**
 * A snapshot collected on the user's machine. It observes only: every action becomes a step for the user,
 * and a file the collector could not write is a skipped observation, not an error.
 */
public final class SnapshotTarget implements Target {

    private final SnapshotContents contents;
    private final SnapshotManifest manifest;
    private final TargetInfo info;

    SnapshotTarget(SnapshotContents contents) {
        this.contents = contents;
        this.manifest = contents.file(SnapshotFile.MANIFEST).map(SnapshotManifest::parse)
                .orElse(SnapshotManifest.missing());
        this.info = new TargetInfo("snapshot", contents.source().toString(), manifest.hostname(), manifest.os(),
                manifest.user(), manifest.collectedAt(), true);
    }

    @Override
    public TargetInfo info() {
        return info;
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>(contents.notes());
        if (manifest.problem() != null) {
            notes.add(manifest.problem());
        }
        return notes;
    }

    private <T> Reading<T> read(SnapshotFile file, Function<RawOutput, Reading<T>> reader) {
        Optional<byte[]> bytes = contents.file(file);
        if (bytes.isEmpty()) {
            return Reading.unsupported("the snapshot has no " + file.fileName() + " (" + file.command() + ")");
        }
        return reader.apply(new RawOutput(file.command(), file.fileName(), null, manifest.collectedAt(), bytes.get()));
    }

    @Override
    public Reading<List<CachedCredential>> credentials(IProgressMonitor monitor) {
        return read(SnapshotFile.CMDKEY_LIST, WindowsReadings::credentials);
    }

    @Override
    public Reading<List<VpnConnection>> vpnConnections(IProgressMonitor monitor) {
        Reading<List<VpnConnection>> profiles = read(SnapshotFile.VPN_CONNECTIONS, WindowsReadings::vpnConnections);
        SnapshotFile events = SnapshotFile.VPN_DIAL_EVENTS;
        return WindowsReadings.withSessionStarts(profiles, contents.file(events).map(bytes -> new RawOutput(
                events.command(), events.fileName(), null, manifest.collectedAt(), bytes)).orElse(null));
    }

    @Override
    public Reading<List<Route>> routes(IProgressMonitor monitor) {
        return read(SnapshotFile.ROUTES, WindowsReadings::routes);
    }

    @Override
    public Reading<List<NetworkAdapter>> adapters(IProgressMonitor monitor) {
        return read(SnapshotFile.IPCONFIG_ALL, WindowsReadings::adapters);
    }

    @Override
    public Reading<ProxySettings> proxy(IProgressMonitor monitor) {
        return read(SnapshotFile.WINHTTP_PROXY, WindowsReadings::proxy);
    }

    @Override
    public Reading<DeviceRegistration> registration(IProgressMonitor monitor) {
        return read(SnapshotFile.DSREGCMD_STATUS, WindowsReadings::registration);
    }

    @Override
    public Reading<List<EndpointCheck>> endpoints(List<Endpoint> endpoints, IProgressMonitor monitor) {
        if (contents.file(SnapshotFile.ENDPOINT_TESTS).isEmpty()) {
            return Reading.unsupported("the snapshot has no " + SnapshotFile.ENDPOINT_TESTS.fileName()
                    + " (collect with -TestEndpoints to include the endpoint tests)");
        }
        return read(SnapshotFile.ENDPOINT_TESTS, raw -> WindowsReadings.endpointTests(raw, endpoints));
    }

    @Override
    public String whyUnable(TargetAction action) {
        return "a snapshot only observes; the user carries this step out";
    }

    @Override
    public ActionResult perform(TargetAction action, IProgressMonitor monitor) {
        return ActionResult.failed(whyUnable(action), action.command());
    }
}
