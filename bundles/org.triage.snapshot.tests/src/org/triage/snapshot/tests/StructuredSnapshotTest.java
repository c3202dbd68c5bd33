package org.triage.snapshot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.findings;
import static org.triage.tests.harness.SessionQueries.fixIds;
import static org.triage.tests.harness.SessionQueries.latest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.probe.AdaptersProbe;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.ProxyProbe;
import org.triage.core.session.Facts;
import org.triage.formats.readings.SnapshotFile;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.RawEvidence;
import org.triage.model.RecordFact;
import org.triage.model.Session;
import org.triage.tests.harness.ReportTrees;
import org.triage.tests.harness.Samples;

import com.google.gson.JsonElement;

/**
 * A snapshot with the language-independent files (credentials.json, adapters.json, winhttp-proxy.json) diagnoses as
 * well without the text files as with them, and as well as one with the text files only; the JSON files are
 * preferred where both are present.
 */
class StructuredSnapshotTest {

    static final String SAMPLE = "contoso-0x8004de40-json";

    private static final List<String> TEXT_FILES = List.of(SnapshotFile.CMDKEY_LIST.fileName(),
            SnapshotFile.IPCONFIG_ALL.fileName(), SnapshotFile.WINHTTP_PROXY.fileName());

    private static final List<String> JSON_FILES = List.of(SnapshotFile.CREDENTIALS_JSON.fileName(),
            SnapshotFile.ADAPTERS_JSON.fileName(), SnapshotFile.WINHTTP_PROXY_JSON.fileName());

    @Test
    void withoutTheTextFilesTheSnapshotDiagnosesAsWithThem(@TempDir Path temp) throws Exception {
        Session both = SnapshotFixtures.diagnose(Samples.snapshot(SAMPLE));
        Path jsonOnly = SnapshotFixtures.copyOf(SAMPLE, temp);
        for (String text : TEXT_FILES) {
            Files.delete(jsonOnly.resolve(text));
        }
        Session structured = SnapshotFixtures.diagnose(jsonOnly);
        Session textOnly = SnapshotFixtures.diagnose(Samples.snapshot(Samples.CONTOSO));

        assertEquals(findings(textOnly), findings(both));
        assertEquals(findings(both), findings(structured));
        assertEquals(fixIds(both), fixIds(structured));
        for (Session session : List.of(both, structured)) {
            for (String probe : List.of(CachedCredentialsProbe.ID, AdaptersProbe.ID, ProxyProbe.ID)) {
                assertEquals(ObservationStatus.OK, latest(session, probe).getStatus(),
                        probe + ": " + latest(session, probe).getSummary());
            }
        }
        // the adapters and the proxy read the same from the JSON as from ipconfig and netsh
        for (String probe : List.of(AdaptersProbe.ID, ProxyProbe.ID)) {
            assertEquals(observation(textOnly, probe), observation(structured, probe), probe);
        }
        // the credentials too, and the Credential API adds when each was written and the domain entries' persistence
        assertEquals(identities(textOnly), identities(structured));
        for (RecordFact entry : Facts.recordsOf(latest(structured, CachedCredentialsProbe.ID), "entries")) {
            assertTrue(Facts.find(entry.getFields(), "LastWritten").isPresent(), "LastWritten of " + entry);
            assertTrue(Facts.textOf(entry.getFields(), "Persistence").isPresent(), "Persistence of " + entry);
        }
    }

    @Test
    void theJsonFilesArePreferredAndTheTextFilesStayInTheEvidence() throws Exception {
        Session both = SnapshotFixtures.diagnose(Samples.snapshot(SAMPLE));

        for (int i = 0; i < JSON_FILES.size(); i++) {
            String probe = List.of(CachedCredentialsProbe.ID, AdaptersProbe.ID, ProxyProbe.ID).get(i);
            List<String> kinds = latest(both, probe).getEvidence().stream().map(RawEvidence::getOutputKind).toList();
            assertEquals(List.of(JSON_FILES.get(i), TEXT_FILES.get(i)), kinds, probe);
        }
    }

    @Test
    void aJsonFileThatCannotBeReadFallsBackToItsTextFileAndSaysWhy(@TempDir Path temp) throws Exception {
        Path broken = SnapshotFixtures.copyOf(SAMPLE, temp);
        Files.writeString(broken.resolve("credentials.json"), "[ { \"TargetName\": \"Micro", StandardCharsets.UTF_8);

        Session session = SnapshotFixtures.diagnose(broken);

        Observation credentials = latest(session, CachedCredentialsProbe.ID);
        assertEquals(ObservationStatus.WARNING, credentials.getStatus(), credentials.getSummary());
        List<String> problems = Facts.textsOf(credentials, "problems");
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith("credentials.json")
                && problem.endsWith("; read cmdkey-list.txt instead")), problems.toString());
        assertEquals(5, Facts.textsOf(credentials, "m365Targets").size());
        assertEquals(findings(SnapshotFixtures.diagnose(Samples.snapshot(SAMPLE))), findings(session));
    }

    @Test
    void withNeitherFileTheReadingIsUnsupportedAndSaysWhichFilesAreMissing(@TempDir Path temp) throws Exception {
        Path bare = SnapshotFixtures.copyOf(SAMPLE, temp);
        Files.delete(bare.resolve("credentials.json"));
        Files.delete(bare.resolve("cmdkey-list.txt"));

        Observation credentials = latest(SnapshotFixtures.diagnose(bare), CachedCredentialsProbe.ID);

        assertEquals(ObservationStatus.SKIPPED, credentials.getStatus());
        assertTrue(credentials.getSummary().contains("credentials.json")
                && credentials.getSummary().contains("cmdkey-list.txt"), credentials.getSummary());
    }

    @Test
    void jsonRedirectedByHandInWindowsPowerShellIsReadToo(@TempDir Path temp) throws Exception {
        Path utf16 = SnapshotFixtures.copyOf(SAMPLE, temp);
        for (String json : JSON_FILES) {
            String text = new String(Files.readAllBytes(utf16.resolve(json)), StandardCharsets.UTF_8).replace("\uFEFF",
                    "");
            byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
            byte[] withBom = new byte[body.length + 2];
            withBom[0] = (byte) 0xFF;
            withBom[1] = (byte) 0xFE;
            System.arraycopy(body, 0, withBom, 2, body.length);
            Files.write(utf16.resolve(json), withBom);
        }
        Session session = SnapshotFixtures.diagnose(utf16);

        assertEquals(findings(SnapshotFixtures.diagnose(Samples.snapshot(SAMPLE))), findings(session));
        RawEvidence evidence = latest(session, AdaptersProbe.ID).getEvidence().get(0);
        assertEquals("adapters.json", evidence.getOutputKind());
        assertNotNull(evidence.getEncoding());
        assertTrue(evidence.getEncoding().contains("UTF-16"), evidence.getEncoding());
    }

    private static JsonElement observation(Session session, String probe) {
        for (JsonElement observation : ReportTrees.comparable(session).getAsJsonArray("observations")) {
            if (probe.equals(observation.getAsJsonObject().get("probe").getAsString())) {
                return observation;
            }
        }
        throw new AssertionError("no observation of " + probe);
    }

    /**
     * Target (as cmdkey prints it), type and user of every credential: what cmdkey and the Credential API both tell.
     * The bare TargetName differs where the API's name carries its own prefix ({@code MicrosoftAccount:target=…}),
     * which cmdkey's reader cannot tell from the prefix cmdkey adds.
     */
    private static List<Map<String, String>> identities(Session session) {
        List<Map<String, String>> identities = new ArrayList<>();
        for (RecordFact entry : Facts.recordsOf(latest(session, CachedCredentialsProbe.ID), "entries")) {
            identities.add(Map.of("Target", Facts.textOf(entry.getFields(), "Target").orElse(""), "Type",
                    Facts.textOf(entry.getFields(), "Type").orElse(""), "User",
                    Facts.textOf(entry.getFields(), "User").orElse("")));
        }
        return identities;
    }
}
