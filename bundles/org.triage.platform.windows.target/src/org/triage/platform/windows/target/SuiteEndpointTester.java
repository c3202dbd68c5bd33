package org.triage.platform.windows.target;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.net.EndpointSuite;

/**
 * The endpoint tests of org.triage.net for the Windows target: every endpoint directly and through the proxy
 * WinHTTP names, which is what token refresh uses. WinHTTP's settings are read when the tests start, so a
 * fix that changes them is seen by its verification.
 */
public final class SuiteEndpointTester implements EndpointTester {

    private final EndpointSuite suite;
    private final Function<IProgressMonitor, Reading<ProxySettings>> winHttpProxy;

    /**
     * @param winHttpProxy reads WinHTTP's proxy settings, as {@link WindowsTarget#proxy} does
     */
    public SuiteEndpointTester(EndpointSuite suite, Function<IProgressMonitor, Reading<ProxySettings>> winHttpProxy) {
        this.suite = suite;
        this.winHttpProxy = winHttpProxy;
    }

    /** The suite with the built-in catalogue, the system resolver, 5 s per step and the JDK's trust store. */
    public static SuiteEndpointTester standard(Function<IProgressMonitor, Reading<ProxySettings>> winHttpProxy) {
        return new SuiteEndpointTester(EndpointSuite.builder().build(), winHttpProxy);
    }

    @Override
    public Reading<List<EndpointCheck>> test(List<Endpoint> endpoints, IProgressMonitor monitor) {
        Reading<ProxySettings> proxy = winHttpProxy.apply(monitor);
        Reading<List<EndpointCheck>> reading = suite.probe(endpoints, proxy.value(), monitor);
        if (proxy.kind() == Reading.Kind.VALUE || reading.kind() != Reading.Kind.VALUE) {
            return reading;
        }
        List<String> problems = new ArrayList<>(reading.problems());
        problems.add(0, "WinHTTP's proxy could not be read (" + proxy.message() + "): the endpoints were tested "
                + "directly only");
        return Reading.of(reading.value(), reading.evidence(), problems);
    }
}
