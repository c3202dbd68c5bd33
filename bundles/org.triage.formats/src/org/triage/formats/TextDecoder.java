package org.triage.formats;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns the bytes of a collected file into lines, whatever encoding Windows wrote them in, and
 * writes text back in those encodings for tests and the demo workstation.
 *
 * <p>Detection order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); then UTF-16LE without a
 * mark when most odd bytes are zero; then strict UTF-8; otherwise the console code page
 * ({@link TextEncoding#OEM_CODE_PAGES}, or windows-1252) under which the text reads best: the one in
 * which most words of the reader's vocabulary (its labels in every language it knows) appear, then
 * the one whose characters look most like a real language (letters of one script, no box drawing, no
 * CJK characters glued to Latin letters, no Hangul mixed into Chinese). Decoding never fails:
 * malformed input becomes U+FFFD.
 */
public final class TextDecoder {

    private static final int SNIFF_BYTES = 4096;

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        return decode(bytes, List.of());
    }

    /**
     * Decodes, choosing among the console code pages the one in which most of {@code vocabulary} (words
     * the expected output contains in some language) can be found.
     */
    public static DecodedText decode(byte[] bytes, Collection<String> vocabulary) {
        byte[] input = bytes == null ? new byte[0] : bytes;
        TextEncoding encoding = detect(input, vocabulary == null ? List.of() : vocabulary);
        int skip = encoding.byteOrderMark().length;
        String text = decodeLenient(input, skip, encoding);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return split(text, encoding);
    }

    /** Splits text that is already a string (for example from a test) into lines. */
    public static DecodedText fromString(String text) {
        String plain = text == null ? "" : text;
        return split(plain.startsWith("\uFEFF") ? plain.substring(1) : plain, TextEncoding.UTF8);
    }

    /**
     * Encodes text the way a Windows writer would: byte-order mark first, every line break
     * (CRLF, CR or LF) rewritten to {@code lineEnding}.
     */
    public static byte[] encode(String text, TextEncoding encoding, LineEnding lineEnding) {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(lineEnding, "lineEnding");
        String normalised = (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n')
                .replace("\n", lineEnding.separator());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(encoding.byteOrderMark());
        out.writeBytes(normalised.getBytes(encoding.charset()));
        return out.toByteArray();
    }

    /** Encodes with CRLF line breaks, as Windows writes them. */
    public static byte[] encode(String text, TextEncoding encoding) {
        return encode(text, encoding, LineEnding.CRLF);
    }

    static TextEncoding detect(byte[] b, Collection<String> vocabulary) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return TextEncoding.UTF8_BOM;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return TextEncoding.UTF16LE_BOM;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return TextEncoding.UTF16BE_BOM;
        }
        if (looksLikeUtf16Le(b)) {
            return TextEncoding.UTF16LE;
        }
        if (isValidUtf8(b)) {
            return TextEncoding.UTF8;
        }
        return bestSingleOrDoubleByte(b, vocabulary);
    }

    private static TextEncoding bestSingleOrDoubleByte(byte[] b, Collection<String> vocabulary) {
        List<String> foreignWords = vocabulary.stream().filter(w -> w != null && w.length() >= 2 && !isAscii(w))
                .map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
        // Ties go to the earlier candidate: code page 850 for console-looking bytes (accented letters at
        // 0x80-0x9F), windows-1252 for ANSI-looking ones, then the other console code pages.
        List<TextEncoding> candidates = new ArrayList<>();
        candidates.add(looksLikeOemConsole(b) ? TextEncoding.IBM850 : TextEncoding.WINDOWS_1252);
        candidates.add(looksLikeOemConsole(b) ? TextEncoding.WINDOWS_1252 : TextEncoding.IBM850);
        TextEncoding.OEM_CODE_PAGES.stream().filter(e -> !candidates.contains(e)).forEach(candidates::add);
        TextEncoding best = null;
        long bestScore = Long.MIN_VALUE;
        for (TextEncoding candidate : candidates) {
            String text = decodeLenient(b, 0, candidate);
            String lower = text.toLowerCase(Locale.ROOT);
            long score = 0;
            for (String word : foreignWords) {
                if (lower.contains(word)) {
                    score += 1_000_000;
                }
            }
            score += plausibility(text);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean isAscii(String word) {
        return word.chars().allMatch(c -> c < 0x80);
    }

    /** How much non-ASCII text looks like words of one language rather than mis-decoded bytes. */
    static long plausibility(String text) {
        long score = 0;
        Character.UnicodeScript previousScript = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                previousScript = null;
                continue;
            }
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean gluedToLatin = isAsciiLetter(before) || isAsciiLetter(after);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) {
                score -= 8;
            } else if (c >= '\u2500' && c <= '\u259F') {
                score -= 4;
            } else if (c >= '\uFF61' && c <= '\uFF9F') {
                score -= 3;
            } else if ((c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')) {
                score -= 3;
            } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                score += gluedToLatin ? -4 : 3;
            } else if (script == Character.UnicodeScript.HANGUL) {
                score += gluedToLatin ? -4 : 3;
            } else if (script == Character.UnicodeScript.HAN) {
                score += gluedToLatin ? -4 : 2;
            } else if (script == Character.UnicodeScript.CYRILLIC && Character.isLetter(c)) {
                score += gluedToLatin ? -1 : 2;
            } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(c)) {
                score += gluedToLatin ? 2 : 1;
            } else if (Character.isLetter(c)) {
                score -= 1;
            } else if (c != '\u00A0' && c != '\u3000' && c != '\u3001' && c != '\u3002' && c != '\uFF1A') {
                score -= 2;
            }
            boolean hangulHanMix = previousScript != null && script != previousScript
                    && (script == Character.UnicodeScript.HANGUL || previousScript == Character.UnicodeScript.HANGUL)
                    && (script == Character.UnicodeScript.HAN || previousScript == Character.UnicodeScript.HAN);
            if (hangulHanMix) {
                score -= 5;
            }
            previousScript = script;
        }
        return score;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** ASCII-range text in UTF-16LE has a zero in nearly every odd byte and rarely in even ones. */
    private static boolean looksLikeUtf16Le(byte[] b) {
        int length = Math.min(b.length, SNIFF_BYTES) & ~1;
        if (length < 4) {
            return false;
        }
        int pairs = length / 2;
        int zeroHigh = 0;
        int zeroLow = 0;
        for (int i = 0; i < length; i += 2) {
            if (b[i + 1] == 0) {
                zeroHigh++;
            }
            if (b[i] == 0) {
                zeroLow++;
            }
        }
        return zeroHigh >= pairs * 0.6 && zeroLow <= pairs * 0.1;
    }

    private static boolean isValidUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Code page 850 puts common accented letters (a, o, u with umlaut; e, a with accents) at 0x81-0x9A, where
     * windows-1252 has mostly punctuation; windows-1252 puts them at 0xC0-0xFF.
     */
    private static boolean looksLikeOemConsole(byte[] b) {
        int low = 0;
        int high = 0;
        for (byte value : b) {
            int v = value & 0xFF;
            if (v >= 0x80 && v <= 0x9F) {
                low++;
            } else if (v >= 0xA0) {
                high++;
            }
        }
        return low > high;
    }

    private static String decodeLenient(byte[] b, int offset, TextEncoding encoding) {
        try {
            CharBuffer chars = encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            // REPLACE never reports; kept for the checked signature.
            return new String(b, offset, b.length - offset, encoding.charset());
        }
    }

    private static DecodedText split(String text, TextEncoding encoding) {
        List<String> lines = new ArrayList<>();
        LineEnding first = null;
        boolean mixed = false;
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                LineEnding ending;
                int next;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    ending = LineEnding.CRLF;
                    next = i + 2;
                } else {
                    ending = c == '\r' ? LineEnding.CR : LineEnding.LF;
                    next = i + 1;
                }
                if (first == null) {
                    first = ending;
                } else if (first != ending) {
                    mixed = true;
                }
                lines.add(text.substring(start, i));
                start = next;
                i = next;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return new DecodedText(text, lines, encoding, first == null ? LineEnding.CRLF : first, mixed);
    }
}
