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
import org.triage.core.target.Evidence;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.core.target.Route;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TargetInfo;
import org.triage.core.target.VpnConnection;
import org.triage.formats.DecodedText;
import org.triage.formats.TextDecoder;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.WindowsReadings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

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
        return read(SnapshotFile.VPN_CONNECTIONS, WindowsReadings::vpnConnections);
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
        Optional<byte[]> bytes = contents.file(SnapshotFile.ENDPOINT_TESTS);
        if (bytes.isEmpty()) {
            return Reading.unsupported("the snapshot has no " + SnapshotFile.ENDPOINT_TESTS.fileName()
                    + " (collect with -TestEndpoints to include the endpoint tests)");
        }
        DecodedText text = TextDecoder.decode(bytes.get());
        Evidence evidence = Evidence.ofFile(SnapshotFile.ENDPOINT_TESTS.fileName(),
                SnapshotFile.ENDPOINT_TESTS.command(), text.encodingName(), manifest.collectedAt(), text.text());
        try {
            JsonElement root = JsonParser.parseString(text.text());
            JsonArray results = root.isJsonArray() ? root.getAsJsonArray() : new JsonArray();
            if (root.isJsonObject()) {
                results.add(root);
            }
            List<EndpointCheck> checks = new ArrayList<>();
            for (JsonElement element : results) {
                if (!element.isJsonObject()) {
                    continue;
                }
                JsonObject result = element.getAsJsonObject();
                String host = string(result, "ComputerName");
                if (host == null) {
                    continue;
                }
                Endpoint endpoint = endpoints.stream().filter(e -> e.host().equalsIgnoreCase(host)).findFirst()
                        .orElse(new Endpoint(host, integer(result, "RemotePort", 443), host));
                checks.add(new EndpointCheck(endpoint, bool(result, "NameResolutionSucceeded"), addresses(result),
                        bool(result, "TcpTestSucceeded"), null, null, null, "direct",
                        result.has("DurationMs") ? (long) integer(result, "DurationMs", 0) : null, null));
            }
            if (checks.isEmpty()) {
                return Reading.failed(SnapshotFile.ENDPOINT_TESTS.fileName()
                        + ": holds no Test-NetConnection result with a ComputerName", List.of(evidence));
            }
            return Reading.of(checks, evidence);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return Reading.failed(SnapshotFile.ENDPOINT_TESTS.fileName() + " is not valid JSON: " + e.getMessage(),
                    List.of(evidence));
        }
    }

    private static String string(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    private static Boolean bool(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsBoolean();
    }

    private static int integer(JsonObject json, String name, int fallback) {
        JsonElement value = json.get(name);
        try {
            return value == null || !value.isJsonPrimitive() ? fallback : value.getAsInt();
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static List<String> addresses(JsonObject json) {
        JsonElement value = json.get("RemoteAddress");
        List<String> addresses = new ArrayList<>();
        if (value != null && value.isJsonArray()) {
            value.getAsJsonArray().forEach(item -> addresses.add(item.getAsString()));
        } else if (value != null && value.isJsonPrimitive()) {
            addresses.add(value.getAsString());
        }
        return addresses;
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
