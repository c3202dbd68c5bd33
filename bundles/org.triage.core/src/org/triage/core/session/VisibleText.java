package org.triage.core.session;

/**
 * Characters a report cannot show as they are, made visible: C0 control characters (an ANSI escape, the NUL padding
 * of a cut-off file, a form feed) as their Unicode control pictures ({@code ␛}, {@code ␀}, {@code ␌}), DEL as
 * {@code ␡}, lone surrogates and the non-characters U+FFFE and U+FFFF as {@code �}. The evidence files of an export
 * keep the bytes; only the reports and the console show pictures.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** Whether {@code c} at {@code index} is shown as a picture; tab, line feed and carriage return are not. */
    public static String picture(String text, int index) {
        char c = text.charAt(index);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            return String.valueOf((char) (0x2400 + c));
        }
        if (c == 0x7F) {
            return "\u2421";
        }
        if (c == '\uFFFE' || c == '\uFFFF') {
            return "\uFFFD";
        }
        if (Character.isHighSurrogate(c)
                && (index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1)))) {
            return "\uFFFD";
        }
        if (Character.isLowSurrogate(c) && (index == 0 || !Character.isHighSurrogate(text.charAt(index - 1)))) {
            return "\uFFFD";
        }
        return null;
    }

    /** The whole text with every character {@link #picture(String, int)} names replaced by its picture. */
    public static String of(String text) {
        StringBuilder visible = null;
        for (int i = 0; i < text.length(); i++) {
            String picture = picture(text, i);
            if (picture != null && visible == null) {
                visible = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (visible != null) {
                visible.append(picture != null ? picture : String.valueOf(text.charAt(i)));
            }
        }
        return visible == null ? text : visible.toString();
    }
}
