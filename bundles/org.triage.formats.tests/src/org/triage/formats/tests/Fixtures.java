package org.triage.formats.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.triage.formats.LineEnding;
import org.triage.formats.TextDecoder;
import org.triage.formats.TextEncoding;

/**
 * Loads fixtures from the class path ({@code /fixtures/...}), so the tests run the same from a
 * plain class path and inside an OSGi test bundle.
 */
final class Fixtures {

    /** A fixture's bytes as one Windows writer would have written them. */
    record Variant(String fixture, TextEncoding encoding, byte[] bytes) {
        @Override
        public String toString() {
            return fixture + " as " + encoding.displayName() + " CRLF";
        }
    }

    private Fixtures() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalStateException("fixture not on the class path: /fixtures/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The UTF-8 master text of a fixture. */
    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** The master re-encoded in each encoding Windows writes, with CRLF line breaks. */
    static List<Variant> windowsVariants(String path) {
        String master = text(path);
        return TextEncoding.WINDOWS_WRITES.stream()
                .map(encoding -> new Variant(path, encoding, TextDecoder.encode(master, encoding, LineEnding.CRLF)))
                .toList();
    }

    /** Lines of a text, whatever its line breaks. */
    static List<String> lines(String text) {
        return TextDecoder.fromString(text).lines();
    }
}
