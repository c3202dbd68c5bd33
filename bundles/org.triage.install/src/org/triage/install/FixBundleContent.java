package org.triage.install;

import java.util.List;

import org.triage.core.fix.FixDescriptor;

/**
 * What a fix bundle source brings, read from its mirror before anything is installed.
 *
 * @param roots    what gets installed: the features at the top, or the bundles where there is no feature
 * @param features the features, each with its signature
 * @param bundles  the bundles, each with its signature and the fixes its plugin.xml declares
 * @param problems what is wrong with the content short of refusing it: malformed fix contributions, a
 *                 fix id another bundle already contributes
 */
public record FixBundleContent(List<InstallRecord.Unit> roots, List<FeatureContent> features,
        List<BundleContent> bundles, List<String> problems) {

    public FixBundleContent {
        roots = List.copyOf(roots);
        features = List.copyOf(features);
        bundles = List.copyOf(bundles);
        problems = List.copyOf(problems);
    }

    /**
     * A feature in the source.
     *
     * @param inProduct whether the product already has it, same version: it brings nothing new
     */
    public record FeatureContent(String id, String version, String name, JarSignature signature, boolean inProduct) {
    }

    /**
     * A bundle in the source.
     *
     * @param inProduct whether the product already runs it, same version: it brings nothing new
     * @param fixes     the fixes its plugin.xml contributes, with their declared properties
     */
    public record BundleContent(String symbolicName, String version, String name, String vendor,
            JarSignature signature, boolean inProduct, List<FixDescriptor> fixes) {

        public BundleContent {
            fixes = List.copyOf(fixes);
        }
    }

    /** The bundles the product does not have yet. */
    public List<BundleContent> newBundles() {
        return bundles.stream().filter(bundle -> !bundle.inProduct()).toList();
    }

    public List<FeatureContent> newFeatures() {
        return features.stream().filter(feature -> !feature.inProduct()).toList();
    }

    /** Every fix the new bundles contribute. */
    public List<FixDescriptor> fixes() {
        return newBundles().stream().flatMap(bundle -> bundle.fixes().stream()).toList();
    }
}
