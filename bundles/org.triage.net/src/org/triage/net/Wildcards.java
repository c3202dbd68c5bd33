package org.triage.net;

import java.util.Locale;
import java.util.regex.Pattern;

/** Host patterns with {@code *}, as proxy bypass lists and Microsoft's catalogue write them. */
final class Wildcards {

    private Wildcards() {
    }

    /** A case-insensitive pattern in which {@code *} stands for any text, dots included. */
    static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toLowerCase(Locale.ROOT).toCharArray()) {
            regex.append(c == '*' ? ".*" : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
