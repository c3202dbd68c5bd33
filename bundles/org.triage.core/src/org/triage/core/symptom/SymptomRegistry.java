package org.triage.core.symptom;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Reads the contributions to {@code org.triage.core.symptoms}, one {@link SymptomDescriptor} each. A malformed
 * contribution is logged through {@link ILog} with its bundle's name and version and left out; where two
 * contributions describe one code, the first read keeps it. Reading is cheap and reflects the bundles
 * installed or removed since the last read, so callers read when they need the catalogue.
 */
public final class SymptomRegistry {

    public static final String EXTENSION_POINT = "org.triage.core.symptoms";

    private static final Pattern CAUSE_ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    private final List<SymptomDescriptor> descriptors;
    private final List<String> problems;

    private SymptomRegistry(List<SymptomDescriptor> descriptors, List<String> problems) {
        this.descriptors = List.copyOf(descriptors);
        this.problems = List.copyOf(problems);
    }

    public static SymptomRegistry read() {
        return read(RegistryFactory.getRegistry());
    }

    public static SymptomRegistry read(IExtensionRegistry registry) {
        Map<String, SymptomDescriptor> byCode = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (registry == null) {
            problems.add("no extension registry is running");
            return new SymptomRegistry(List.of(), problems);
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"symptom".equals(element.getName())) {
                continue;
            }
            String bundle = contributor(element.getContributor());
            String version = bundleVersion(bundle);
            String origin = version == null ? bundle : bundle + " " + version;
            String code = element.getAttribute("code");
            String named = code == null || code.isBlank() ? "a symptom" : "symptom '" + code.trim() + "'";
            try {
                SymptomDescriptor descriptor = describe(element, bundle, version);
                SymptomDescriptor earlier = byCode.putIfAbsent(SymptomDescriptor.normalise(descriptor.code()), descriptor);
                if (earlier != null) {
                    problems.add(named + " of " + origin + " is left out: symptom '" + earlier.code() + "' of "
                            + earlier.origin() + " describes the same code");
                }
            } catch (IllegalArgumentException e) {
                problems.add(named + " of " + origin + " is malformed and left out: " + e.getMessage());
            }
        }
        ILog log = ILog.of(SymptomRegistry.class);
        problems.forEach(log::warn);
        return new SymptomRegistry(new ArrayList<>(byCode.values()), problems);
    }

    private static SymptomDescriptor describe(IConfigurationElement element, String bundle, String version) {
        String code = required(element, "code");
        String app = required(element, "app");
        String message = required(element, "message");
        String meaning = required(element, "meaning");
        String source = required(element, "source");
        if (!isWebAddress(source)) {
            throw new IllegalArgumentException("'source' is not an http(s) address: " + source);
        }
        List<String> causes = new ArrayList<>();
        for (IConfigurationElement pointsTo : element.getChildren("pointsTo")) {
            String cause = required(pointsTo, "cause");
            if (!CAUSE_ID.matcher(cause).matches()) {
                throw new IllegalArgumentException("'" + cause + "' is not a cause id");
            }
            causes.add(cause);
        }
        if (causes.isEmpty()) {
            throw new IllegalArgumentException("it points to no cause");
        }
        String distinguish = element.getAttribute("distinguish");
        return new SymptomDescriptor(code, app, message, meaning,
                distinguish == null || distinguish.isBlank() ? null : distinguish.trim(), causes, source, bundle, version);
    }

    private static boolean isWebAddress(String source) {
        try {
            URI uri = new URI(source);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("<" + element.getName() + "> has no '" + attribute + "'");
        }
        return value.trim();
    }

    private static String contributor(IContributor contributor) {
        return contributor instanceof RegistryContributor registered && registered.getActualName() != null
                ? registered.getActualName() : contributor.getName();
    }

    private static String bundleVersion(String symbolicName) {
        Bundle self = FrameworkUtil.getBundle(SymptomRegistry.class);
        if (self == null || self.getBundleContext() == null) {
            return null;
        }
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle.getVersion().toString();
            }
        }
        return null;
    }

    /** The catalogue in the order it was read. */
    public List<SymptomDescriptor> descriptors() {
        return descriptors;
    }

    /** The symptom the operator's code names; empty for a code the catalogue does not hold. */
    public Optional<SymptomDescriptor> byCode(String code) {
        return code == null || code.isBlank() ? Optional.empty()
                : descriptors.stream().filter(descriptor -> descriptor.matches(code)).findFirst();
    }

    /** Contributions that were left out, each naming its bundle. */
    public List<String> problems() {
        return problems;
    }
}
