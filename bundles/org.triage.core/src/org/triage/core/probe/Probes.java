package org.triage.core.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.triage.core.rules.RuleRegistry;

/**
 * The probes of the running product, in the order the views list them: contributions to
 * {@code org.triage.core.probes} (the product's in org.triage.core/plugin.xml; a new probe = one {@code <probe>}
 * element there), read through {@link RuleRegistry}.
 */
public final class Probes {

    private Probes() {
    }

    /** Every contributed probe that can be created; one that cannot is logged with its bundle and left out. */
    public static List<Probe> all() {
        return created(RuleRegistry.read().probes());
    }

    public static Optional<Probe> byId(String id) {
        return RuleRegistry.read().probe(id).flatMap(descriptor -> created(List.of(descriptor)).stream().findFirst());
    }

    public static List<Probe> created(List<ProbeDescriptor> descriptors) {
        List<Probe> probes = new ArrayList<>();
        for (ProbeDescriptor descriptor : descriptors) {
            try {
                probes.add(descriptor.probe());
            } catch (CoreException | RuntimeException e) {
                ILog.of(Probes.class).error("probe '" + descriptor.id() + "' of " + descriptor.origin()
                        + " cannot be created and is left out: " + e.getMessage(), e);
            }
        }
        return probes;
    }
}
