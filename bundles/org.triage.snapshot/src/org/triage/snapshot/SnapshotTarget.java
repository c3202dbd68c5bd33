package org.triage.snapshot;

import java.util.ArrayList;
import java.util.List;

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

/**
 * A snapshot collected on the user's machine. It observes only: every action becomes a step for the user,
 * and a file the collector could not write is a skipped observation, not an error.
 */
public final class SnapshotTarget implements Target {

    private final SnapshotContents contents;
    private final SnapshotManifest manifest;
    private final TargetInfo info;
    private final SnapshotReadings readings;

    SnapshotTarget(SnapshotContents contents) {
        this.contents = contents;
        this.manifest = contents.file(SnapshotFile.MANIFEST).map(SnapshotManifest::parse)
                .orElse(SnapshotManifest.missing());
        this.info = new TargetInfo("snapshot", contents.source().toString(), manifest.hostname(), manifest.os(),
                manifest.user(), manifest.collectedAt(), true);
        this.readings = new SnapshotReadings(file -> contents.file(file).map(bytes -> new RawOutput(file.command(),
                file.fileName(), null, manifest.collectedAt(), bytes)), SnapshotTarget::whyMissing);
    }

    private static String whyMissing(SnapshotFile file) {
        return "the snapshot has no " + file.fileName() + " (" + file.command() + ")"
                + (file == SnapshotFile.ENDPOINT_TESTS ? "; collect with -TestEndpoints to include the endpoint tests" : "");
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

    @Override
    public Reading<List<CachedCredential>> credentials(IProgressMonitor monitor) {
        return readings.credentials();
    }

    @Override
    public Reading<List<VpnConnection>> vpnConnections(IProgressMonitor monitor) {
        return readings.vpnConnections();
    }

    @Override
    public Reading<List<Route>> routes(IProgressMonitor monitor) {
        return readings.routes();
    }

    @Override
    public Reading<List<NetworkAdapter>> adapters(IProgressMonitor monitor) {
        return readings.adapters();
    }

    @Override
    public Reading<ProxySettings> proxy(IProgressMonitor monitor) {
        return readings.proxy();
    }

    @Override
    public Reading<DeviceRegistration> registration(IProgressMonitor monitor) {
        return readings.registration();
    }

    @Override
    public Reading<List<EndpointCheck>> endpoints(List<Endpoint> endpoints, IProgressMonitor monitor) {
        return readings.endpoints(endpoints);
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
