package org.triage.core.fix;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Holds back the fixes and rules of bundles that the product's install policy does not accept, however they came
 * into the product. Registered as an OSGi service (the install bundle registers one for {@code dropins/}); without
 * any, every contribution is read.
 */
public interface ContributorPolicy {

    /** Why each refused bundle's fixes are left out, by bundle symbolic name; empty where none is refused. */
    Map<String, String> refusedContributors();

    /** What the registered policies refuse together; a policy that fails refuses nothing more, and says so. */
    static Map<String, String> refusedByRegistered() {
        Bundle self = FrameworkUtil.getBundle(ContributorPolicy.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            return Map.of();
        }
        Map<String, String> refused = new LinkedHashMap<>();
        try {
            for (ServiceReference<ContributorPolicy> reference : context.getServiceReferences(ContributorPolicy.class,
                    null)) {
                ContributorPolicy policy = context.getService(reference);
                if (policy != null) {
                    try {
                        policy.refusedContributors().forEach(refused::putIfAbsent);
                    } finally {
                        context.ungetService(reference);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return refused;
    }
}
