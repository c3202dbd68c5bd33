package org.triage.snapshot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triage.formats.LineEnding;
import org.triage.formats.TextDecoder;
import org.triage.formats.TextEncoding;
import org.triage.model.Session;
import org.triage.tests.harness.ReportTrees;
import org.triage.tests.harness.Samples;

/** Whatever encoding Windows wrote the files in, the snapshot means the same. */
class SnapshotEncodingTest {

    @TempDir
    Path folder;

    static Stream<Arguments> samplesInEveryEncoding() {
        return Stream.of(Samples.CONTOSO, Samples.FABRIKAM).flatMap(sample -> TextEncoding.WINDOWS_WRITES.stream()
                .map(encoding -> Arguments.of(sample, encoding)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("samplesInEveryEncoding")
    void everyFileReEncodedGivesTheSameReport(String sample, TextEncoding encoding) throws Exception {
        Path original = Samples.snapshot(sample);
        Path reEncoded = Files.createDirectories(folder.resolve(sample));
        for (Map.Entry<String, byte[]> file : SnapshotFixtures.files(original).entrySet()) {
            String text = TextDecoder.decode(file.getValue()).text();
            Files.write(reEncoded.resolve(file.getKey()), TextDecoder.encode(text, encoding, LineEnding.CRLF));
        }

        Session session = SnapshotFixtures.diagnose(reEncoded);

        assertEquals(ReportTrees.comparable(SnapshotFixtures.diagnose(original)), ReportTrees.comparable(session));
        session.getObservations().stream().flatMap(o -> o.getEvidence().stream())
                .forEach(evidence -> assertEquals(encoding.displayName(), evidence.getEncoding(),
                        evidence.getFileName() + " was not read as written"));
    }
}
