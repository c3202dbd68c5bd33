package org.triage.core.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.triage.core.target.TargetAction;

/**
 * Reads the contributions to {@code org.triage.core.fixes}. A malformed contribution is reported with its
 * bundle's name and version and left out; the others are unaffected. Where two bundles contribute one id,
 * the bundle whose namespace the id carries keeps it (another bundle cannot take over
 * {@code m365.onedrive-reset}, which tickets and scripts refer to); between bundles that do not own the
 * namespace, the first read keeps it. Reading is cheap and reflects bundles installed or removed since the
 * last read.
 */
public final class FixRegistry {

    public static final String EXTENSION_POINT = "org.triage.core.fixes";
    static final int DEFAULT_TIMEOUT_SECONDS = 120;
    /**
     * The longest a fix's preview or apply may run (10 minutes, longer than a device re-registration takes); a
     * larger {@code timeoutSeconds} is capped to it and reported, so that a hung fix cannot hold the playbook for a
     * day.
     */
    public static final int MAX_TIMEOUT_SECONDS = 600;

    private final List<FixDescriptor> descriptors;
    private final List<String> problems;

    private FixRegistry(List<FixDescriptor> descriptors, List<String> problems) {
        this.descriptors = List.copyOf(descriptors);
        this.problems = List.copyOf(problems);
    }

    public static FixRegistry read() {
        return read(RegistryFactory.getRegistry());
    }

    /** The contributions of the running product, less those of bundles a {@link ContributorPolicy} refuses. */
    public static FixRegistry read(IExtensionRegistry registry) {
        FixRegistry read = read(registry, FixRegistry::bundleVersion, ContributorPolicy.refusedByRegistered());
        read.problems.stream().filter(REPORTED::add)
                .forEach(problem -> ILog.of(FixRegistry.class).warn("Fix contribution problem: " + problem));
        return read;
    }

    /** Problems of the running product's contributions already sent to the log: each is reported once, not per read. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    /**
     * Reads the contributions of a registry whose bundles need not be installed (the plugin.xml of a fix
     * bundle before it is installed); {@code bundleVersions} tells each contributor's version.
     */
    public static FixRegistry read(IExtensionRegistry registry, Function<String, Optional<String>> bundleVersions) {
        return read(registry, bundleVersions, Map.of());
    }

    private static FixRegistry read(IExtensionRegistry registry, Function<String, Optional<String>> bundleVersions,
            Map<String, String> refused) {
        Map<String, FixDescriptor> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (registry == null) {
            problems.add("no extension registry is running");
            return new FixRegistry(List.of(), problems);
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"fix".equals(element.getName())) {
                continue;
            }
            String bundle = contributor(element.getContributor());
            Optional<String> version = bundleVersions.apply(bundle);
            String origin = bundle + " " + version.orElse("");
            if (refused.containsKey(bundle)) {
                String id = element.getAttribute("id");
                problems.add((id == null || id.isBlank() ? "a fix" : "fix '" + id.trim() + "'") + " of "
                        + origin.trim() + " is left out: " + refused.get(bundle));
                continue;
            }
            try {
                FixDescriptor descriptor = describe(element, bundle, version.orElse(null), origin.trim(), problems);
                FixDescriptor earlier = byId.putIfAbsent(descriptor.id(), descriptor);
                if (earlier != null) {
                    FixDescriptor kept = ownsNamespace(descriptor) && !ownsNamespace(earlier) ? descriptor : earlier;
                    FixDescriptor left = kept == descriptor ? earlier : descriptor;
                    byId.put(kept.id(), kept);
                    problems.add("fix '" + left.id() + "' of " + left.origin() + " is left out: " + kept.origin()
                            + " contributes the same id");
                }
            } catch (IllegalArgumentException e) {
                String id = element.getAttribute("id");
                problems.add((id == null || id.isBlank() ? "a fix" : "fix '" + id.trim() + "'") + " of "
                        + origin.trim() + " is malformed and left out: " + e.getMessage());
            }
        }
        List<FixDescriptor> ordered = new ArrayList<>(byId.values());
        ordered.sort(Comparator.comparingInt(FixDescriptor::order).thenComparing(FixDescriptor::id));
        return new FixRegistry(ordered, problems);
    }

    /**
     * Whether the fix's id carries its bundle's namespace, as fixes.exsd asks of ids: the id up to its last
     * dot is the bundle's symbolic name or its last segments ({@code com.example.vpn.reconnect} of
     * {@code com.example.vpn}, {@code m365.onedrive-reset} of {@code org.triage.fixes.m365}).
     */
    private static boolean ownsNamespace(FixDescriptor descriptor) {
        int dot = descriptor.id().lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        String namespace = descriptor.id().substring(0, dot);
        return descriptor.contributor().equals(namespace) || descriptor.contributor().endsWith("." + namespace);
    }

    private static FixDescriptor describe(IConfigurationElement element, String bundle, String version, String origin,
            List<String> problems) {
        String id = required(element, "id");
        String name = required(element, "name");
        required(element, "class");
        List<String> causes = new ArrayList<>();
        for (IConfigurationElement cause : element.getChildren("addresses")) {
            causes.add(required(cause, "cause"));
        }
        if (causes.isEmpty()) {
            throw new IllegalArgumentException("fix '" + id + "' addresses no cause");
        }
        List<String> symptoms = new ArrayList<>();
        for (IConfigurationElement symptom : element.getChildren("appliesTo")) {
            symptoms.add(required(symptom, "symptom"));
        }
        List<FixDescriptor.DeclaredAction> actions = new ArrayList<>();
        for (IConfigurationElement uses : element.getChildren("uses")) {
            String action = required(uses, "action");
            if (!TargetAction.IDS.contains(action)) {
                throw new IllegalArgumentException("fix '" + id + "' uses an unknown action '" + action + "' (known: "
                        + String.join(", ", TargetAction.IDS) + ")");
            }
            String subject = uses.getAttribute("subject");
            actions.add(new FixDescriptor.DeclaredAction(action, subject == null || subject.isBlank() ? null : subject.trim()));
        }
        return new FixDescriptor(element, id, name, element.getAttribute("description"), causes, symptoms, actions,
                flag(element, "destructive"), flag(element, "dropsConnectivity"), flag(element, "needsElevation"),
                flag(element, "reversible"), number(element, "order", 1000),
                timeout(number(element, "timeoutSeconds", DEFAULT_TIMEOUT_SECONDS), id, origin, problems), bundle,
                version);
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("<" + element.getName() + "> has no '" + attribute + "'");
        }
        return value.trim();
    }

    private static int timeout(int timeoutSeconds, String id, String origin, List<String> problems) {
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("fix '" + id + "': timeoutSeconds must be at least 1");
        }
        if (timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            problems.add("fix '" + id + "' of " + origin + " asks for timeoutSeconds=" + timeoutSeconds
                    + "; it is capped to the maximum of " + MAX_TIMEOUT_SECONDS);
            return MAX_TIMEOUT_SECONDS;
        }
        return timeoutSeconds;
    }

    private static boolean flag(IConfigurationElement element, String attribute) {
        return Boolean.parseBoolean(element.getAttribute(attribute));
    }

    private static int number(IConfigurationElement element, String attribute, int fallback) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + attribute + "' is not a whole number: " + value);
        }
    }

    /**
     * The bundle that really contributes: for a fragment, the fragment itself, not its host (which the registry
     * names), so that a fragment's fix is held to the fragment's signature and never passes for the host's.
     */
    private static String contributor(IContributor contributor) {
        return contributor instanceof RegistryContributor registered && registered.getActualName() != null
                ? registered.getActualName() : contributor.getName();
    }

    private static Optional<String> bundleVersion(String symbolicName) {
        Bundle self = FrameworkUtil.getBundle(FixRegistry.class);
        if (self == null || self.getBundleContext() == null) {
            return Optional.empty();
        }
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return Optional.of(bundle.getVersion().toString());
            }
        }
        return Optional.empty();
    }

    public List<FixDescriptor> descriptors() {
        return descriptors;
    }

    public Optional<FixDescriptor> byId(String id) {
        return descriptors.stream().filter(descriptor -> descriptor.id().equals(id)).findFirst();
    }

    /** Contributions that were left out, each naming its bundle. */
    public List<String> problems() {
        return problems;
    }
}
