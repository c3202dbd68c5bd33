package org.triage.formats;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Encodings the decoder tells apart, with the byte-order mark each one writes. */
public enum TextEncoding {
    /** Windows PowerShell 5.1 {@code Out-File} and {@code >}. */
    UTF16LE_BOM("UTF-16LE with BOM", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
    /** {@code Out-File -Encoding utf8} in Windows PowerShell 5.1. */
    UTF8_BOM("UTF-8 with BOM", StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
    /** PowerShell 7 and most other writers. */
    UTF8("UTF-8", StandardCharsets.UTF_8, new byte[0]),
    UTF16BE_BOM("UTF-16BE with BOM", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
    /** UTF-16LE whose BOM was lost, recognised by its many zero high bytes. */
    UTF16LE("UTF-16LE without BOM", StandardCharsets.UTF_16LE, new byte[0]),
    /**
     * Console code page 850, what {@code cmd /c tool > file} writes on Western European
     * systems; chosen for non-UTF-8 input whose high bytes mostly fall in 0x80-0x9F, where
     * code page 850 keeps its accented letters.
     */
    IBM850("IBM850 (OEM console)", oemCharset(), new byte[0]),
    /** Console code page 437: English (United States) Windows. */
    IBM437("IBM437 (OEM console)", charset("IBM437"), new byte[0]),
    /** Console code page 852: Polish, Czech, Hungarian and other Central European Windows. */
    IBM852("IBM852 (OEM console)", charset("IBM852"), new byte[0]),
    /** Console code page 866: Russian Windows. */
    IBM866("IBM866 (OEM console)", charset("IBM866"), new byte[0]),
    /** Console code page 932 (Shift_JIS with Microsoft's extensions): Japanese Windows. */
    CP932("cp932 Shift_JIS (OEM console)", charset("windows-31j"), new byte[0]),
    /** Console code page 936 (GBK): Chinese (Simplified) Windows. */
    CP936("cp936 GBK (OEM console)", charset("GBK"), new byte[0]),
    /** Console code page 949 (Unified Hangul Code): Korean Windows. */
    CP949("cp949 UHC (OEM console)", charset("x-windows-949"), new byte[0]),
    /** Fallback for other non-UTF-8 input; decodes every byte to something. */
    WINDOWS_1252("windows-1252", ansiCharset(), new byte[0]);

    /** The encodings Windows tools and PowerShell write files in. */
    public static final List<TextEncoding> WINDOWS_WRITES = List.of(UTF16LE_BOM, UTF8_BOM, UTF8);

    /**
     * The console code pages {@code cmd /c tool > file} writes in, by display language: 437 (English), 850
     * (Western European and Brazilian Portuguese), 852 (Central European), 866 (Russian), 932 (Japanese),
     * 936 (Chinese Simplified), 949 (Korean).
     */
    public static final List<TextEncoding> OEM_CODE_PAGES = List.of(IBM437, IBM850, IBM852, IBM866, CP932, CP936, CP949);

    private final String displayName;
    private final Charset charset;
    private final byte[] byteOrderMark;

    TextEncoding(String displayName, Charset charset, byte[] byteOrderMark) {
        this.displayName = displayName;
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
    }

    public String displayName() {
        return displayName;
    }

    public Charset charset() {
        return charset;
    }

    public byte[] byteOrderMark() {
        return byteOrderMark.clone();
    }

    private static Charset oemCharset() {
        for (String name : List.of("IBM850", "IBM437")) {
            if (Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return ansiCharset();
    }

    private static Charset charset(String name) {
        return Charset.isSupported(name) ? Charset.forName(name) : ansiCharset();
    }

    private static Charset ansiCharset() {
        return Charset.isSupported("windows-1252") ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1;
    }
}
