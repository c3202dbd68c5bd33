package org.triage.core.rules;

import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triage.core.symptom.SymptomDescriptor;
import org.triage.core.symptom.SymptomRegistry;

/**
 * Entra ID's AADSTS error codes in text, and what they mean: the symptom catalogue describes them in the
 * words of Microsoft's sign-in error reference.
 */
public final class AadstsCodes {

    private static final Pattern CODE = Pattern.compile("AADSTS(\\d+)", Pattern.CASE_INSENSITIVE);

    /**
     * Codes the symptom catalogue ({@code org.triage.core.symptoms}) does not hold because no cause of this
     * product points to them; every other code's meaning comes from its catalogue entry.
     */
    private static final Map<String, String> NOT_IN_CATALOGUE = new LinkedHashMap<>();

    static {
        NOT_IN_CATALOGUE.put("AADSTS50056", "The user has no password in the directory");
        NOT_IN_CATALOGUE.put("AADSTS50057", "The user account is disabled");
        NOT_IN_CATALOGUE.put("AADSTS50034", "The user account does not exist in the directory");
        NOT_IN_CATALOGUE.put("AADSTS81010", "Seamless SSO failed: the Kerberos ticket is expired or invalid");
    }

    /** The codes that mean the password the device or app presented is no longer the user's. */
    static final Set<String> PASSWORD_CHANGED = Set.of("AADSTS50126", "AADSTS50053",
            "AADSTS50055", "AADSTS50132", "AADSTS50173");

    private AadstsCodes() {
    }

    /** The first AADSTS code in a text, upper-cased, e.g. from a Server Error Description. */
    public static Optional<String> firstCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = CODE.matcher(text);
        return matcher.find() ? Optional.of("AADSTS" + matcher.group(1)) : Optional.empty();
    }

    /** What the code means: its symptom catalogue entry's meaning, else the few this class still names. */
    public static Optional<String> meaning(String code) {
        return meaning(code, SymptomRegistry.read());
    }

    public static Optional<String> meaning(String code, SymptomRegistry catalogue) {
        return catalogue.byCode(code).map(SymptomDescriptor::meaning)
                .or(() -> Optional.ofNullable(NOT_IN_CATALOGUE.get(code.toUpperCase(Locale.ROOT))));
    }
}
