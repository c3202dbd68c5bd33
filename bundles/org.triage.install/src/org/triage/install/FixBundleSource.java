package org.triage.install;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where fix bundles come from, as an admin names it: a p2 repository folder, a .zip of one, or an http(s)
 * URL of either. A {@code file:} URL counts as the folder or zip it names.
 *
 * @param text     what the admin typed, for messages and the install log
 * @param kind     which of the three it is
 * @param location the folder or zip (FOLDER, ZIP) or the URL (URL)
 */
public record FixBundleSource(String text, Kind kind, URI location) {

    public enum Kind {
        FOLDER, ZIP, URL
    }

    /** Files one of which every p2 repository has at its top. */
    private static final List<String> REPOSITORY_INDEX = List.of("content.jar", "content.xml", "content.xml.xz",
            "compositeContent.jar", "compositeContent.xml", "p2.index");

    /** @throws InstallException where the text names nothing that can hold a p2 repository */
    public static FixBundleSource parse(String text) throws InstallException {
        if (text == null || text.isBlank()) {
            throw new InstallException("no source given: name a p2 repository folder, its .zip, or an http(s) URL");
        }
        String trimmed = text.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI uri = new URI(trimmed);
                if (uri.getHost() == null) {
                    throw new InstallException("'" + trimmed + "' names no host");
                }
                return new FixBundleSource(trimmed, Kind.URL, uri);
            } catch (URISyntaxException e) {
                throw new InstallException("'" + trimmed + "' is not a valid URL: " + e.getReason());
            }
        }
        Path path;
        try {
            path = (lower.startsWith("file:") ? Path.of(new URI(trimmed)) : Path.of(trimmed)).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InstallException("'" + trimmed + "' is neither a folder, a .zip nor an http(s) URL");
        }
        if (Files.isDirectory(path)) {
            if (REPOSITORY_INDEX.stream().noneMatch(index -> Files.isRegularFile(path.resolve(index)))) {
                throw new InstallException(path + " is not a p2 repository: it has none of " + REPOSITORY_INDEX
                        + (Files.isDirectory(path.resolve("repository")) ? "; did you mean " + path.resolve("repository")
                                + "?" : ""));
            }
            return new FixBundleSource(trimmed, Kind.FOLDER, path.toUri());
        }
        if (Files.isRegularFile(path)) {
            if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                throw new InstallException(path + " is not a .zip of a p2 repository"
                        + (path.toString().endsWith(".jar") ? "; to add a single bundle, copy it into the dropins folder" : ""));
            }
            return new FixBundleSource(trimmed, Kind.ZIP, path.toUri());
        }
        throw new InstallException(path + " does not exist");
    }

    /** Whether the URL names a zip to download rather than a repository to read in place. */
    boolean isZipUrl() {
        return kind == Kind.URL && location.getPath() != null
                && location.getPath().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    @Override
    public String toString() {
        return text;
    }
}
