package org.triage.net.tests;

import java.time.Instant;
import java.util.List;

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
import org.triage.net.EndpointSuite;

/**
 * A target whose endpoint tests are a real suite's and whose proxy is given: what a live target does with
 * org.triage.net, without the rest of a workstation. Lets the tests run the core's endpoint probe and rules
 * on real loopback results.
 */
final class SuiteTarget implements Target {

    private static final String NONE = "the endpoint tests' target reads nothing but endpoints and proxy";

    private final EndpointSuite suite;
    private final ProxySettings proxy;

    SuiteTarget(EndpointSuite suite, ProxySettings proxy) {
        this.suite = suite;
        this.proxy = proxy;
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("test", "loopback", "localhost", "test", "test", Instant.now(), true);
    }

    @Override
    public Reading<List<EndpointCheck>> endpoints(List<Endpoint> endpoints, IProgressMonitor monitor) {
        return suite.probe(endpoints, proxy, monitor);
    }

    @Override
    public Reading<ProxySettings> proxy(IProgressMonitor monitor) {
        return Reading.of(proxy, Evidence.ofCommand("test proxy settings", 0, "UTF-8", proxy.toString()));
    }

    @Override
    public Reading<List<CachedCredential>> credentials(IProgressMonitor monitor) {
        return Reading.unsupported(NONE);
    }

    @Override
    public Reading<List<VpnConnection>> vpnConnections(IProgressMonitor monitor) {
        return Reading.unsupported(NONE);
    }

    @Override
    public Reading<List<Route>> routes(IProgressMonitor monitor) {
        return Reading.unsupported(NONE);
    }

    @Override
    public Reading<List<NetworkAdapter>> adapters(IProgressMonitor monitor) {
        return Reading.unsupported(NONE);
    }

    @Override
    public Reading<DeviceRegistration> registration(IProgressMonitor monitor) {
        return Reading.unsupported(NONE);
    }

    @Override
    public String whyUnable(TargetAction action) {
        return NONE;
    }

    @Override
    public ActionResult perform(TargetAction action, IProgressMonitor monitor) {
        return ActionResult.failed(NONE, action.command());
    }
}
