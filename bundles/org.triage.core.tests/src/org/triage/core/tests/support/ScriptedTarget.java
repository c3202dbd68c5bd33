package org.triage.core.tests.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.triage.core.probe.Probe;
import org.triage.core.probe.Probes;
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
import org.triage.model.Observation;

/**
 * A target that answers what the test scripted, so that the real probes turn exactly that state into
 * observations for the rules. Questions that were not scripted are answered "unsupported".
 */
public final class ScriptedTarget implements Target {

    /** When the PRT of the healthy device of {@link #dsregcmd} was last renewed. */
    public static final Instant PRT_UPDATED = Instant.parse("2026-01-10T08:00:00Z");
    private static final DateTimeFormatter DSREGCMD_TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Reading<List<CachedCredential>> credentials = unscripted();
    private Reading<List<VpnConnection>> vpnConnections = unscripted();
    private Reading<List<Route>> routes = unscripted();
    private Reading<List<NetworkAdapter>> adapters = unscripted();
    private Reading<ProxySettings> proxy = unscripted();
    private Reading<DeviceRegistration> registration = unscripted();
    private Function<Endpoint, List<EndpointCheck>> endpoints;

    private static <T> Reading<T> unscripted() {
        return Reading.unsupported("not scripted by the test");
    }

    private Instant capturedAt;

    /** Readings scripted after this call were captured at {@code at}, as a snapshot's are; otherwise now. */
    public ScriptedTarget capturedAt(Instant at) {
        capturedAt = at;
        return this;
    }

    private <T> Reading<T> reading(T value) {
        return Reading.of(value, new Evidence("scripted by the test", null, "UTF-8", null,
                capturedAt == null ? Instant.now() : capturedAt, String.valueOf(value)));
    }

    /**
     * The fields of a healthy Entra joined device as {@code dsregcmd /status} reports them, changed by {@code nameValuePairs}: a name followed by its new value,
     * or by null to remove the field.
     */
    public static Map<String, String> dsregcmd(String... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + Arrays.toString(nameValuePairs));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("AzureAdJoined", "YES");
        fields.put("DomainJoined", "NO");
        fields.put("DeviceAuthStatus", "SUCCESS");
        fields.put("TenantName", "Contoso");
        fields.put("WorkplaceJoined", "NO");
        fields.put("AzureAdPrt", "YES");
        fields.put("AzureAdPrtUpdateTime", DSREGCMD_TIME.format(PRT_UPDATED));
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            if (nameValuePairs[i + 1] == null) {
                fields.remove(nameValuePairs[i]);
            } else {
                fields.put(nameValuePairs[i], nameValuePairs[i + 1]);
            }
        }
        return fields;
    }

    public ScriptedTarget registration(Map<String, String> fields) {
        registration = reading(new DeviceRegistration(Map.of("dsregcmd /status", fields)));
        return this;
    }

    public ScriptedTarget credentials(CachedCredential... entries) {
        credentials = reading(List.of(entries));
        return this;
    }

    public ScriptedTarget vpnConnections(VpnConnection... connections) {
        vpnConnections = reading(List.of(connections));
        return this;
    }

    public ScriptedTarget routes(Route... table) {
        routes = reading(List.of(table));
        return this;
    }

    public ScriptedTarget adapters(NetworkAdapter... interfaces) {
        adapters = reading(List.of(interfaces));
        return this;
    }

    public ScriptedTarget proxy(ProxySettings settings) {
        proxy = reading(settings);
        return this;
    }

    /** How every endpoint the probe asks about answers. */
    public ScriptedTarget endpoints(Function<Endpoint, EndpointCheck> check) {
        endpoints = endpoint -> List.of(check.apply(endpoint));
        return this;
    }

    /** How every endpoint answers along each path tested (directly, through the proxy). */
    public ScriptedTarget endpointPaths(Function<Endpoint, List<EndpointCheck>> checks) {
        endpoints = checks;
        return this;
    }

    /** Runs the real probes against this target: the newest observation by probe id, as rules receive them. */
    public Map<String, Observation> observe(String... probeIds) {
        Map<String, Observation> latest = new LinkedHashMap<>();
        for (String id : probeIds) {
            Probe probe = Probes.byId(id).orElseThrow(() -> new IllegalArgumentException("no probe " + id));
            latest.put(id, probe.run(this, new NullProgressMonitor()));
        }
        return latest;
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("snapshot", "scripted", "SCRIPTED-PC", "Windows 11", "alex@contoso.com", Instant.now(),
                true);
    }

    @Override
    public Reading<List<CachedCredential>> credentials(IProgressMonitor monitor) {
        return credentials;
    }

    @Override
    public Reading<List<VpnConnection>> vpnConnections(IProgressMonitor monitor) {
        return vpnConnections;
    }

    @Override
    public Reading<List<Route>> routes(IProgressMonitor monitor) {
        return routes;
    }

    @Override
    public Reading<List<NetworkAdapter>> adapters(IProgressMonitor monitor) {
        return adapters;
    }

    @Override
    public Reading<ProxySettings> proxy(IProgressMonitor monitor) {
        return proxy;
    }

    @Override
    public Reading<DeviceRegistration> registration(IProgressMonitor monitor) {
        return registration;
    }

    @Override
    public Reading<List<EndpointCheck>> endpoints(List<Endpoint> list, IProgressMonitor monitor) {
        return endpoints == null ? unscripted() : reading(list.stream().flatMap(e -> endpoints.apply(e).stream()).toList());
    }

    @Override
    public String whyUnable(TargetAction action) {
        return actions != null ? null : "a scripted target only answers questions";
    }

    @Override
    public ActionResult perform(TargetAction action, IProgressMonitor monitor) {
        return actions != null ? actions.apply(action) : ActionResult.failed(whyUnable(action), action.command());
    }

    private Function<TargetAction, ActionResult> actions;

    /** Carries out every action with {@code perform}: e.g. one that blocks, as a hung command does. */
    public ScriptedTarget acting(Function<TargetAction, ActionResult> perform) {
        this.actions = perform;
        return this;
    }
}
