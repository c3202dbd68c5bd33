package org.triage.install;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.triage.core.fix.FixDescriptor;
import org.triage.core.fix.FixRegistry;

/**
 * Reads what a mirrored source brings without installing or running any of it: its features and bundles,
 * whether each jar is signed, and the fixes each bundle's plugin.xml declares. The plugin.xml files are
 * read into an extension registry of their own, by the same reader the product uses for installed fixes,
 * so a fix is shown exactly as the product will take it, malformed ones included.
 */
public final class FixBundleInspector {

    private static final String BUNDLE = "osgi.bundle";
    private static final String FEATURE = "org.eclipse.update.feature";

    private FixBundleInspector() {
    }

    public static FixBundleContent inspect(RepositoryMirror mirror) throws InstallException {
        Set<IInstallableUnit> units = mirror.metadata().query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet();
        Set<String> running = runningBundles();
        List<String> problems = new ArrayList<>();

        Map<IInstallableUnit, Boolean> known = new HashMap<>();
        List<FixBundleContent.FeatureContent> features = new ArrayList<>();
        Map<String, BundleJar> jars = new LinkedHashMap<>();
        for (IInstallableUnit unit : units) {
            for (IArtifactKey key : unit.getArtifacts()) {
                File file = mirror.artifacts().getArtifactFile(key);
                if (file == null) {
                    throw new InstallException("the mirror lost " + key.getId() + " " + key.getVersion());
                }
                String version = key.getVersion().toString();
                if (BUNDLE.equals(key.getClassifier())) {
                    jars.putIfAbsent(key.getId() + " " + version, BundleJar.read(key.getId(), version, file.toPath(),
                            running.contains(key.getId() + " " + version)));
                } else if (FEATURE.equals(key.getClassifier())) {
                    IInstallableUnit group = units.stream().filter(QueryUtil::isGroup)
                            .filter(candidate -> candidate.getId().equals(key.getId() + ".feature.group")
                                    && candidate.getVersion().equals(key.getVersion()))
                            .findFirst().orElse(unit);
                    features.add(new FixBundleContent.FeatureContent(key.getId(), version, name(group),
                            signature(file.toPath()), inProduct(group, units, running, known)));
                }
            }
        }
        Map<String, List<FixDescriptor>> fixes = readFixes(jars.values(), problems);
        warnOfTakenIds(fixes, problems);
        List<FixBundleContent.BundleContent> bundles = jars.values().stream()
                .map(jar -> new FixBundleContent.BundleContent(jar.symbolicName, jar.version, jar.name, jar.vendor,
                        jar.signature, jar.inProduct, fixes.getOrDefault(jar.symbolicName, List.of())))
                .toList();
        List<InstallRecord.Unit> roots = roots(units, running, known);
        if (roots.isEmpty()) {
            throw new InstallException("the source brings nothing the product does not already have");
        }
        return new FixBundleContent(roots, features, bundles, problems);
    }

    /** The top features not already in the product, or, without features, the new bundles. */
    private static List<InstallRecord.Unit> roots(Set<IInstallableUnit> units, Set<String> running,
            Map<IInstallableUnit, Boolean> known) {
        List<IInstallableUnit> groups = units.stream().filter(QueryUtil::isGroup)
                .filter(unit -> !QueryUtil.isCategory(unit)).toList();
        List<InstallRecord.Unit> roots = new ArrayList<>();
        for (IInstallableUnit group : groups) {
            boolean included = groups.stream().anyMatch(other -> other != group && requires(other, group));
            if (!included && !inProduct(group, units, running, known)) {
                roots.add(new InstallRecord.Unit(group.getId(), group.getVersion().toString()));
            }
        }
        if (groups.isEmpty()) {
            for (IInstallableUnit unit : units) {
                boolean bundle = unit.getArtifacts().stream().anyMatch(key -> BUNDLE.equals(key.getClassifier()));
                if (bundle && !running.contains(unit.getId() + " " + unit.getVersion())) {
                    roots.add(new InstallRecord.Unit(unit.getId(), unit.getVersion().toString()));
                }
            }
        }
        return roots;
    }

    private static boolean requires(IInstallableUnit unit, IInstallableUnit other) {
        for (IRequirement requirement : unit.getRequirements()) {
            if (other.satisfies(requirement)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the product has a unit already: a bundle that runs in it, same version, or a feature whose every
     * unit in the source is in the product.
     */
    private static boolean inProduct(IInstallableUnit unit, Set<IInstallableUnit> units, Set<String> running,
            Map<IInstallableUnit, Boolean> known) {
        Boolean answer = known.get(unit);
        if (answer != null) {
            return answer;
        }
        known.put(unit, Boolean.FALSE); // a cycle of features counts as new
        boolean result;
        if (!QueryUtil.isGroup(unit)) {
            result = running.contains(unit.getId() + " " + unit.getVersion());
        } else {
            List<IInstallableUnit> required = units.stream().filter(other -> other != unit && requires(unit, other))
                    .toList();
            result = !required.isEmpty() && required.stream().allMatch(other -> inProduct(other, units, running, known));
        }
        known.put(unit, result);
        return result;
    }

    private static String name(IInstallableUnit unit) {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME);
        if (name != null && name.startsWith("%")) {
            String translated = unit.getProperty("df_LT." + name.substring(1));
            return translated != null ? translated : name;
        }
        return name;
    }

    private static Set<String> runningBundles() {
        Set<String> running = new HashSet<>();
        BundleContext context = FrameworkUtil.getBundle(FixBundleInspector.class).getBundleContext();
        if (context != null) {
            for (Bundle bundle : context.getBundles()) {
                running.add(bundle.getSymbolicName() + " " + bundle.getVersion());
            }
        }
        return running;
    }

    private static JarSignature signature(Path jar) throws InstallException {
        try {
            return JarSignature.of(jar);
        } catch (IOException e) {
            throw new InstallException("cannot read " + jar.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Reads every new bundle's plugin.xml into a registry of its own and takes the fixes from it. */
    private static Map<String, List<FixDescriptor>> readFixes(Iterable<BundleJar> jars, List<String> problems)
            throws InstallException {
        Object token = new Object();
        IExtensionRegistry registry = RegistryFactory.createRegistry(null, token, null);
        Map<String, String> versions = new LinkedHashMap<>();
        try {
            Bundle core = FrameworkUtil.getBundle(FixRegistry.class);
            try (InputStream in = core.getEntry("plugin.xml").openStream()) {
                registry.addContribution(in, ContributorFactorySimple.createContributor(core.getSymbolicName()), false,
                        core.getSymbolicName(), null, token);
            }
            for (BundleJar jar : jars) {
                if (jar.inProduct || jar.pluginXml == null) {
                    continue;
                }
                versions.put(jar.symbolicName, jar.version);
                boolean read = registry.addContribution(new ByteArrayInputStream(jar.pluginXml),
                        ContributorFactorySimple.createContributor(jar.symbolicName), false, jar.symbolicName,
                        jar.translations, token);
                if (!read) {
                    problems.add("the plugin.xml of " + jar.symbolicName + " " + jar.version + " cannot be read");
                }
            }
            FixRegistry fixes = FixRegistry.read(registry, name -> Optional.ofNullable(versions.get(name)));
            problems.addAll(fixes.problems());
            Map<String, List<FixDescriptor>> byBundle = new LinkedHashMap<>();
            fixes.descriptors().forEach(fix -> byBundle.computeIfAbsent(fix.contributor(), b -> new ArrayList<>()).add(fix));
            return byBundle;
        } catch (IOException e) {
            throw new InstallException("cannot read the fixes extension point of " + FixRegistry.EXTENSION_POINT
                    + ": " + e.getMessage(), e);
        } finally {
            registry.stop(token);
        }
    }

    /** A fix id that an installed bundle contributes already: one of the two will be left out. */
    private static void warnOfTakenIds(Map<String, List<FixDescriptor>> incoming, List<String> problems) {
        FixRegistry installed = FixRegistry.read();
        incoming.values().stream().flatMap(List::stream).forEach(fix -> installed.byId(fix.id())
                .filter(other -> !other.contributor().equals(fix.contributor()))
                .ifPresent(other -> problems.add("fix '" + fix.id() + "' of " + fix.origin() + " has the id of a fix "
                        + other.origin() + " contributes; the bundle whose namespace the id carries keeps it")));
    }

    /** A bundle jar as the inspector reads it. */
    private static final class BundleJar {
        final String symbolicName;
        final String version;
        final boolean inProduct;
        String name;
        String vendor;
        JarSignature signature;
        byte[] pluginXml;
        ResourceBundle translations;

        private BundleJar(String symbolicName, String version, boolean inProduct) {
            this.symbolicName = symbolicName;
            this.version = version;
            this.inProduct = inProduct;
        }

        static BundleJar read(String symbolicName, String version, Path path, boolean inProduct) throws InstallException {
            BundleJar jar = new BundleJar(symbolicName, version, inProduct);
            jar.signature = signature(path);
            try (JarFile file = new JarFile(path.toFile(), false)) {
                Manifest manifest = file.getManifest();
                Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
                String localization = Optional.ofNullable(main.getValue("Bundle-Localization")).orElse("OSGI-INF/l10n/bundle");
                jar.translations = translations(file, localization);
                jar.name = translate(main.getValue("Bundle-Name"), jar.translations);
                jar.vendor = translate(main.getValue("Bundle-Vendor"), jar.translations);
                // a fragment declares its extensions in fragment.xml, and is read for them like a bundle
                ZipEntry pluginXml = Optional.ofNullable(file.getEntry("plugin.xml"))
                        .orElse(file.getEntry("fragment.xml"));
                if (pluginXml != null) {
                    try (InputStream in = file.getInputStream(pluginXml)) {
                        jar.pluginXml = in.readAllBytes();
                    }
                }
            } catch (IOException e) {
                throw new InstallException("cannot read the bundle " + symbolicName + " " + version + ": " + e.getMessage(), e);
            }
            return jar;
        }

        private static ResourceBundle translations(JarFile file, String localization) throws IOException {
            for (String candidate : List.of(localization + ".properties", "plugin.properties")) {
                ZipEntry entry = file.getEntry(candidate);
                if (entry != null) {
                    try (InputStream in = file.getInputStream(entry)) {
                        return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                }
            }
            return null;
        }

        private static String translate(String value, ResourceBundle translations) {
            if (value == null || !value.startsWith("%") || translations == null) {
                return value;
            }
            String key = value.substring(1);
            return translations.containsKey(key) ? translations.getString(key) : value;
        }
    }
}
