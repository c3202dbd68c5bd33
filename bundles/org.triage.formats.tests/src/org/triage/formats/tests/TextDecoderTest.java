package org.triage.formats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.triage.formats.DecodedText;
import org.triage.formats.LineEnding;
import org.triage.formats.TextDecoder;
import org.triage.formats.TextEncoding;

class TextDecoderTest {

    private static final String SAMPLE = "\nCurrently stored credentials:\n\n    Target: \u00e4-\u00fc \u20ac \u6d4b\u8bd5\n";

    @TestFactory
    Stream<DynamicTest> everyWindowsEncodingDecodesBackToTheSameLines() {
        return TextEncoding.WINDOWS_WRITES.stream().map(encoding -> DynamicTest.dynamicTest(encoding.displayName(), () -> {
            DecodedText decoded = TextDecoder.decode(TextDecoder.encode(SAMPLE, encoding, LineEnding.CRLF));
            assertEquals(encoding, decoded.encoding());
            assertEquals(List.of("", "Currently stored credentials:", "", "    Target: \u00e4-\u00fc \u20ac \u6d4b\u8bd5"), decoded.lines());
            assertEquals(LineEnding.CRLF, decoded.lineEnding());
            assertFalse(decoded.mixedLineEndings());
            assertFalse(decoded.text().startsWith("\uFEFF"));
        }));
    }

    @Test
    void encoderWritesByteOrderMarksAndCrlf() {
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\r', 0, '\n', 0, 'b', 0},
                TextDecoder.encode("a\nb", TextEncoding.UTF16LE_BOM, LineEnding.CRLF));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\r', '\n', 'b'},
                TextDecoder.encode("a\r\nb", TextEncoding.UTF8_BOM, LineEnding.CRLF));
        assertArrayEquals(new byte[] {'a', '\n', 'b', '\n'}, TextDecoder.encode("a\r\nb\r", TextEncoding.UTF8, LineEnding.LF));
    }

    @Test
    void checkedInUtf16FileMadeWithIconvDecodesLikeItsMaster() {
        DecodedText real = TextDecoder.decode(Fixtures.bytes("dsregcmd/entra-joined-prt-failed.utf16le.txt"));
        assertEquals(TextEncoding.UTF16LE_BOM, real.encoding());
        assertEquals("UTF-16LE with BOM", real.encodingName());
        assertEquals(LineEnding.CRLF, real.lineEnding());
        assertEquals(Fixtures.lines(Fixtures.text("dsregcmd/entra-joined-prt-failed.txt")), real.lines());
    }

    @Test
    void utf16LittleEndianWithoutBomIsRecognisedByItsZeroBytes() {
        byte[] bytes = "Windows IP Configuration\r\n\r\n   Host Name . . : PC\r\n".getBytes(StandardCharsets.UTF_16LE);
        DecodedText decoded = TextDecoder.decode(bytes);
        assertEquals(TextEncoding.UTF16LE, decoded.encoding());
        assertEquals(List.of("Windows IP Configuration", "", "   Host Name . . : PC"), decoded.lines());
    }

    @Test
    void utf16BigEndianWithBom() {
        DecodedText decoded = TextDecoder.decode(TextDecoder.encode("x\ny", TextEncoding.UTF16BE_BOM, LineEnding.CRLF));
        assertEquals(TextEncoding.UTF16BE_BOM, decoded.encoding());
        assertEquals(List.of("x", "y"), decoded.lines());
    }

    @Test
    void invalidUtf8WithAnsiLettersFallsBackToWindows1252() {
        byte[] bytes = {'M', (byte) 0xFC, 'n', 'c', 'h', 'e', 'n', ' ', (byte) 0xE4, '\r', '\n'};
        DecodedText decoded = TextDecoder.decode(bytes);
        assertEquals(TextEncoding.WINDOWS_1252, decoded.encoding());
        assertEquals(List.of("M\u00fcnchen \u00e4"), decoded.lines());
    }

    @Test
    void invalidUtf8WithConsoleCodePageLettersIsReadAsOem() {
        // "Verbindungsspezifisches DNS-Suffix: Ger\u00e4t" as cmd.exe writes it in code page 850.
        byte[] bytes = {'G', 'e', 'r', (byte) 0x84, 't', ' ', (byte) 0x81, 'b', 'e', 'r', '\r', '\n'};
        DecodedText decoded = TextDecoder.decode(bytes);
        assertEquals(TextEncoding.IBM850, decoded.encoding());
        if (Charset.isSupported("IBM850")) {
            assertEquals(List.of("Ger\u00e4t \u00fcber"), decoded.lines());
        }
    }

    @Test
    void lineEndingsAreSplitWhateverTheirKind() {
        DecodedText lf = TextDecoder.decode("a\nb\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a", "b"), lf.lines());
        assertEquals(LineEnding.LF, lf.lineEnding());

        DecodedText cr = TextDecoder.decode("a\rb".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a", "b"), cr.lines());
        assertEquals(LineEnding.CR, cr.lineEnding());

        DecodedText mixed = TextDecoder.decode("a\r\nb\nc\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a", "b", "c", ""), mixed.lines());
        assertTrue(mixed.mixedLineEndings());
    }

    @Test
    void emptyAndBomOnlyInputGiveNoLines() {
        assertEquals(List.of(), TextDecoder.decode(new byte[0]).lines());
        assertEquals(List.of(), TextDecoder.decode(null).lines());
        assertEquals(List.of(), TextDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE}).lines());
        assertEquals(TextEncoding.UTF8_BOM, TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).encoding());
    }

    @Test
    void brokenUtf16NeverThrows() {
        byte[] odd = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'};
        DecodedText decoded = TextDecoder.decode(odd);
        assertEquals(1, decoded.lines().size());
        assertTrue(decoded.lines().get(0).startsWith("a"));
    }

    /**
     * Console code pages told apart by how the decoded text reads, without the readers' words: letters of one
     * script, no box drawing, no CJK glued to Latin letters, no Hangul mixed into Chinese.
     */
    @TestFactory
    Stream<DynamicTest> consoleCodePagesAreToldApartByHowTheTextReads() {
        Map<String, TextEncoding> samples = new LinkedHashMap<>();
        samples.put("localized/ipconfig/de-DE.txt", TextEncoding.IBM850);
        samples.put("localized/ipconfig/fr-FR.txt", TextEncoding.IBM850);
        samples.put("localized/ipconfig/es-ES.txt", TextEncoding.IBM850);
        samples.put("localized/ipconfig/pl-PL.txt", TextEncoding.IBM852);
        samples.put("localized/ipconfig/ru-RU.txt", TextEncoding.IBM866);
        samples.put("localized/ipconfig/ja-JP.txt", TextEncoding.CP932);
        samples.put("localized/ipconfig/zh-CN.txt", TextEncoding.CP936);
        samples.put("localized/ipconfig/ko-KR-selfwritten.txt", TextEncoding.CP949);
        samples.put("localized/cmdkey/zh-CN.txt", TextEncoding.CP936);
        samples.put("localized/cmdkey/ru-RU-selfwritten.txt", TextEncoding.IBM866);
        samples.put("localized/winhttp/ja-JP.txt", TextEncoding.CP932);
        samples.put("localized/winhttp/ko-KR-proxy-selfwritten.txt", TextEncoding.CP949);
        return samples.entrySet().stream().map(sample -> DynamicTest.dynamicTest(
                sample.getKey() + " in " + sample.getValue().displayName(), () -> {
                    String text = Fixtures.text(sample.getKey());
                    DecodedText decoded = TextDecoder.decode(TextDecoder.encode(text, sample.getValue()));
                    assertEquals(sample.getValue(), decoded.encoding());
                    assertEquals(Fixtures.lines(text), decoded.lines());
                }));
    }

    @Test
    void aShortJapaneseListIsToldFromChineseByTheReadersWords() {
        // Two credentials: too few kana for the score alone; cmdkey's Japanese labels settle it.
        String text = Fixtures.text("localized/cmdkey/ja-JP.txt");
        byte[] bytes = TextDecoder.encode(text, TextEncoding.CP932);
        DecodedText decoded = TextDecoder.decode(bytes, org.triage.formats.CmdkeyFormat.VOCABULARY);
        assertEquals(TextEncoding.CP932, decoded.encoding());
        assertEquals(Fixtures.lines(text), decoded.lines());
    }
}
