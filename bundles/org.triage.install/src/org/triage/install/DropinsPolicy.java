package org.triage.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.triage.core.fix.ContributorPolicy;

/**
 * The install policy, applied to what an admin copied into {@code dropins/}: the dropins reconciler installs such
 * bundles without asking, so their fixes are held back here when the policy would have refused them at
 * {@code triage install}. A policy file that cannot be read holds back everything in dropins/, as it refuses
 * every install. Content installed with p2 was checked when it was installed; the product's own is not checked.
 */
public final class DropinsPolicy implements ContributorPolicy {

    @Override
    public Map<String, String> refusedContributors() {
        try {
            return refusals(ProductInstallation.running());
        } catch (InstallException e) {
            return Map.of(); // not an installed product (a test runtime): no dropins, no policy
        }
    }

    /** Why each bundle in the product's dropins/ is refused, by symbolic name. */
    public static Map<String, String> refusals(ProductInstallation product) {
        Path dropins = product.dropins();
        if (!Files.isDirectory(dropins)) {
            return Map.of();
        }
        InstallPolicy policy;
        String unreadable = null;
        try {
            policy = InstallPolicy.read(product.stateDir()); // tampered content is refused under any policy
        } catch (InstallException e) {
            policy = null;
            unreadable = e.getMessage();
        }
        Map<String, String> refused = new LinkedHashMap<>();
        for (Path bundle : bundlesIn(dropins)) {
            Optional<InstallRecord.Unit> unit = InstalledContent.manifestOf(bundle, new ArrayList<>());
            if (unit.isEmpty()) {
                continue;
            }
            String artifact = "dropins/" + dropins.relativize(bundle).toString().replace('\\', '/');
            List<String> reasons = unreadable != null ? List.of(unreadable) : policy.refusals(artifact, signature(bundle));
            if (!reasons.isEmpty()) {
                refused.put(unit.get().id(), String.join("; ", reasons) + " (the install policy covers dropins/ too)");
            }
        }
        return refused;
    }

    private static List<Path> bundlesIn(Path dropins) {
        List<Path> bundles = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dropins)) {
            for (Path entry : entries.sorted().toList()) {
                bundles.addAll(InstalledContent.bundleLocations(entry));
            }
        } catch (IOException e) {
            // an unreadable dropins/ holds nothing the reconciler could install either
        }
        return bundles;
    }

    private static JarSignature signature(Path bundle) {
        if (Files.isDirectory(bundle)) {
            return new JarSignature(JarSignature.Status.UNSIGNED, null, null, null,
                    "an unpacked folder, whose files no signature covers");
        }
        try {
            return JarSignature.of(bundle);
        } catch (IOException | SecurityException e) {
            return new JarSignature(JarSignature.Status.TAMPERED, null, null, null, "unreadable: " + e.getMessage());
        }
    }
}
