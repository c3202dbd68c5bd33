package org.triage.export;

import java.nio.file.Path;
import java.util.Map;

import org.triage.export.pseudonyms.IdentifierKind;
import org.triage.export.redaction.SecretKind;

/**
 * @param mapFile    where the pseudonym map was written; null where the export is not pseudonymised
 * @param entries    the number of entries in the zip (files, not folders)
 * @param redactions what was redacted, by kind
 * @param pseudonyms what was pseudonymised, by kind
 */
public record ExportResult(Path file, Path mapFile, int entries, long bytes, Map<SecretKind, Integer> redactions,
        Map<IdentifierKind, Integer> pseudonyms, ExportManifest manifest) {

    public int redactionTotal() {
        return redactions.values().stream().mapToInt(Integer::intValue).sum();
    }
}
