package org.triage.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.model.LogEntry;
import org.triage.model.LogLevel;
import org.triage.model.Observation;
import org.triage.model.RawEvidence;
import org.triage.model.Session;
import org.triage.model.TextFact;
import org.triage.model.TriageFactory;
import org.triage.model.io.AtomicFiles;
import org.triage.model.io.SessionFileException;
import org.triage.model.io.SessionFiles;
import org.triage.model.io.XmlSafeText;

/**
 * Whatever a tool printed is saved and read back unchanged: every C0 control character, lone surrogates, U+FFFE
 * and U+FFFF, the escape's own introducer, random bytes; a failed write never quotes the session's text.
 */
class HostileTextSessionFilesTest {

    @TempDir
    Path folder;

    /** Every character XML 1.0 cannot hold, with the introducer and look-alikes of its escapes. */
    static String hostileText() {
        StringBuilder text = new StringBuilder("Wi-Fi key \u001B[31mred\u001B[0m; ");
        for (char c = 0; c < 0x20; c++) {
            text.append('<').append(c).append('>');
        }
        text.append("\uD800 lone high, \uDC00 lone low, \uDBFF\uDFFF a pair, \uFFFE\uFFFF, ");
        text.append("\uE000 the introducer, \uE0000041 an escape look-alike, \uE000zz, end\uE000");
        text.append("\u0085\u2028\u007F\u009F");
        return text.toString();
    }

    static String randomBytesAsText(long seed) {
        byte[] bytes = new byte[4096];
        new Random(seed).nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static Session sessionHolding(String text) {
        TriageFactory factory = TriageFactory.eINSTANCE;
        Session session = factory.createSession();
        session.setId("session-\u0000-" + "\u001B");
        session.setOperator(text);
        Observation observation = factory.createObservation();
        observation.setId("obs\u000C1");
        observation.setProbeId("registration.dsregcmd");
        observation.setSummary(text);
        TextFact fact = factory.createTextFact();
        fact.setName("Note\u0007");
        fact.setValue(text);
        observation.getFacts().add(fact);
        RawEvidence evidence = factory.createRawEvidence();
        evidence.setId("ev-1");
        evidence.setContent(text);
        observation.getEvidence().add(evidence);
        session.getObservations().add(observation);
        LogEntry log = factory.createLogEntry();
        log.setLevel(LogLevel.INFO);
        log.setSource("probe");
        log.setMessage(text);
        session.getLog().add(log);
        return session;
    }

    @Test
    void everyCharacterXmlCannotHoldIsSavedAndReadBackUnchanged() throws IOException {
        String text = hostileText();
        Session session = sessionHolding(text);
        Path file = folder.resolve("hostile.xmi");
        SessionFiles.save(session, file);

        Session loaded = SessionFiles.load(file);
        assertEquals(session.getId(), loaded.getId());
        assertEquals(text, loaded.getOperator());
        Observation observation = loaded.getObservations().get(0);
        assertEquals("obs\u000C1", observation.getId());
        assertEquals(text, observation.getSummary());
        assertEquals(text, ((TextFact) observation.getFacts().get(0)).getValue());
        assertEquals("Note\u0007", observation.getFacts().get(0).getName());
        assertEquals(text, observation.getEvidence().get(0).getContent());
        assertEquals(text, loaded.getLog().get(0).getMessage());
        // the original is untouched by the save
        assertEquals(text, session.getObservations().get(0).getEvidence().get(0).getContent());
        // and the file is well-formed XML 1.0: no raw control character in it
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(xml.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'), xml);
    }

    @Test
    void randomBytesSurviveTheRoundTrip() throws IOException {
        for (long seed = 1; seed <= 5; seed++) {
            String text = randomBytesAsText(seed);
            Session session = sessionHolding(text);
            Path file = folder.resolve("random-" + seed + ".xmi");
            SessionFiles.save(session, file);
            assertEquals(text, SessionFiles.load(file).getObservations().get(0).getEvidence().get(0).getContent());
            assertArrayEquals(text.getBytes(StandardCharsets.ISO_8859_1), SessionFiles.load(file).getObservations()
                    .get(0).getEvidence().get(0).getContent().getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void theEncodingIsReversibleForEveryCharacter() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            all.append((char) c);
        }
        String text = all.toString();
        String encoded = XmlSafeText.encode(text);
        assertTrue(validXml10(encoded));
        assertEquals(text, XmlSafeText.decode(encoded));
        assertEquals("plain text", XmlSafeText.encode("plain text"));
    }

    /** Whether XML 1.0 allows every character of the text. */
    private static boolean validXml10(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aFailedWriteNamesNoEvidence() {
        Session session = sessionHolding("Schlüsselinhalt : Geheim-WLAN-123");
        // a session in no resource whose save fails: a stream that refuses every byte
        IOException e = assertThrows(IOException.class, () -> SessionFiles.write(session, new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        }));
        assertFalse(String.valueOf(e.getMessage()).contains("Geheim-WLAN-123"), e.getMessage());
    }

    @Test
    void partFilesLeftByAKilledWriteAreRemovedAtTheNextSave() throws IOException {
        Path file = folder.resolve("s.xmi");
        // what a kill -9 during a write leaves: temporary files beside the target
        Path first = Files.writeString(folder.resolve(".s.xmi1234567890.part"), "half a sess");
        Path second = Files.writeString(folder.resolve(".s.xmi98765.part"), "");
        Path unrelated = Files.writeString(folder.resolve(".other.xmi123.part"), "another file's");
        Path lookalike = Files.writeString(folder.resolve(".s.xmi-notes.part"), "not ours");
        SessionFiles.save(sessionHolding("x"), file);
        assertFalse(Files.exists(first));
        assertFalse(Files.exists(second));
        assertTrue(Files.exists(unrelated));
        assertTrue(Files.exists(lookalike));
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
            assertEquals(List.of(".other.xmi123.part", ".s.xmi-notes.part", "s.xmi"), names);
        }
    }

    @Test
    void aFileBeingPreparedByThisProcessIsNotALeftover() throws IOException {
        Path file = folder.resolve("s.xmi");
        try (AtomicFiles.Pending pending = AtomicFiles.prepare(file, out -> out.write(1))) {
            SessionFiles.save(sessionHolding("x"), file);
            pending.commit();
        }
        assertEquals(1, Files.size(file));
    }

    @Test
    void aDeviceOrAnOversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            SessionFileException e = assertThrows(SessionFileException.class, () -> SessionFiles.load(zero));
            assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        }
        Path sparse = folder.resolve("huge.xmi");
        try (var channel = java.nio.channels.FileChannel.open(sparse, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] { '<' }), SessionFiles.maxBytes() + 10);
        }
        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionFiles.load(sparse));
        assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
    }
}
