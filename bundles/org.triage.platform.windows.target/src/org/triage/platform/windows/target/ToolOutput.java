package org.triage.platform.windows.target;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.triage.core.target.Evidence;
import org.triage.core.target.Reading;
import org.triage.formats.DecodedText;
import org.triage.formats.TextDecoder;
import org.triage.formats.TextEncoding;

/**
 * The bytes a Windows tool wrote into a pipe, made ready for the parsers. Console tools write the OEM code
 * page (or UTF-16 where asked); PowerShell is told to write UTF-8. {@link TextDecoder} tells byte-order marks,
 * UTF-16 and UTF-8 apart; where it falls back to guessing a single-byte code page, the machine's real OEM code
 * page is used instead, which is known here and cannot be guessed from the bytes (850 and 866 look alike).
 *
 * @param bytes    what to hand to the parser: the original bytes, or the OEM text re-encoded as UTF-8
 * @param encoding the encoding the tool really wrote, for the evidence
 */
record ToolOutput(byte[] bytes, String text, String encoding, boolean transcoded) {

    static ToolOutput of(byte[] raw, int oemCodePage) {
        DecodedText detected = TextDecoder.decode(raw);
        boolean guessedSingleByte = TextEncoding.OEM_CODE_PAGES.contains(detected.encoding())
                || detected.encoding() == TextEncoding.WINDOWS_1252;
        Optional<Charset> oem = oemCharset(oemCodePage);
        if (guessedSingleByte && oem.isPresent()) {
            String text = new String(raw, oem.get());
            return new ToolOutput(text.getBytes(StandardCharsets.UTF_8), text,
                    "OEM code page " + oemCodePage + " (" + oem.get().name() + ")", true);
        }
        return new ToolOutput(raw, detected.text(), detected.encodingName(), false);
    }

    /** The Java charset of a Windows code page number, where the runtime has one. */
    static Optional<Charset> oemCharset(int codePage) {
        if (codePage == 65001) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        for (String name : List.of("IBM" + codePage, "x-IBM" + codePage, "IBM0" + codePage, "cp" + codePage,
                "windows-" + codePage, "x-windows-" + codePage, "MS" + codePage)) {
            try {
                if (Charset.isSupported(name)) {
                    return Optional.of(Charset.forName(name));
                }
            } catch (IllegalArgumentException e) {
                // an illegal charset name for this runtime: try the next spelling
            }
        }
        return Optional.empty();
    }

    /** The reading with its evidence naming the encoding the tool really wrote. */
    <T> Reading<T> label(Reading<T> reading) {
        if (!transcoded) {
            return reading;
        }
        List<Evidence> evidence = new ArrayList<>();
        for (Evidence e : reading.evidence()) {
            evidence.add(new Evidence(e.source(), e.fileName(), encoding, e.exitCode(), e.capturedAt(), e.content(),
                    e.outputKind()));
        }
        return new Reading<>(reading.kind(), reading.value(), reading.message(), evidence, reading.problems());
    }
}
