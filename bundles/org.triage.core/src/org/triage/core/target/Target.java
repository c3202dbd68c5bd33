package org.triage.core.target;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A workstation the console inspects: the local machine, a collected snapshot, or the demo workstation.
 * Probes ask it questions; fixes ask it to act. It answers every question, if only with
 * {@link Reading#unsupported(String)}, and never lets a fix touch the operating system itself.
 * Implementations are used from one thread at a time.
 */
public interface Target extends AutoCloseable {

    TargetInfo info();

    /** Problems with the target as a whole (a bad manifest, entries left out), for the session log. */
    default List<String> notes() {
        return List.of();
    }

    /** The problem as the target describes it, where it does. */
    default Optional<ReportedProblem> reportedProblem() {
        return Optional.empty();
    }

    Reading<List<CachedCredential>> credentials(IProgressMonitor monitor);

    Reading<List<VpnConnection>> vpnConnections(IProgressMonitor monitor);

    Reading<List<Route>> routes(IProgressMonitor monitor);

    Reading<List<NetworkAdapter>> adapters(IProgressMonitor monitor);

    Reading<ProxySettings> proxy(IProgressMonitor monitor);

    Reading<DeviceRegistration> registration(IProgressMonitor monitor);

    Reading<List<EndpointCheck>> endpoints(List<Endpoint> endpoints, IProgressMonitor monitor);

    /**
     * The token broker's failed requests of the last seven days ({@code Microsoft-Windows-AAD/Operational});
     * unsupported where the target has no such log.
     */
    default Reading<List<TokenBrokerEvent>> tokenBrokerEvents(IProgressMonitor monitor) {
        return Reading.unsupported("this target has no Microsoft-Windows-AAD/Operational log");
    }

    /**
     * The VPN clients' own accounts of their sessions (Cisco Secure Client's {@code vpncli.exe stats}); unsupported
     * where the target has none, as where no such client is installed.
     */
    default Reading<List<VpnClientState>> vpnClientStates(IProgressMonitor monitor) {
        return Reading.unsupported("this target has no VPN client's own statistics");
    }

    /**
     * The TLS settings of Windows' Schannel, WinHTTP and .NET, and the enabled cipher suites; unsupported where the
     * target has none to read.
     */
    default Reading<TlsSettings> tlsSettings(IProgressMonitor monitor) {
        return Reading.unsupported("this target has no Windows TLS (Schannel) settings to read");
    }

    /** The workstation's clock against a reference, and its time service; unsupported where the target cannot tell. */
    default Reading<ClockReading> clock(IProgressMonitor monitor) {
        return Reading.unsupported("this target does not tell its clock against a reference");
    }

    /** Null where the target can carry out the action, otherwise why it cannot. */
    String whyUnable(TargetAction action);

    /** Carries the action out; a refusal or failure is an {@link ActionResult} that says so, not an exception. */
    ActionResult perform(TargetAction action, IProgressMonitor monitor);

    @Override
    default void close() {
    }
}
