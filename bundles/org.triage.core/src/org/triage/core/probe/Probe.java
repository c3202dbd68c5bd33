package org.triage.core.probe;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.target.Target;
import org.triage.model.Observation;

/**
 * Asks a target one question and records the answer as an observation for one view. A probe never
 * throws for what it finds: an unreadable answer is an observation with status {@code error}.
 */
public interface Probe {

    /** Stable id, e.g. {@code credentials.cached}; reports and fixes refer to it. */
    String id();

    /** The view it belongs to: credentials, vpn, endpoints or registration. */
    String view();

    Observation run(Target target, IProgressMonitor monitor);
}
