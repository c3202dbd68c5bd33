package org.triage.core.probe;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * One contribution to {@code org.triage.core.probes}: its declared id and view, read without loading the
 * contributing bundle's classes; the {@link Probe} is created on first use.
 */
public final class ProbeDescriptor {

    private final IConfigurationElement element;
    private final String id;
    private final String view;
    private final String contributor;
    private final String contributorVersion;
    private Probe probe;

    public ProbeDescriptor(IConfigurationElement element, String id, String view, String contributor,
            String contributorVersion) {
        this.element = element;
        this.id = id;
        this.view = view;
        this.contributor = contributor;
        this.contributorVersion = contributorVersion;
    }

    /** Creates the probe on first call; a class that cannot be created, or that names another id, is an error. */
    public synchronized Probe probe() throws CoreException {
        if (probe == null) {
            Object created = element.createExecutableExtension("class");
            if (!(created instanceof Probe createdProbe)) {
                throw new ClassCastException(created.getClass().getName() + " does not implement " + Probe.class.getName());
            }
            if (!id.equals(createdProbe.id())) {
                throw new IllegalStateException(created.getClass().getName() + " says its id is '" + createdProbe.id()
                        + "', not the declared '" + id + "'");
            }
            probe = createdProbe;
        }
        return probe;
    }

    public String id() {
        return id;
    }

    public String view() {
        return view;
    }

    public String contributor() {
        return contributor;
    }

    /** "bundle 1.2.3", for messages about this contribution. */
    public String origin() {
        return contributor + (contributorVersion == null ? "" : " " + contributorVersion);
    }

    @Override
    public String toString() {
        return id + " (" + origin() + ")";
    }
}
