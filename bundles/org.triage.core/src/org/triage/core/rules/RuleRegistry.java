package org.triage.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.triage.core.fix.ContributorPolicy;
import org.triage.core.probe.ProbeDescriptor;

/**
 * Reads what a diagnosis runs and concludes: the probes of {@code org.triage.core.probes} and the causes and rules of
 * {@code org.triage.core.rules}, one descriptor each. A malformed contribution (no id, name or class; a probe no probe
 * contribution has; a cause no cause contribution declares; an id taken) is reported with its bundle's name and
 * version and left out; the others are unaffected. Where two bundles contribute one id, the product's contribution (a
 * bundle named {@code org.triage.*}) keeps it, so that a third party cannot redefine a public cause id; between other
 * bundles the first read keeps it. Contributions of bundles a {@link ContributorPolicy} refuses are left out as their
 * fixes are. Reading is cheap and reflects bundles installed or removed since the last read.
 */
public final class RuleRegistry {

    public static final String RULES_POINT = "org.triage.core.rules";
    public static final String PROBES_POINT = "org.triage.core.probes";
    /** The prefix of the product's own bundles: only they contribute probes, and their ids win over a third party's. */
    public static final String PRODUCT_PREFIX = "org.triage.";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    private final List<ProbeDescriptor> probes;
    private final List<CauseDescriptor> causes;
    private final List<RuleDescriptor> rules;
    private final List<String> problems;

    private RuleRegistry(List<ProbeDescriptor> probes, List<CauseDescriptor> causes, List<RuleDescriptor> rules,
            List<String> problems) {
        this.probes = List.copyOf(probes);
        this.causes = List.copyOf(causes);
        this.rules = List.copyOf(rules);
        this.problems = List.copyOf(problems);
    }

    /** Problems of the running product's contributions already sent to the log: each is reported once, not per read. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    /** The contributions of the running product, less those of bundles a {@link ContributorPolicy} refuses. */
    public static RuleRegistry read() {
        return read(RegistryFactory.getRegistry());
    }

    public static RuleRegistry read(IExtensionRegistry registry) {
        RuleRegistry read = read(registry, ContributorPolicy.refusedByRegistered());
        read.problems.stream().filter(REPORTED::add)
                .forEach(problem -> ILog.of(RuleRegistry.class).warn("Rule contribution problem: " + problem));
        return read;
    }

    private static RuleRegistry read(IExtensionRegistry registry, Map<String, String> refused) {
        List<String> problems = new ArrayList<>();
        if (registry == null) {
            problems.add("no extension registry is running");
            return new RuleRegistry(List.of(), List.of(), List.of(), problems);
        }
        Versions versions = new Versions();
        Map<String, ProbeDescriptor> probes = new LinkedHashMap<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(PROBES_POINT)) {
            if (!"probe".equals(element.getName())) {
                continue;
            }
            String bundle = contributor(element.getContributor());
            String origin = versions.origin(bundle);
            String named = named("probe", element.getAttribute("id"));
            if (!isProduct(bundle)) {
                problems.add(named + " of " + origin + " is left out: only the product's bundles contribute probes (a"
                        + " probe is handed the Target itself, which also carries out actions)");
                continue;
            }
            try {
                String id = id(element);
                String view = required(element, "view");
                required(element, "class");
                ProbeDescriptor descriptor = new ProbeDescriptor(element, id, view, bundle, versions.version(bundle));
                ProbeDescriptor earlier = probes.putIfAbsent(id, descriptor);
                if (earlier != null) {
                    problems.add(named + " of " + origin + " is left out: " + earlier.origin() + " contributes the same id");
                }
            } catch (IllegalArgumentException e) {
                problems.add(named + " of " + origin + " is malformed and left out: " + e.getMessage());
            }
        }

        Map<String, CauseDescriptor> causes = new LinkedHashMap<>();
        List<IConfigurationElement> ruleElements = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(RULES_POINT)) {
            String bundle = contributor(element.getContributor());
            if (refused.containsKey(bundle)) {
                problems.add(named(element.getName(), element.getAttribute("id")) + " of " + versions.origin(bundle)
                        + " is left out: " + refused.get(bundle));
                continue;
            }
            if ("rule".equals(element.getName())) {
                ruleElements.add(element);
            } else if ("cause".equals(element.getName())) {
                readCause(element, bundle, versions, causes, problems);
            }
        }

        Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
        for (IConfigurationElement element : ruleElements) {
            String bundle = contributor(element.getContributor());
            String named = named("rule", element.getAttribute("id"));
            try {
                RuleDescriptor descriptor = describeRule(element, bundle, versions.version(bundle), probes.keySet(),
                        causes.keySet());
                RuleDescriptor earlier = rules.putIfAbsent(descriptor.id(), descriptor);
                if (earlier != null) {
                    RuleDescriptor kept = isProduct(descriptor.contributor()) && !isProduct(earlier.contributor())
                            ? descriptor : earlier;
                    RuleDescriptor left = kept == descriptor ? earlier : descriptor;
                    rules.put(kept.id(), kept);
                    problems.add("rule '" + left.id() + "' of " + left.origin() + " is left out: " + kept.origin()
                            + " contributes the same id");
                }
            } catch (IllegalArgumentException e) {
                problems.add(named + " of " + versions.origin(bundle) + " is malformed and left out: " + e.getMessage());
            }
        }
        return new RuleRegistry(new ArrayList<>(probes.values()), new ArrayList<>(causes.values()),
                new ArrayList<>(rules.values()), problems);
    }

    private static String optional(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void readCause(IConfigurationElement element, String bundle, Versions versions,
            Map<String, CauseDescriptor> causes, List<String> problems) {
        String named = named("cause", element.getAttribute("id"));
        try {
            String id = id(element);
            CauseDescriptor descriptor = new CauseDescriptor(id, required(element, "title"),
                    rank(element.getAttribute("rank")), optional(element, "advice"), optional(element, "handedTo"),
                    bundle, versions.version(bundle));
            CauseDescriptor earlier = causes.putIfAbsent(id, descriptor);
            if (earlier != null) {
                CauseDescriptor kept = isProduct(bundle) && !isProduct(earlier.contributor()) ? descriptor : earlier;
                CauseDescriptor left = kept == descriptor ? earlier : descriptor;
                causes.put(id, kept);
                problems.add("cause '" + id + "' of " + left.origin() + " is left out: " + kept.origin()
                        + " declares the same id");
            }
        } catch (IllegalArgumentException e) {
            problems.add(named + " of " + versions.origin(bundle) + " is malformed and left out: " + e.getMessage());
        }
    }

    private static RuleDescriptor describeRule(IConfigurationElement element, String bundle, String version,
            Set<String> probes, Set<String> causes) {
        String id = id(element);
        String name = required(element, "name");
        required(element, "class");
        List<RuleDescriptor.Read> reads = new ArrayList<>();
        for (IConfigurationElement read : element.getChildren("reads")) {
            String probe = required(read, "probe");
            if (!probes.contains(probe)) {
                throw new IllegalArgumentException("it reads probe '" + probe + "', which no probe contribution has"
                        + " (known: " + String.join(", ", probes) + ")");
            }
            String requiredFlag = read.getAttribute("required");
            reads.add(new RuleDescriptor.Read(probe, requiredFlag == null || !"false".equals(requiredFlag.trim())));
        }
        Set<String> reports = new LinkedHashSet<>();
        for (IConfigurationElement report : element.getChildren("reports")) {
            String cause = required(report, "cause");
            if (!causes.contains(cause)) {
                throw new IllegalArgumentException("it reports cause '" + cause + "', which no cause contribution"
                        + " declares");
            }
            reports.add(cause);
        }
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("it reports no cause");
        }
        return new RuleDescriptor(element, id, name, reads, new ArrayList<>(reports), bundle, version);
    }

    private static String id(IConfigurationElement element) {
        String id = required(element, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not an id: lower case letters, digits, dots and hyphens");
        }
        return id;
    }

    private static int rank(String value) {
        if (value == null || value.isBlank()) {
            return Causes.UNKNOWN_RANK;
        }
        try {
            int rank = Integer.parseInt(value.trim());
            if (rank < 0) {
                throw new NumberFormatException();
            }
            return rank;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'rank' is not a whole number: " + value);
        }
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("<" + element.getName() + "> has no '" + attribute + "'");
        }
        return value.trim();
    }

    private static String named(String kind, String id) {
        return id == null || id.isBlank() ? "a " + kind : kind + " '" + id.trim() + "'";
    }

    static boolean isProduct(String bundle) {
        return bundle.startsWith(PRODUCT_PREFIX);
    }

    /** The bundle that really contributes: for a fragment the fragment itself, not its host (which the registry names). */
    private static String contributor(IContributor contributor) {
        return contributor instanceof RegistryContributor registered && registered.getActualName() != null
                ? registered.getActualName() : contributor.getName();
    }

    /** The running bundles' versions, looked up once per read. */
    private static final class Versions {

        private Map<String, String> bySymbolicName;

        String version(String symbolicName) {
            if (bySymbolicName == null) {
                bySymbolicName = new HashMap<>();
                Bundle self = FrameworkUtil.getBundle(RuleRegistry.class);
                if (self != null && self.getBundleContext() != null) {
                    for (Bundle bundle : self.getBundleContext().getBundles()) {
                        if (bundle.getSymbolicName() != null) {
                            bySymbolicName.putIfAbsent(bundle.getSymbolicName(), bundle.getVersion().toString());
                        }
                    }
                }
            }
            return bySymbolicName.get(symbolicName);
        }

        String origin(String symbolicName) {
            String version = version(symbolicName);
            return version == null ? symbolicName : symbolicName + " " + version;
        }
    }

    /** The probes in the order a diagnosis runs them. */
    public List<ProbeDescriptor> probes() {
        return probes;
    }

    public Optional<ProbeDescriptor> probe(String id) {
        return probes.stream().filter(probe -> probe.id().equals(id)).findFirst();
    }

    public List<CauseDescriptor> causes() {
        return causes;
    }

    public Optional<CauseDescriptor> cause(String id) {
        return causes.stream().filter(cause -> cause.id().equals(id)).findFirst();
    }

    public List<RuleDescriptor> rules() {
        return rules;
    }

    public Optional<RuleDescriptor> rule(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** Contributions that were left out, each naming its bundle. */
    public List<String> problems() {
        return problems;
    }
}
