package org.triage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.model.Observation;
import org.triage.model.RawEvidence;
import org.triage.model.Session;
import org.triage.model.TriageFactory;
import org.triage.model.io.SessionFileException;
import org.triage.model.io.SessionFiles;

/** Long sessions load despite the JDK's default XML limits; documents with a DTD do not load at all. */
class SessionFilesLimitsTest {

    @TempDir
    Path folder;

    @Test
    void aSessionWithMoreEntityReferencesThanTheJdkAllowsByDefaultLoads() throws IOException {
        Session session = TriageFactory.eINSTANCE.createSession();
        session.setId("session-long");
        Observation observation = TriageFactory.eINSTANCE.createObservation();
        observation.setId("obs-1");
        observation.setProbeId("registration.dsregcmd");
        RawEvidence evidence = TriageFactory.eINSTANCE.createRawEvidence();
        evidence.setId("ev-1");
        // JSON as Get-NetRoute writes it: 160,000 quotes, each an &quot; in the XMI (JDK 25 allows 100,000 in all)
        evidence.setContent("    {\"DestinationPrefix\": \"0.0.0.0/0\"},\r\n".repeat(40_000));
        observation.getEvidence().add(evidence);
        session.getObservations().add(observation);
        Path file = folder.resolve("long.xmi");
        SessionFiles.save(session, file);

        Session loaded = SessionFiles.load(file);
        assertEquals(evidence.getContent(), loaded.getObservations().get(0).getEvidence().get(0).getContent());
    }

    @Test
    void aDocumentThatDeclaresEntitiesIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("laughs.xmi"), """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <triage:Session xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:triage="http://triage.org/model/session/1.0" id="s" operator="&lol2;"/>
                """);
        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionFiles.load(file));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }
}
