package org.triage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.model.BooleanFact;
import org.triage.model.Change;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.ListFact;
import org.triage.model.LogEntry;
import org.triage.model.LogLevel;
import org.triage.model.Note;
import org.triage.model.NumberFact;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.Precondition;
import org.triage.model.RawEvidence;
import org.triage.model.RecordFact;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.Severity;
import org.triage.model.Symptom;
import org.triage.model.TargetDescription;
import org.triage.model.TextFact;
import org.triage.model.TimeFact;
import org.triage.model.TriageFactory;
import org.triage.model.TriagePackage;
import org.triage.model.VerificationResult;
import org.triage.model.io.SessionFileException;
import org.triage.model.io.SessionFiles;

class SessionFilesTest {

    private static final TriageFactory F = TriageFactory.eINSTANCE;

    @TempDir
    Path folder;

    @Test
    void sampleSetsEveryFeatureOfEveryConcreteClass() {
        Map<EClass, Set<EStructuralFeature>> setFeatures = new HashMap<>();
        Session session = fullSession();
        record(session, setFeatures);
        for (TreeIterator<EObject> it = session.eAllContents(); it.hasNext();) {
            record(it.next(), setFeatures);
        }
        for (EClassifier classifier : TriagePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
                Set<EStructuralFeature> set = setFeatures.getOrDefault(eClass, Set.of());
                for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                    assertTrue(set.contains(feature),
                            "the sample session leaves " + eClass.getName() + "." + feature.getName() + " unset");
                }
            }
        }
    }

    @Test
    void saveAndLoadKeepEveryAttributeAndReference() throws IOException {
        Session original = fullSession();
        Path file = folder.resolve("session.xmi");
        SessionFiles.save(original, file);
        Session loaded = SessionFiles.load(file);

        assertTrue(EcoreUtil.equals(original, loaded), "the loaded session differs from the saved one");
        Finding finding = loaded.getFindings().get(0);
        assertEquals(2, finding.getEvidence().size());
        assertSame(loaded.getObservations().get(0), finding.getEvidence().get(0),
                "a finding's evidence must resolve to the loaded observation itself");
        assertSame(loaded.getObservations().get(1), loaded.getFixAttempts().get(0).getVerification().get(0));
        assertSame(loaded.getFixAttempts().get(0), loaded.getNotes().get(0).getSubject());
        assertEquals(new BigDecimal("3"), ((NumberFact) loaded.getObservations().get(0).getFacts().get(1)).getValue());
    }

    @Test
    void secondSaveOfLoadedSessionIsByteIdentical() throws IOException {
        Path first = folder.resolve("a.xmi");
        Path second = folder.resolve("b.xmi");
        SessionFiles.save(fullSession(), first);
        SessionFiles.save(SessionFiles.load(first), second);
        assertTrue(Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second)));
    }

    @Test
    void saveLeavesNoTemporaryFiles() throws IOException {
        Path file = folder.resolve("session.xmi");
        SessionFiles.save(fullSession(), file);
        SessionFiles.save(fullSession(), file);
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void truncatedFileNamesFileAndPosition() throws IOException {
        byte[] bytes = SessionFiles.toBytes(fullSession());
        Path file = folder.resolve("truncated.xmi");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionFiles.load(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ":"), e.getMessage());
        assertTrue(e.line() > 1, "line of the problem: " + e.line());
        assertEquals(file, e.file());
    }

    @Test
    void unknownElementIsAnErrorWithItsLine() throws IOException {
        String xmi = new String(SessionFiles.toBytes(fullSession()), StandardCharsets.UTF_8)
                .replaceFirst("<symptom ", "<sypmtom ");
        Path file = folder.resolve("malformed.xmi");
        Files.writeString(file, xmi);
        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionFiles.load(file));
        assertTrue(e.getMessage().contains("sypmtom"), e.getMessage());
        assertTrue(e.line() > 1);
    }

    @Test
    void danglingEvidenceReferenceIsAnError() throws IOException {
        String xmi = new String(SessionFiles.toBytes(fullSession()), StandardCharsets.UTF_8)
                .replaceFirst("(evidence=\"[^\"]*)obs-registration", "$1obs-gone");
        assertTrue(xmi.contains("obs-gone"), "test precondition: the finding's evidence attribute was rewritten");
        Path file = folder.resolve("dangling.xmi");
        Files.writeString(file, xmi);
        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionFiles.load(file));
        assertTrue(e.getMessage().contains("obs-gone"), e.getMessage());
    }

    @Test
    void notXmlAtAllAndEmptyFileAreErrors() throws IOException {
        Path garbage = folder.resolve("garbage.xmi");
        Files.write(garbage, new byte[] { (byte) 0xFF, (byte) 0xFE, 0x00, 0x41, 0x7F });
        assertThrows(SessionFileException.class, () -> SessionFiles.load(garbage));
        Path empty = folder.resolve("empty.xmi");
        Files.write(empty, new byte[0]);
        assertThrows(SessionFileException.class, () -> SessionFiles.load(empty));
        Path missing = folder.resolve("missing.xmi");
        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionFiles.load(missing));
        assertTrue(e.getMessage().contains("missing.xmi"));
    }

    @Test
    void savingDoesNotMoveSessionOutOfItsResource() throws IOException {
        Path file = folder.resolve("s.xmi");
        SessionFiles.save(fullSession(), file);
        Session loaded = SessionFiles.load(file);
        SessionFiles.save(loaded, folder.resolve("again.xmi"));
        assertFalse(loaded.eResource() == null);
    }

    private static void record(EObject object, Map<EClass, Set<EStructuralFeature>> setFeatures) {
        Set<EStructuralFeature> set = setFeatures.computeIfAbsent(object.eClass(), c -> new HashSet<>());
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (object.eIsSet(feature)) {
                set.add(feature);
            }
        }
    }

    static Session fullSession() {
        Date t0 = new Date(1_764_000_000_000L);
        Date t1 = new Date(t0.getTime() + 1_500);
        Session session = F.createSession();
        session.setId("session-1");
        session.setCreatedAt(t0);
        session.setClosedAt(new Date(t0.getTime() + 600_000));
        session.setProductVersion("0.1.0");
        session.setOperator("admin@contoso.com");
        session.setOutcome(SessionOutcome.RESOLVED);
        session.setOutcomeSummary("cleared cached credentials");

        TargetDescription target = F.createTargetDescription();
        target.setKind("demo");
        target.setLocation("0x8004de40");
        target.setHostname("CONTOSO-LT-042");
        target.setOs("Windows 11 Enterprise 23H2");
        target.setUser("alex@contoso.com");
        target.setCollectedAt(t0);
        target.setReadOnly(true);
        session.setTarget(target);

        Symptom symptom = F.createSymptom();
        symptom.setCode("0x8004de40");
        symptom.setApplication("OneDrive");
        symptom.setDescription("OneDrive cannot connect after password reset, on VPN");
        symptom.setReportedAt(t0);
        symptom.setPasswordChangedAt(new Date(t0.getTime() - 3_600_000));
        session.setSymptom(symptom);

        Observation credentials = observation("obs-credentials", "credentials.cached", "credentials", t0, t1);
        credentials.setStatus(ObservationStatus.WARNING);
        TextFact text = F.createTextFact();
        text.setName("m365Target");
        text.setValue("MicrosoftOffice16_Data:SSPI:alex@contoso.com");
        NumberFact number = F.createNumberFact();
        number.setName("total");
        number.setValue(new BigDecimal("3"));
        BooleanFact flag = F.createBooleanFact();
        flag.setName("SplitTunneling");
        flag.setValue(true);
        TimeFact time = F.createTimeFact();
        time.setName("lastWritten");
        time.setValue(t0);
        ListFact list = F.createListFact();
        list.setName("m365Targets");
        TextFact item = F.createTextFact();
        item.setName("");
        item.setValue("OneDrive Cached Credential");
        list.getItems().add(item);
        RecordFact recordFact = F.createRecordFact();
        recordFact.setName("connection");
        TextFact field = F.createTextFact();
        field.setName("Name");
        field.setValue("Contoso VPN");
        recordFact.getFields().add(field);
        credentials.getFacts().addAll(java.util.List.of(text, number, flag, time, list, recordFact));
        RawEvidence evidence = F.createRawEvidence();
        evidence.setId("ev-cmdkey");
        evidence.setSource("cmdkey /list");
        evidence.setFileName("cmdkey-list.txt");
        evidence.setEncoding("UTF-16LE BOM");
        evidence.setExitCode(0);
        evidence.setCapturedAt(t0);
        evidence.setOutputKind("cmdkey-list.txt");
        evidence.setContent("\r\nCurrently stored credentials:\r\n\r\n    Target: <&\"'>\r\n");
        credentials.getEvidence().add(evidence);
        session.getObservations().add(credentials);

        Observation registration = observation("obs-registration", "registration.dsregcmd", "registration", t0, t1);
        registration.setStatus(ObservationStatus.FAILED);
        session.getObservations().add(registration);

        Finding finding = F.createFinding();
        finding.setId("finding-1");
        finding.setCauseId("stale-cached-credentials");
        finding.setSeverity(Severity.ERROR);
        finding.setSummary("cached credentials predate the password change");
        finding.setRuleId("rule.stale-credentials");
        finding.getEvidence().add(credentials);
        finding.getEvidence().add(registration);
        session.getFindings().add(finding);

        FixAttempt attempt = F.createFixAttempt();
        attempt.setId("attempt-1");
        attempt.setFixId("m365.clear-cached-credentials");
        attempt.setFixName("Clear cached Microsoft 365 credentials");
        attempt.setContributor("org.triage.fixes.m365");
        attempt.setContributorVersion("0.1.0");
        attempt.getAddressedCauses().add("stale-cached-credentials");
        attempt.setAutomatable(true);
        attempt.setStartedAt(t0);
        attempt.setFinishedAt(t1);
        Precondition precondition = F.createPrecondition();
        precondition.setDescription("OneDrive is installed");
        precondition.setSatisfied(true);
        precondition.setDetail("%LOCALAPPDATA%\\Microsoft\\OneDrive\\onedrive.exe");
        attempt.getPreconditions().add(precondition);
        attempt.getPlannedChanges().add(change("planned"));
        attempt.getChanges().add(change("made"));
        LogEntry log = F.createLogEntry();
        log.setTime(t1);
        log.setLevel(LogLevel.WARNING);
        log.setSource("org.triage.fixes.m365");
        log.setMessage("OneDrive restarted");
        attempt.getLog().add(log);
        attempt.setOutcome(FixOutcome.APPLIED);
        attempt.setOutcomeMessage("removed 3 entries");
        attempt.getVerification().add(registration);
        attempt.setVerificationResult(VerificationResult.PASSED);
        attempt.getRemainingCauses().add("full-tunnel-vpn");
        session.getFixAttempts().add(attempt);

        Note note = F.createNote();
        note.setId("note-1");
        note.setAuthor("admin");
        note.setCreatedAt(t1);
        note.setText("user confirmed OneDrive syncs");
        note.setSubject(attempt);
        session.getNotes().add(note);

        LogEntry sessionLog = EcoreUtil.copy(log);
        sessionLog.setMessage("probe endpoints.reachability timed out");
        session.getLog().add(sessionLog);
        return session;
    }

    private static Observation observation(String id, String probe, String view, Date started, Date finished) {
        Observation observation = F.createObservation();
        observation.setId(id);
        observation.setProbeId(probe);
        observation.setView(view);
        observation.setSummary(probe + " summary");
        observation.setStartedAt(started);
        observation.setFinishedAt(finished);
        return observation;
    }

    private static Change change(String what) {
        Change change = F.createChange();
        change.setAction("credentials.remove");
        change.setSubject("MicrosoftOffice16_Data:SSPI:alex@contoso.com");
        change.setDescription(what + ": remove the cached credential");
        change.setCommand("CredDeleteW(MicrosoftOffice16_Data:SSPI:alex@contoso.com, CRED_TYPE_GENERIC)");
        change.setDestructive(true);
        change.setSucceeded(true);
        change.setResult("removed");
        return change;
    }
}
