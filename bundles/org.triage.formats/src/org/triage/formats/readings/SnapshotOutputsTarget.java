package org.triage.formats.readings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.target.ActionResult;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.ClockReading;
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
import org.triage.core.target.TlsSettings;
import org.triage.core.target.TokenBrokerEvent;
import org.triage.core.target.VpnClientState;
import org.triage.core.target.VpnConnection;

/**
 * A target that reads the outputs of the snapshot format's commands, wherever they are kept: the files of a
 * snapshot folder or zip, or the raw evidence of an export. It only observes: every action becomes a step for the
 * user. An output it does not have is an unsupported reading that says why.
 */
public abstract class SnapshotOutputsTarget implements Target {

    /** The output of the command behind {@code file}, where there is one. */
    protected abstract Optional<RawOutput> output(SnapshotFile file);

    /** What to tell the admin where there is no output of {@code file}. */
    protected abstract String whyMissing(SnapshotFile file);

    private <T> Reading<T> read(SnapshotFile file, Function<RawOutput, Reading<T>> reader) {
        return output(file).map(reader).orElseGet(() -> Reading.unsupported(whyMissing(file)));
    }

    /**
     * Reads the language-independent JSON output where there is one and the text output otherwise, or where the JSON
     * cannot be read (then with a problem that says why). The text output read beside good JSON stays in the
     * evidence, as what the user could have pasted.
     */
    private <T> Reading<T> preferred(SnapshotFile json, Function<RawOutput, Reading<T>> jsonReader, SnapshotFile text,
            Function<RawOutput, Reading<T>> textReader) {
        Optional<RawOutput> structured = output(json);
        Optional<RawOutput> plain = output(text);
        if (structured.isEmpty()) {
            return plain.map(textReader).orElseGet(() -> Reading.unsupported(whyMissing(text) + "; "
                    + whyMissing(json)));
        }
        Reading<T> reading = jsonReader.apply(structured.get());
        if (plain.isEmpty()) {
            return reading;
        }
        if (reading.kind() == Reading.Kind.VALUE) {
            List<Evidence> evidence = new ArrayList<>(reading.evidence());
            evidence.add(WindowsReadings.evidence(plain.get(), text));
            return Reading.of(reading.value(), evidence, reading.problems());
        }
        Reading<T> fallback = textReader.apply(plain.get());
        List<Evidence> evidence = new ArrayList<>(fallback.evidence());
        evidence.addAll(reading.evidence());
        List<String> problems = new ArrayList<>(fallback.problems());
        problems.add(reading.message() + "; read " + text.fileName() + " instead");
        return new Reading<>(fallback.kind(), fallback.value(), fallback.message(), evidence, problems);
    }

    @Override
    public Reading<List<CachedCredential>> credentials(IProgressMonitor monitor) {
        return preferred(SnapshotFile.CREDENTIALS_JSON, WindowsReadings::credentialsJson, SnapshotFile.CMDKEY_LIST,
                WindowsReadings::credentials);
    }

    /** The profiles, each connected one with when its session began where the dial events tell. */
    @Override
    public Reading<List<VpnConnection>> vpnConnections(IProgressMonitor monitor) {
        Reading<List<VpnConnection>> profiles = read(SnapshotFile.VPN_CONNECTIONS, WindowsReadings::vpnConnections);
        return WindowsReadings.withSessionStarts(profiles, output(SnapshotFile.VPN_DIAL_EVENTS).orElse(null));
    }

    @Override
    public Reading<List<Route>> routes(IProgressMonitor monitor) {
        return read(SnapshotFile.ROUTES, WindowsReadings::routes);
    }

    @Override
    public Reading<List<NetworkAdapter>> adapters(IProgressMonitor monitor) {
        return preferred(SnapshotFile.ADAPTERS_JSON, WindowsReadings::adaptersJson, SnapshotFile.IPCONFIG_ALL,
                WindowsReadings::adapters);
    }

    @Override
    public Reading<ProxySettings> proxy(IProgressMonitor monitor) {
        return preferred(SnapshotFile.WINHTTP_PROXY_JSON, WindowsReadings::proxyJson, SnapshotFile.WINHTTP_PROXY,
                WindowsReadings::proxy);
    }

    @Override
    public Reading<DeviceRegistration> registration(IProgressMonitor monitor) {
        return read(SnapshotFile.DSREGCMD_STATUS, WindowsReadings::registration);
    }

    @Override
    public Reading<List<TokenBrokerEvent>> tokenBrokerEvents(IProgressMonitor monitor) {
        return read(SnapshotFile.AAD_OPERATIONAL_EVENTS, TokenBrokerReadings::tokenBrokerEvents);
    }

    @Override
    public Reading<TlsSettings> tlsSettings(IProgressMonitor monitor) {
        return read(SnapshotFile.TLS_SETTINGS, TlsClockReadings::tlsSettings);
    }

    @Override
    public Reading<ClockReading> clock(IProgressMonitor monitor) {
        Optional<RawOutput> clock = output(SnapshotFile.CLOCK_JSON);
        Optional<RawOutput> w32tm = output(SnapshotFile.W32TM_STATUS);
        if (clock.isEmpty() && w32tm.isEmpty()) {
            return Reading.unsupported(whyMissing(SnapshotFile.CLOCK_JSON) + "; " + whyMissing(SnapshotFile.W32TM_STATUS));
        }
        return TlsClockReadings.clock(clock.orElse(null), w32tm.orElse(null));
    }

    @Override
    public Reading<List<VpnClientState>> vpnClientStates(IProgressMonitor monitor) {
        return read(SnapshotFile.VPNCLI_STATS, VpnClientReadings::anyConnectStats);
    }

    @Override
    public Reading<List<EndpointCheck>> endpoints(List<Endpoint> endpoints, IProgressMonitor monitor) {
        return read(SnapshotFile.ENDPOINT_TESTS, raw -> WindowsReadings.endpointTests(raw, endpoints));
    }

    @Override
    public ActionResult perform(TargetAction action, IProgressMonitor monitor) {
        return ActionResult.failed(whyUnable(action), action.command());
    }
}
