package org.triage.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * What was added to the product after it was built: the units installed with p2 (the roots of its profile
 * that its first state did not have), and what lies in its {@code dropins/} folder.
 *
 * @param units    third-party units in the p2 profile, each with the bundles it requires directly
 * @param product  the product's own roots, which cannot be uninstalled
 * @param dropins  the files and folders in dropins/, each with the bundles it holds
 * @param problems what could not be read
 */
public record InstalledContent(List<InstalledUnit> units, List<InstallRecord.Unit> product, List<DropIn> dropins,
        List<String> problems) {

    /** A unit installed with p2, and the bundles it brought. */
    public record InstalledUnit(String id, String version, String name, List<InstallRecord.Unit> bundles) {
    }

    /** A jar or folder in dropins/ and the bundles in it. */
    public record DropIn(Path path, List<InstallRecord.Unit> bundles) {
    }

    /** The dropins reconciler marks the units it installs with this profile property. */
    private static final String DROPINS_PROPERTY = "org.eclipse.equinox.p2.reconciler.dropins";

    public static InstalledContent of(ProductInstallation product) {
        List<String> problems = new ArrayList<>();
        List<InstalledUnit> units = new ArrayList<>();
        List<InstallRecord.Unit> own = new ArrayList<>();
        readProfile(product, units, own, problems);
        List<DropIn> dropins = readDropins(product.dropins(), problems);
        return new InstalledContent(units, own, dropins, problems);
    }

    private static void readProfile(ProductInstallation product, List<InstalledUnit> units,
            List<InstallRecord.Unit> own, List<String> problems) {
        BundleContext context = FrameworkUtil.getBundle(InstalledContent.class).getBundleContext();
        ServiceReference<IProvisioningAgent> reference = null;
        try {
            Collection<ServiceReference<IProvisioningAgent>> references = context.getServiceReferences(
                    IProvisioningAgent.class, "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
            reference = references.stream().findFirst().orElse(null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        IProvisioningAgent agent = reference == null ? null : context.getService(reference);
        try {
            IProfileRegistry registry = agent == null ? null : agent.getService(IProfileRegistry.class);
            IProfile profile = registry == null ? null : registry.getProfile(product.profileId());
            if (profile == null) {
                problems.add("the p2 profile " + product.profileId() + " of " + product.installDir() + " cannot be read");
                return;
            }
            IProfile built = productState(registry, profile);
            Set<IInstallableUnit> original = built.query(new UserVisibleRootQuery(), null).toUnmodifiableSet();
            Set<IInstallableUnit> productUnits = built.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet();
            original.stream().sorted(Comparator.comparing(IInstallableUnit::getId))
                    .forEach(unit -> own.add(new InstallRecord.Unit(unit.getId(), unit.getVersion().toString())));
            Set<IInstallableUnit> all = profile.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet();
            profile.query(new UserVisibleRootQuery(), null).toUnmodifiableSet().stream()
                    .filter(unit -> original.stream().noneMatch(o -> o.getId().equals(unit.getId())))
                    .filter(unit -> !"true".equals(profile.getInstallableUnitProperty(unit, DROPINS_PROPERTY)))
                    .sorted(Comparator.comparing(IInstallableUnit::getId))
                    .forEach(unit -> units.add(new InstalledUnit(unit.getId(), unit.getVersion().toString(),
                            unit.getProperty(IInstallableUnit.PROP_NAME), bundlesOf(unit, all, productUnits))));
        } finally {
            if (reference != null) {
                context.ungetService(reference);
            }
        }
    }

    /** The profile's first state that had any roots: the product as it was built. */
    private static IProfile productState(IProfileRegistry registry, IProfile profile) {
        for (long state : registry.listProfileTimestamps(profile.getProfileId())) {
            IProfile then = registry.getProfile(profile.getProfileId(), state);
            if (then != null && !then.query(new UserVisibleRootQuery(), null).isEmpty()) {
                return then;
            }
        }
        return profile;
    }

    /** The bundles the unit requires that the product did not have: the unit itself where it is a bundle. */
    private static List<InstallRecord.Unit> bundlesOf(IInstallableUnit root, Set<IInstallableUnit> all,
            Set<IInstallableUnit> productUnits) {
        List<InstallRecord.Unit> bundles = new ArrayList<>();
        if (!QueryUtil.isGroup(root)) {
            bundles.add(new InstallRecord.Unit(root.getId(), root.getVersion().toString()));
            return bundles;
        }
        for (IRequirement requirement : root.getRequirements()) {
            all.stream().filter(unit -> unit != root && unit.satisfies(requirement) && !productUnits.contains(unit))
                    .filter(unit -> unit.getArtifacts().stream().anyMatch(key -> "osgi.bundle".equals(key.getClassifier())))
                    .forEach(unit -> bundles.add(new InstallRecord.Unit(unit.getId(), unit.getVersion().toString())));
        }
        return bundles.stream().distinct().toList();
    }

    private static List<DropIn> readDropins(Path dropins, List<String> problems) {
        if (!Files.isDirectory(dropins)) {
            return List.of();
        }
        List<DropIn> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dropins)) {
            for (Path entry : entries.sorted().toList()) {
                List<InstallRecord.Unit> bundles = new ArrayList<>();
                for (Path jarOrFolder : bundleLocations(entry)) {
                    manifestOf(jarOrFolder, problems).ifPresent(bundles::add);
                }
                found.add(new DropIn(entry, bundles));
            }
        } catch (IOException e) {
            problems.add("cannot list " + dropins + ": " + e.getMessage());
        }
        return found;
    }

    /** A jar, an unpacked bundle, or a folder with plugins/ (also under eclipse/), as the reconciler reads them. */
    static List<Path> bundleLocations(Path entry) throws IOException {
        if (Files.isRegularFile(entry)) {
            return entry.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar") ? List.of(entry) : List.of();
        }
        if (Files.isRegularFile(entry.resolve("META-INF/MANIFEST.MF"))) {
            return List.of(entry);
        }
        for (Path plugins : List.of(entry.resolve("plugins"), entry.resolve("eclipse/plugins"))) {
            if (Files.isDirectory(plugins)) {
                try (Stream<Path> bundles = Files.list(plugins)) {
                    return bundles.sorted().toList();
                }
            }
        }
        return List.of();
    }

    static Optional<InstallRecord.Unit> manifestOf(Path jarOrFolder, List<String> problems) {
        try {
            Manifest manifest;
            if (Files.isDirectory(jarOrFolder)) {
                Path file = jarOrFolder.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try (var in = Files.newInputStream(file)) {
                    manifest = new Manifest(in);
                }
            } else {
                try (JarFile jar = new JarFile(jarOrFolder.toFile(), false)) {
                    manifest = jar.getManifest();
                }
            }
            Attributes main = manifest == null ? null : manifest.getMainAttributes();
            String name = main == null ? null : main.getValue("Bundle-SymbolicName");
            if (name == null) {
                problems.add(jarOrFolder + " is not an OSGi bundle (no Bundle-SymbolicName)");
                return Optional.empty();
            }
            String version = Optional.ofNullable(main.getValue("Bundle-Version")).orElse("0.0.0");
            return Optional.of(new InstallRecord.Unit(name.split(";")[0].strip(), version.strip()));
        } catch (IOException e) {
            problems.add("cannot read " + jarOrFolder + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
