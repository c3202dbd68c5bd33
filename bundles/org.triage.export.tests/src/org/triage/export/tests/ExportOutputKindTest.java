package org.triage.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.findings;
import static org.triage.tests.harness.SessionQueries.latest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.probe.AdaptersProbe;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.ProxyProbe;
import org.triage.core.target.Target;
import org.triage.core.target.Targets;
import org.triage.export.EvidenceSources;
import org.triage.formats.readings.SnapshotFile;
import org.triage.model.ObservationStatus;
import org.triage.model.RawEvidence;
import org.triage.model.Session;
import org.triage.model.TriageFactory;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.Samples;

/** An export is re-read by the output kind each piece of evidence recorded when it was captured. */
class ExportOutputKindTest {

    @TempDir
    Path folder;

    @Test
    void theLanguageIndependentFilesOfASnapshotAreReadAgainFromItsExport() throws Exception {
        Session snapshot;
        try (Target target = Diagnoses.open("snapshot:" + Samples.snapshot(Samples.CONTOSO_JSON))) {
            snapshot = Diagnoses.diagnose(target);
        }
        Path zip = folder.resolve("ticket.zip");
        Exports.export(snapshot, zip, false);

        Session again;
        try (Target target = Targets.open("export:" + zip)) {
            again = Diagnoses.diagnose(target);
        }

        assertEquals(findings(snapshot), findings(again));
        for (String probe : List.of(CachedCredentialsProbe.ID, AdaptersProbe.ID, ProxyProbe.ID)) {
            assertEquals(ObservationStatus.OK, latest(again, probe).getStatus(), latest(again, probe).getSummary());
        }
        RawEvidence credentials = latest(again, CachedCredentialsProbe.ID).getEvidence().get(0);
        assertEquals("credentials.json", credentials.getOutputKind());
        assertTrue(credentials.getContent().contains("\"LastWritten\""), "read from credentials.json again");
    }

    @Test
    void aRecordedKindIsTakenAsItIsAndNeverGuessedFromTheCommand() {
        RawEvidence evidence = TriageFactory.eINSTANCE.createRawEvidence();
        evidence.setSource("cmdkey /list");
        evidence.setOutputKind("credentials.json");
        assertEquals(Optional.of(SnapshotFile.CREDENTIALS_JSON), EvidenceSources.recognise(evidence));

        evidence.setOutputKind("something-else.txt");
        assertEquals(Optional.empty(), EvidenceSources.recognise(evidence), "an unknown kind is not a command's");

        evidence.setOutputKind(null);
        evidence.setSource("CredEnumerateW(Filter=NULL, Flags=CRED_ENUMERATE_ALL_CREDENTIALS)");
        assertEquals(Optional.empty(), EvidenceSources.recognise(evidence),
                "evidence without a kind (an older export) is never taken for credentials.json");
    }
}
