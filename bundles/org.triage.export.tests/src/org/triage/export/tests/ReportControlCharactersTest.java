package org.triage.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.export.ExportArchive;
import org.triage.export.ExportLayout;
import org.triage.model.RawEvidence;
import org.triage.model.Session;
import org.triage.tests.harness.PlantedValues;

/**
 * Control characters in the evidence reach the export's evidence files byte for byte and its session losslessly, and
 * the reports show them as visible pictures, never raw (an ESC in a report.md would colour a terminal).
 */
class ReportControlCharactersTest {

    @TempDir
    Path folder;

    @Test
    void theReportsShowControlCharactersAsPicturesAndTheEvidenceKeepsThem() throws Exception {
        Session session = EcoreUtil.copy(Exports.demoPlaybook());
        String hostile = PlantedValues.controlCharacters();
        session.setOutcomeSummary("summary " + hostile);
        RawEvidence evidence = session.getObservations().get(0).getEvidence().get(0);
        evidence.setContent(evidence.getContent() + hostile);
        Path zip = folder.resolve("controls.zip");
        Exports.export(session, zip, false);

        for (String report : new String[] { ExportLayout.REPORT_HTML, ExportLayout.REPORT_MARKDOWN }) {
            String text = Exports.text(zip, report);
            assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F),
                    report + " holds a raw control character");
            // Markdown escapes the bracket that follows: \u241B\[31mred
            assertTrue(text.contains("\u241B[31mred") || text.contains("\u241B\\[31mred"),
                    report + " shows the ESC as a picture");
            assertTrue(text.contains("\u2400"), report + " shows the NUL as a picture");
        }
        ExportArchive archive = ExportArchive.read(zip);
        assertTrue(archive.intact(), archive.integrityProblems().toString());
        String content = archive.session().getObservations().get(0).getEvidence().get(0).getContent();
        assertTrue(content.endsWith(hostile), "the exported session holds the evidence as it was");
        byte[] evidenceFile = archive.entryNames().stream().filter(name -> name.startsWith("evidence/")
                && !name.equals("evidence/")).map(name -> archive.entry(name).orElseThrow())
                .filter(bytes -> new String(bytes, StandardCharsets.UTF_8).contains("colour \u001B[31mred")).findFirst()
                .orElseThrow();
        assertTrue(new String(evidenceFile, StandardCharsets.UTF_8).contains("\u001B[31mred\u001B[0m; \u0000 \u0001"));
        assertEquals(session.getOutcomeSummary(), archive.session().getOutcomeSummary());
    }
}
