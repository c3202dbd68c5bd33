package org.triage.core.playbook;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.fix.FixContext;
import org.triage.core.target.ActionResult;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.core.target.ReportedProblem;
import org.triage.core.target.Route;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TargetInfo;
import org.triage.core.target.VpnConnection;

/**
 * The target as a fix sees it: readings pass through, but every action goes through the fix's context, which
 * refuses what the fix does not declare and records what it does. A fix that calls
 * {@code context.target().perform(...)} instead of {@code context.perform(...)} gains nothing; nor can it close the
 * target under the playbook.
 */
final class GuardedTarget implements Target {

    private final Target target;
    private final FixContext guard;

    GuardedTarget(Target target, FixContext guard) {
        this.target = target;
        this.guard = guard;
    }

    @Override
    public ActionResult perform(TargetAction action, IProgressMonitor monitor) {
        return guard.perform(action);
    }

    @Override
    public String whyUnable(TargetAction action) {
        return target.whyUnable(action);
    }

    @Override
    public void close() {
        // the playbook's target: not the fix's to close
    }

    @Override
    public TargetInfo info() {
        return target.info();
    }

    @Override
    public List<String> notes() {
        return target.notes();
    }

    @Override
    public Optional<ReportedProblem> reportedProblem() {
        return target.reportedProblem();
    }

    @Override
    public Reading<List<CachedCredential>> credentials(IProgressMonitor monitor) {
        return target.credentials(monitor);
    }

    @Override
    public Reading<List<VpnConnection>> vpnConnections(IProgressMonitor monitor) {
        return target.vpnConnections(monitor);
    }

    @Override
    public Reading<List<Route>> routes(IProgressMonitor monitor) {
        return target.routes(monitor);
    }

    @Override
    public Reading<List<NetworkAdapter>> adapters(IProgressMonitor monitor) {
        return target.adapters(monitor);
    }

    @Override
    public Reading<ProxySettings> proxy(IProgressMonitor monitor) {
        return target.proxy(monitor);
    }

    @Override
    public Reading<DeviceRegistration> registration(IProgressMonitor monitor) {
        return target.registration(monitor);
    }

    @Override
    public Reading<org.triage.core.target.TlsSettings> tlsSettings(IProgressMonitor monitor) {
        return target.tlsSettings(monitor);
    }

    @Override
    public Reading<org.triage.core.target.ClockReading> clock(IProgressMonitor monitor) {
        return target.clock(monitor);
    }

    @Override
    public Reading<List<EndpointCheck>> endpoints(List<Endpoint> endpoints, IProgressMonitor monitor) {
        return target.endpoints(endpoints, monitor);
    }
}
