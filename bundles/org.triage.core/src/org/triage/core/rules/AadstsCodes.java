package org.triage.core.rules;

import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Entra ID's AADSTS error codes mean, in the words of Microsoft's sign-in error reference, for the
 * codes that come up when sign-in fails after a password change or on a VPN.
 */
public final class AadstsCodes {

    private static final Pattern CODE = Pattern.compile("AADSTS(\\d+)", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> MEANINGS = new LinkedHashMap<>();

    static {
        MEANINGS.put("AADSTS50126", "Error validating credentials due to invalid username or password");
        MEANINGS.put("AADSTS50053", "The account is locked: too many sign-ins with a wrong password");
        MEANINGS.put("AADSTS50055", "The password has expired");
        MEANINGS.put("AADSTS50056", "The user has no password in the directory");
        MEANINGS.put("AADSTS50057", "The user account is disabled");
        MEANINGS.put("AADSTS50132", "The session is invalid because the password expired or was changed recently");
        MEANINGS.put("AADSTS50173", "The grant was revoked, a fresh sign-in is needed: the user may have changed or reset the password");
        MEANINGS.put("AADSTS50076", "Multi-factor authentication is required");
        MEANINGS.put("AADSTS50079", "The user must register for multi-factor authentication");
        MEANINGS.put("AADSTS50097", "Device authentication is required");
        MEANINGS.put("AADSTS50155", "Device authentication failed");
        MEANINGS.put("AADSTS135011", "The device used during authentication is disabled");
        MEANINGS.put("AADSTS53000", "Conditional Access requires a compliant or managed device");
        MEANINGS.put("AADSTS53003", "Access was blocked by Conditional Access");
        MEANINGS.put("AADSTS70043", "The refresh token expired or is invalid: Conditional Access sign-in frequency");
        MEANINGS.put("AADSTS700082", "The refresh token expired due to inactivity");
        MEANINGS.put("AADSTS50034", "The user account does not exist in the directory");
        MEANINGS.put("AADSTS81010", "Seamless SSO failed: the Kerberos ticket is expired or invalid");
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

    public static Optional<String> meaning(String code) {
        return Optional.ofNullable(MEANINGS.get(code.toUpperCase(Locale.ROOT)));
    }
}
