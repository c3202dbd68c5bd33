package org.triage.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small helpers the line-based parsers share. */
final class TextLines {

    private TextLines() {
    }

    static List<String> linesOf(byte[] bytes) {
        return TextDecoder.decode(bytes).lines();
    }

    static List<String> linesOf(String text) {
        return TextDecoder.fromString(text).lines();
    }

    /** 1-based number of the first line with something on it, or 1. */
    static int firstNonBlankLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 1;
    }

    static boolean allBlank(List<String> lines) {
        return lines.stream().allMatch(String::isBlank);
    }

    /** Control characters or replacement characters, as decoded binary data shows. */
    static boolean looksBinary(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c < 0x20 && c != '\t') || c == '\uFFFD' || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Up to 60 characters of a line, for messages. */
    static String excerpt(String line) {
        String shown = line.strip();
        StringBuilder printable = new StringBuilder();
        for (int i = 0; i < shown.length() && printable.length() < 60; i++) {
            char c = shown.charAt(i);
            printable.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        return printable.length() < shown.length() ? printable + "..." : printable.toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
