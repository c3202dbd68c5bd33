package org.triage.install;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What installing a source would do, worked out before anything is installed: the content of the source's
 * mirror, the policy in force and why it refuses the content, if it does. Closing it deletes the mirror.
 */
public final class InstallPlan implements AutoCloseable {

    private final FixBundleSource source;
    private final Path folder;
    private final RepositoryMirror mirror;
    private final FixBundleContent content;
    private final InstallPolicy policy;
    private final List<String> refusals;

    InstallPlan(FixBundleSource source, Path folder, RepositoryMirror mirror, FixBundleContent content,
            InstallPolicy policy) {
        this.source = source;
        this.folder = folder;
        this.mirror = mirror;
        this.content = content;
        this.policy = policy;
        List<String> refusals = new ArrayList<>();
        content.newFeatures().forEach(feature -> refusals.addAll(
                policy.refusals("feature " + feature.id() + " " + feature.version(), feature.signature())));
        content.newBundles().forEach(bundle -> refusals.addAll(
                policy.refusals("bundle " + bundle.symbolicName() + " " + bundle.version(), bundle.signature())));
        this.refusals = List.copyOf(refusals);
    }

    public FixBundleSource source() {
        return source;
    }

    public FixBundleContent content() {
        return content;
    }

    public InstallPolicy policy() {
        return policy;
    }

    /** Why the policy refuses this content; empty where it may be installed. */
    public List<String> refusals() {
        return refusals;
    }

    public boolean refused() {
        return !refusals.isEmpty();
    }

    /** The local repository the director installs from: the very content that was inspected. */
    Path repository() {
        return mirror.repository();
    }

    @Override
    public void close() {
        mirror.close();
        FileTrees.delete(folder);
    }
}
