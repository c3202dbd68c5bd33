package org.triage.model.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Makes every text of a model storable in XML 1.0 and gives it back unchanged. Raw evidence holds whatever a tool
 * printed: ANSI colour codes (ESC), the NUL padding of a file cut off mid-write, form feeds, lone surrogates,
 * U+FFFE. XML 1.0 cannot carry those characters at all, not even as character references, so they are written as
 * {@value #INTRODUCER_NAME} followed by their four hex digits; the introducer itself is written the same way, which
 * keeps the encoding reversible whatever the text holds.
 */
public final class XmlSafeText {

    /** A private-use character: no tool output means anything by it. */
    static final char INTRODUCER = '\uE000';
    static final String INTRODUCER_NAME = "U+E000";

    private XmlSafeText() {
    }

    /** Whether the character cannot stand in an XML 1.0 document as it is (or is the introducer). */
    static boolean needsEscape(String text, int index) {
        char c = text.charAt(index);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c == INTRODUCER || c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
        }
        return false;
    }

    public static boolean needsEncoding(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The text with every character XML cannot hold escaped; the same instance where there is none. */
    public static String encode(String text) {
        if (!needsEncoding(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(text, i)) {
                out.append(INTRODUCER).append(String.format("%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Reverses {@link #encode(String)}; an introducer not followed by four hex digits is kept as it is. */
    public static String decode(String text) {
        if (text == null || text.indexOf(INTRODUCER) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == INTRODUCER && i + 5 <= text.length() && isHex(text, i + 1, i + 5)) {
                out.append((char) Integer.parseInt(text, i + 1, i + 5, 16));
                i += 5;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether any text of {@code root} or of what it contains needs encoding. */
    public static boolean needsEncoding(EObject root) {
        boolean[] found = new boolean[1];
        rewrite(root, text -> {
            found[0] |= needsEncoding(text);
            return text;
        });
        return found[0];
    }

    /** Encodes every text of {@code root} and of what it contains, in place. */
    public static void encode(EObject root) {
        rewrite(root, XmlSafeText::encode);
    }

    /** Decodes every text of {@code root} and of what it contains, in place. */
    public static void decode(EObject root) {
        rewrite(root, XmlSafeText::decode);
    }

    private static void rewrite(EObject root, UnaryOperator<String> rewrite) {
        rewriteOne(root, rewrite);
        root.eAllContents().forEachRemaining(element -> rewriteOne(element, rewrite));
    }

    @SuppressWarnings("unchecked")
    private static void rewriteOne(EObject element, UnaryOperator<String> rewrite) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.getEAttributeType().getInstanceClass() != String.class || attribute.isDerived()
                    || !attribute.isChangeable() || attribute.isTransient()) {
                continue;
            }
            if (attribute.isMany()) {
                EList<String> values = (EList<String>) element.eGet(attribute);
                List<String> rewritten = new ArrayList<>(values.size());
                boolean changed = false;
                for (String value : values) {
                    String result = value == null ? null : rewrite.apply(value);
                    changed |= result != value;
                    rewritten.add(result);
                }
                if (changed) {
                    values.clear();
                    values.addAll(rewritten);
                }
            } else if (element.eIsSet(attribute)) {
                String value = (String) element.eGet(attribute);
                if (value != null) {
                    String result = rewrite.apply(value);
                    if (result != value) {
                        element.eSet(attribute, result);
                    }
                }
            }
        }
    }
}
