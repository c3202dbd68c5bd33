package org.triage.formats;

import java.util.List;

/**
 * Text decoded from a file.
 *
 * @param text          the decoded characters, byte-order mark removed, line terminators kept
 * @param lines         the lines without terminators; a final terminator does not add an empty line
 * @param encoding      the encoding detected
 * @param lineEnding    the first line terminator seen ({@link LineEnding#CRLF} when there is none)
 * @param mixedLineEndings whether more than one kind of terminator occurs
 */
public record DecodedText(String text, List<String> lines, TextEncoding encoding, LineEnding lineEnding,
        boolean mixedLineEndings) {

    public DecodedText {
        lines = List.copyOf(lines);
    }

    /** Name of the detected encoding, for messages ("UTF-16LE with BOM"). */
    public String encodingName() {
        return encoding.displayName();
    }
}
