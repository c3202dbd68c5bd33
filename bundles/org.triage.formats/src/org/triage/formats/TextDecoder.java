package org.triage.formats;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns the bytes of a collected file into lines, whatever encoding Windows wrote them in, and
 * writes text back in those encodings for tests and the demo workstation.
 *
 * <p>Detection order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); then UTF-16LE without a
 * mark when most odd bytes are zero; then strict UTF-8; otherwise a single-byte code page
 * (see {@link TextEncoding#IBM850} and {@link TextEncoding#WINDOWS_1252}). Decoding never fails:
 * malformed UTF-16 becomes U+FFFD.
 */
public final class TextDecoder {

    private static final int SNIFF_BYTES = 4096;

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        byte[] input = bytes == null ? new byte[0] : bytes;
        TextEncoding encoding = detect(input);
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

    static TextEncoding detect(byte[] b) {
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
        return looksLikeOemConsole(b) ? TextEncoding.IBM850 : TextEncoding.WINDOWS_1252;
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
