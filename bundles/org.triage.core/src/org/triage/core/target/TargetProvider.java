package org.triage.core.target;

import java.util.List;

/**
 * Opens targets of one kind. Registered as an OSGi service by each target bundle; the CLI and the UI
 * find targets through these, so neither knows the kinds by name.
 */
public interface TargetProvider {

    /** The kind, also the prefix of a target spec: {@code demo}, {@code snapshot}, {@code local}. */
    String kind();

    /** One line for the usage text, e.g. {@code demo[:SCENARIO]  the built-in demo workstation}. */
    String usage();

    /** Locations worth offering, e.g. the demo scenarios; empty where the location is a path. */
    List<String> suggestions();

    /**
     * @param location what follows {@code kind:} in the spec, empty where there is nothing
     * @throws TargetException with a message for the user where the location cannot be opened
     */
    Target open(String location) throws TargetException;
}
