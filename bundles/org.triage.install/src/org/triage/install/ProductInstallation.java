package org.triage.install;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The installed product this runtime runs from, as p2 manages it: its folder (with {@code plugins/},
 * {@code dropins/} and the launcher), its configuration area, and its p2 profile.
 *
 * @param installDir       the product's folder
 * @param configurationDir its configuration area, where the install policy and log live
 *                         ({@code configuration/org.triage.install/})
 * @param profileId        its p2 profile, {@code DefaultProfile} for a materialized product
 */
public record ProductInstallation(Path installDir, Path configurationDir, String profileId) {

    /** The folder under the configuration area that holds the policy and the install log. */
    public static final String STATE_FOLDER = "org.triage.install";

    /**
     * The product this runtime runs from.
     *
     * @throws InstallException where it does not run from a p2-managed product (a test runtime, an IDE launch)
     */
    public static ProductInstallation running() throws InstallException {
        String profile = System.getProperty("eclipse.p2.profile");
        Path install = folder(Platform.getInstallLocation());
        Path configuration = folder(Platform.getConfigurationLocation());
        if (profile == null || install == null || configuration == null) {
            throw new InstallException("this runtime is not an installed Triage Console with a p2 profile"
                    + " (eclipse.p2.profile is not set); install fix bundles into the product, e.g. its"
                    + " triage launcher");
        }
        return new ProductInstallation(install, configuration, profile);
    }

    private static Path folder(Location location) {
        URL url = location == null ? null : location.getURL();
        if (url == null) {
            return null;
        }
        try {
            return Path.of(URIUtil.toURI(url)).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Where the policy and the install log live. */
    public Path stateDir() {
        return configurationDir.resolve(STATE_FOLDER);
    }

    public Path dropins() {
        return installDir.resolve("dropins");
    }

    /** The Equinox launcher jar the product's own launcher scripts run. */
    public Path launcherJar() throws InstallException {
        try (Stream<Path> plugins = Files.list(installDir.resolve("plugins"))) {
            return plugins.filter(path -> {
                String name = path.getFileName().toString();
                return name.startsWith("org.eclipse.equinox.launcher_") && name.endsWith(".jar");
            }).max(Comparator.naturalOrder()).orElseThrow(
                    () -> new InstallException("no Equinox launcher under " + installDir.resolve("plugins")));
        } catch (IOException e) {
            throw new InstallException("cannot list " + installDir.resolve("plugins") + ": " + e.getMessage(), e);
        }
    }

    /** The Java this runtime runs on, for the child processes that run p2. */
    public Path java() {
        Optional<String> command = ProcessHandle.current().info().command();
        return command.map(Path::of).filter(Files::isExecutable)
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin",
                        System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java"));
    }
}
