package org.triage.core.rules;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * One {@code <rule>} of {@code org.triage.core.rules}: what it declares (the probes it reads, the causes it may
 * report), read without loading the contributing bundle's classes; the {@link Rule} is created on first use.
 */
public final class RuleDescriptor {

    /** A probe the rule reads; a required one that has no facts is recorded as a check that did not happen. */
    public record Read(String probe, boolean required) {
    }

    private final IConfigurationElement element;
    private final String id;
    private final String name;
    private final List<Read> reads;
    private final List<String> reports;
    private final String contributor;
    private final String contributorVersion;
    private Rule rule;

    RuleDescriptor(IConfigurationElement element, String id, String name, List<Read> reads, List<String> reports,
            String contributor, String contributorVersion) {
        this.element = element;
        this.id = id;
        this.name = name;
        this.reads = List.copyOf(reads);
        this.reports = reports == null ? null : List.copyOf(reports);
        this.contributor = contributor;
        this.contributorVersion = contributorVersion;
    }

    /**
     * A rule handed to the engine directly rather than contributed (a test's): it reads what its {@link Rule#reads()}
     * says, sees every observation and may report any cause.
     */
    public static RuleDescriptor of(Rule rule) {
        Bundle bundle = FrameworkUtil.getBundle(rule.getClass());
        RuleDescriptor descriptor = new RuleDescriptor(null, rule.id(), rule.id(),
                rule.reads().stream().map(probe -> new Read(probe, true)).toList(), null,
                bundle == null ? rule.getClass().getName() : bundle.getSymbolicName(),
                bundle == null ? null : bundle.getVersion().toString());
        descriptor.rule = rule;
        return descriptor;
    }

    /** Creates the rule on first call; a class that cannot be created, or that names another id, is an error. */
    public synchronized Rule rule() throws CoreException {
        if (rule == null) {
            Object created = element.createExecutableExtension("class");
            if (!(created instanceof Rule createdRule)) {
                throw new ClassCastException(created.getClass().getName() + " does not implement " + Rule.class.getName());
            }
            if (!id.equals(createdRule.id())) {
                throw new IllegalStateException(created.getClass().getName() + " says its id is '" + createdRule.id()
                        + "', not the declared '" + id + "'");
            }
            rule = createdRule;
        }
        return rule;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<Read> reads() {
        return reads;
    }

    /** Whether it is given every probe's observation (handed over directly), not only those it declares. */
    public boolean seesEveryProbe() {
        return element == null;
    }

    /** The causes it may report; every cause where it was handed over directly. */
    public boolean mayReport(String cause) {
        return reports == null || reports.contains(cause);
    }

    /** The causes it declares, in their order; empty where it was handed over directly. */
    public List<String> reports() {
        return reports == null ? List.of() : reports;
    }

    public String contributor() {
        return contributor;
    }

    public String contributorVersion() {
        return contributorVersion;
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
