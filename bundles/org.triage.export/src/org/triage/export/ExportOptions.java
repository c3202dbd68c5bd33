package org.triage.export;

import java.nio.file.Path;

/**
 * @param pseudonymize   replace user, host, tenant names, addresses and ids with pseudonyms
 * @param mapFile        where the pseudonym map goes; null for {@code FILE.zip.map.json} next to the export
 * @param productVersion the version of the product that exports, for the manifest
 */
public record ExportOptions(boolean pseudonymize, Path mapFile, String productVersion) {

    public static ExportOptions redactedOnly(String productVersion) {
        return new ExportOptions(false, null, productVersion);
    }

    public static ExportOptions pseudonymized(String productVersion) {
        return new ExportOptions(true, null, productVersion);
    }

    /** The map file for an export written to {@code zip}. */
    public Path mapFileFor(Path zip) {
        return mapFile != null ? mapFile : zip.resolveSibling(zip.getFileName() + ExportLayout.MAP_SUFFIX);
    }
}
