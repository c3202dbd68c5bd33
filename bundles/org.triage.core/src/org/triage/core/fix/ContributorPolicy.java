package org.triage.core.fix;

import java.util.Map;

/**
 * Holds back the fixes of bundles that the product's install policy does not accept, however they came into the
 * product. Registered as an OSGi service (the install bundle registers one for {@code dropins/}); without any,
 * every contribution is read.
 */
public interface ContributorPolicy {

    /** Why each refused bundle's fixes are left out, by bundle symbolic name; empty where none is refused. */
    Map<String, String> refusedContributors();
}
