package org.triage.core.target;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Finds the target providers that bundles register, and opens a target from a spec such as {@code demo:NAME}. */
public final class Targets {

    private Targets() {
    }

    /** The registered providers, ordered by kind. */
    public static List<TargetProvider> providers() {
        Bundle bundle = FrameworkUtil.getBundle(Targets.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return List.of();
        }
        List<TargetProvider> providers = new ArrayList<>();
        try {
            Collection<ServiceReference<TargetProvider>> references = context.getServiceReferences(TargetProvider.class,
                    null);
            for (ServiceReference<TargetProvider> reference : references) {
                TargetProvider provider = context.getService(reference);
                if (provider != null) {
                    providers.add(provider);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        providers.sort(Comparator.comparing(TargetProvider::kind));
        return providers;
    }

    public static Optional<TargetProvider> provider(String kind) {
        return providers().stream().filter(provider -> provider.kind().equalsIgnoreCase(kind)).findFirst();
    }

    /**
     * Opens {@code kind} or {@code kind:location}. The location is everything after the first colon, so
     * Windows paths such as {@code snapshot:C:\\Tickets\\snap.zip} work.
     */
    public static Target open(String spec) throws TargetException {
        String trimmed = spec == null ? "" : spec.trim();
        int colon = trimmed.indexOf(':');
        String kind = colon < 0 ? trimmed : trimmed.substring(0, colon);
        String location = colon < 0 ? "" : trimmed.substring(colon + 1);
        TargetProvider provider = provider(kind).orElseThrow(() -> new TargetException("unknown target kind '" + kind
                + "'; known: " + String.join(", ", providers().stream().map(TargetProvider::kind).toList())));
        return provider.open(location);
    }
}
