package org.triage.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.session.Sessions;
import org.triage.export.ExportException;
import org.triage.export.ExportLayout;
import org.triage.export.ExportManifest;
import org.triage.export.ExportOptions;
import org.triage.export.ExportResult;
import org.triage.export.SessionExporter;
import org.triage.model.FixAttempt;
import org.triage.model.Note;
import org.triage.model.Observation;
import org.triage.model.RawEvidence;
import org.triage.model.Session;
import org.triage.model.TriageFactory;
import org.triage.model.io.SessionFiles;

/** What an export holds: the session, both reports, the raw evidence and a manifest that hashes all of it. */
class ExportContentsTest {

    private static Session session;

    @TempDir
    Path folder;

    @BeforeAll
    static void runTheDemoPlaybook() throws Exception {
        session = Exports.demoPlaybook();
    }

    @Test
    void theZipHoldsTheSessionBothReportsEveryRawEvidenceAndTheManifestFirst() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        ExportResult result = Exports.export(session, zip, false);

        Map<String, byte[]> entries = Exports.entries(zip);
        List<String> names = List.copyOf(entries.keySet());
        assertEquals(List.of(ExportLayout.MANIFEST, ExportLayout.EVIDENCE_FOLDER, ExportLayout.SESSION,
                ExportLayout.REPORT_HTML, ExportLayout.REPORT_MARKDOWN), names.subList(0, 5));
        List<RawEvidence> evidence = session.getObservations().stream().flatMap(o -> o.getEvidence().stream()).toList();
        List<String> evidenceFiles = names.stream().filter(name -> name.startsWith("evidence/") && name.length() > 9)
                .toList();
        assertEquals(evidence.size(), evidenceFiles.size(), "one file per piece of raw evidence: " + evidenceFiles);
        assertEquals("evidence/001-credentials.cached-cmdkey-list.txt", evidenceFiles.get(0));
        assertTrue(evidenceFiles.stream().anyMatch(name -> name.matches("evidence/\\d{3}-registration\\.dsregcmd-dsregcmd-status\\.txt")),
                evidenceFiles.toString());
        assertTrue(evidenceFiles.contains("evidence/002-vpn.connections-vpn-connections.json"), evidenceFiles.toString());
        assertTrue(evidenceFiles.contains("evidence/003-vpn.connections-vpn-dial-events.json"), evidenceFiles.toString());
        assertEquals(evidence.get(0).getContent(), new String(entries.get(evidenceFiles.get(0)), StandardCharsets.UTF_8));
        assertEquals(names.size() - 1, result.entries(), "every entry but the folder");
        assertEquals(Files.size(zip), result.bytes());
        assertNull(result.mapFile());
    }

    @Test
    void theManifestHashesEveryOtherEntryAndNamesTheProductAndTheFixBundles() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        Exports.export(session, zip, false);
        Map<String, byte[]> entries = Exports.entries(zip);
        ExportManifest manifest = ExportManifest.parse(entries.get(ExportLayout.MANIFEST));

        assertEquals("triage-export/1", manifest.format());
        assertEquals(Exports.VERSION, manifest.productVersion());
        assertEquals(session.getId(), manifest.sessionId());
        assertFalse(manifest.pseudonymized());
        FixAttempt first = session.getFixAttempts().get(0);
        ExportManifest.FixBundle bundle = manifest.fixBundles().get(0);
        assertEquals("org.triage.fixes.m365", bundle.bundle());
        assertEquals(first.getContributorVersion(), bundle.version());
        assertEquals(session.getFixAttempts().stream().map(FixAttempt::getFixId).toList(), bundle.fixes());
        List<String> hashed = manifest.entries().stream().map(ExportManifest.EntryDigest::name).toList();
        assertEquals(entries.keySet().stream().filter(name -> !name.endsWith("/") && !name.equals(ExportLayout.MANIFEST))
                .toList(), hashed);
        for (ExportManifest.EntryDigest digest : manifest.entries()) {
            assertEquals(ExportManifest.sha256(entries.get(digest.name())), digest.sha256(), digest.name());
            assertEquals(entries.get(digest.name()).length, digest.size(), digest.name());
        }
        assertEquals(0, manifest.redactionTotal(), "the demo holds no secret");
    }

    @Test
    void theSessionComesBackWhole() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        Exports.export(session, zip, false);
        Session read = SessionFiles.read(new ByteArrayInputStream(Exports.entries(zip).get(ExportLayout.SESSION)),
                Path.of("session.xmi"));
        assertTrue(EcoreUtil.equals(session, read), "nothing was redacted, so the session is the same");
        assertTrue(read.getFixAttempts().get(0).getVerification().stream().allMatch(read.getObservations()::contains),
                "references between elements survive");
    }

    @Test
    void theHtmlReportIsSelfContainedAndShowsEveryPart() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        Exports.export(session, zip, false);
        String html = Exports.text(zip, ExportLayout.REPORT_HTML);

        for (String external : List.of("<script", "<link", "<img", "<iframe", "<object", "<embed", "src=", "url(",
                "@import", "http-equiv")) {
            assertFalse(html.toLowerCase().contains(external), "report.html refers outside itself: " + external);
        }
        Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (links.find()) {
            assertTrue(links.group(1).startsWith("#"), "only links inside the page: " + links.group(1));
        }
        assertTrue(html.contains("<style>"), "the style is inline");
        // the verdict first, in plain words: a resolved session's result page with what changed
        assertTrue(html.indexOf("id=\"verdict\"") < html.indexOf("id=\"findings\""), "the verdict comes first");
        assertTrue(html.contains("Fixed: what broke sign-in is gone.\n\nWhat changed:"), html);
        for (String part : List.of("id=\"verdict\"", "id=\"findings\"", "id=\"playbook\"", "id=\"timeline\"", "id=\"observations\"",
                "stale-cached-credentials", "cmdkey /delete:&quot;MicrosoftOffice16_Data:SSPI:alex@contoso.com&quot;",
                "Preview: what it said it would change", "What the target reports it changed",
                "<span class=\"badge passed\">passed</span>", "<span class=\"badge resolved\">resolved</span>")) {
            assertTrue(html.contains(part), "report.html lacks " + part);
        }
        long evidence = session.getObservations().stream().mapToLong(o -> o.getEvidence().size()).sum();
        assertEquals(evidence, Pattern.compile("<details><summary>Raw evidence: ").matcher(html).results().count(),
                "every piece of raw evidence, collapsed");
        for (Observation observation : session.getObservations()) {
            assertTrue(html.contains("id=\"" + observation.getId() + "\""), "an anchor for " + observation.getId());
        }
    }

    @Test
    void everyTextIsEscapedInBothReports() throws Exception {
        Session noted = EcoreUtil.copy(session);
        Note note = TriageFactory.eINSTANCE.createNote();
        note.setId(Sessions.newId("note"));
        note.setCreatedAt(new Date());
        note.setAuthor("x\" onmouseover=\"alert(1)");
        note.setText("<script>alert('x')</script> & <b>bold</b> | *stars* [link](javascript:alert(1))");
        noted.getNotes().add(note);
        noted.setOutcomeSummary("</td></tr></table><h1>injected</h1>");
        Path zip = folder.resolve("ticket.zip");
        Exports.export(noted, zip, false);

        String html = Exports.text(zip, ExportLayout.REPORT_HTML);
        assertFalse(html.contains("<script>"), "a note's markup must not run");
        assertFalse(html.contains("<h1>injected</h1>"));
        assertFalse(html.contains("\" onmouseover=\""));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"), html);
        String markdown = Exports.text(zip, ExportLayout.REPORT_MARKDOWN);
        assertTrue(markdown.contains("\\<\\/td\\>") || markdown.contains("\\</td\\>"), markdown);
        assertFalse(markdown.contains("<h1>"), markdown);
    }

    @Test
    void theMarkdownReportIsShortEnoughToPaste() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        Exports.export(session, zip, false);
        String markdown = Exports.text(zip, ExportLayout.REPORT_MARKDOWN);
        assertTrue(markdown.lines().count() < 30, markdown);
        assertTrue(markdown.startsWith("## Triage session " + session.getId() + ": resolved"), markdown);
        assertTrue(markdown.contains("1. `m365.clear-cached-credentials` Clear cached Microsoft 365 credentials: "
                + "**applied**, verification passed"), markdown);
        assertTrue(markdown.contains("`full-tunnel-vpn`"), markdown);
        assertTrue(markdown.contains("Redacted: nothing needed redacting."), markdown);
    }

    @Test
    void theMarkdownReportSaysWhatTheSymptomMeansAndWhichDocumentSaysSo() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        Exports.export(session, zip, false);
        String markdown = Exports.text(zip, ExportLayout.REPORT_MARKDOWN);
        String meaning = markdown.lines().filter(line -> line.startsWith("- **Meaning:** ")).findFirst()
                .orElseThrow(() -> new AssertionError("no meaning of the symptom:\n" + markdown));
        assertTrue(meaning.contains("OneDrive is having trouble connecting to the cloud"), meaning);
        assertTrue(meaning.contains("Points to `auth-endpoints-unreachable`"), meaning);
        assertTrue(meaning.endsWith(" Source: https://learn.microsoft.com/en-us/sharepoint/troubleshoot/administration/"
                + "error-0x8004de40-in-onedrive"), meaning);
    }

    @Test
    void anExportReplacesAnOlderFileWholeAndLeavesNoTemporaryFile() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        Files.writeString(zip, "an older export");
        Exports.export(session, zip, false);
        assertTrue(Exports.entries(zip).containsKey(ExportLayout.SESSION));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(zip), files.toList());
        }
    }

    @Test
    void aFailedExportLeavesTheOlderFileAsItWas() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        byte[] older = "an older export".getBytes(StandardCharsets.UTF_8);
        Files.write(zip, older);
        Path blocked = Files.writeString(folder.resolve("not-a-folder"), "a file where a folder should be");
        ExportOptions options = new ExportOptions(true, blocked.resolve("ticket.map.json"), Exports.VERSION);

        ExportException failure = assertThrows(ExportException.class,
                () -> SessionExporter.export(session, zip, options, new NullProgressMonitor()));
        assertTrue(failure.getMessage().contains("ticket.map.json"), failure.getMessage());
        assertArrayEquals(older, Files.readAllBytes(zip), "the older export is untouched");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aCancelledExportWritesNothing() {
        Path zip = folder.resolve("ticket.zip");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> SessionExporter.export(session, zip,
                ExportOptions.redactedOnly(Exports.VERSION), cancelled));
        assertFalse(Files.exists(zip));
    }

    @Test
    void theExportedSessionIsACopy() throws Exception {
        Session before = EcoreUtil.copy(session);
        Exports.export(session, folder.resolve("ticket.zip"), true);
        assertTrue(EcoreUtil.equals(before, session), "exporting pseudonymises a copy, never the session itself");
    }
}
