package org.triage.platform.windows.target;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.Reading;

/**
 * Tests the sign-in endpoints from this machine. The Windows target does not probe the network itself: the
 * endpoint probes of {@code org.triage.net} do, handed in through this interface.
 */
@FunctionalInterface
public interface EndpointTester {

    Reading<List<EndpointCheck>> test(List<Endpoint> endpoints, IProgressMonitor monitor);
}
