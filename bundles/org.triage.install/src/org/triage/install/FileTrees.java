package org.triage.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting a file or a folder with everything in it. */
final class FileTrees {

    private FileTrees() {
    }

    /** Deletes what it can; the caller checks whether the path is gone where that matters. */
    static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            // what is left is reported by the caller (a dropins entry) or harmless (a temporary mirror)
        }
    }
}
