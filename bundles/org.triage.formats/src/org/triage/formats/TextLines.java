package org.triage.formats;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/** Small helpers the line-based parsers share. */
final class TextLines {

    private TextLines() {
    }

    static List<String> linesOf(byte[] bytes) {
        return TextDecoder.decode(bytes).lines();
    }

    static List<String> linesOf(byte[] bytes, Collection<String> vocabulary) {
        return TextDecoder.decode(bytes, vocabulary).lines();
    }

    /**
     * Index of the colon that ends a {@code label: value} line: the first {@code :} (or the full-width
     * {@code ：} of East Asian output) followed by a space or the end of the text, so that colons inside
     * values ({@code LegacyGeneric:target=...}, {@code proxy:8080}, IPv6 addresses) never count; -1 if none.
     */
    static int labelSeparator(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ':' || c == '\uFF1A') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
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
