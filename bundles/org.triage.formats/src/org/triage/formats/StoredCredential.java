package org.triage.formats;

import java.util.Locale;
import java.util.Optional;

/**
 * One credential listed by {@code cmdkey /list}.
 *
 * @param target      the {@code Target:} text verbatim, e.g.
 *                    {@code LegacyGeneric:target=MicrosoftOffice16_Data:SSPI:user@contoso.com}
 * @param type        the {@code Type:} text, trimmed: {@code Generic}, {@code Domain Password},
 *                    {@code Domain Extended Credentials}, {@code Generic Certificate}, ...
 * @param user        the {@code User:} text, absent when cmdkey printed none
 * @param persistence the persistence line, e.g. {@code Local machine persistence} or
 *                    {@code Saved for this logon only}; absent when cmdkey printed none
 * @param line        1-based line of the {@code Target:} line; 0 for one built in code
 */
public record StoredCredential(String target, String type, Optional<String> user, Optional<String> persistence,
        int line) {

    /** How long Windows keeps the credential, from the persistence line. */
    public enum Persistence { LOCAL_MACHINE, LOGON_SESSION, ENTERPRISE, NOT_SHOWN, OTHER }

    public StoredCredential {
        target = target == null ? "" : target.strip();
        type = type == null ? "" : type.strip();
        user = user == null ? Optional.empty() : user.map(String::strip);
        persistence = persistence == null ? Optional.empty() : persistence.map(String::strip);
    }

    public static StoredCredential of(String target, String type, String user, String persistence) {
        return new StoredCredential(target, type, Optional.ofNullable(user), Optional.ofNullable(persistence), 0);
    }

    /**
     * The name the credential is stored under: the text after {@code target=} (or after the
     * first {@code =} of other {@code Kind:key=value} targets such as
     * {@code Domain:interactive=PC\\user}); the whole target when there is no {@code =}.
     */
    public String targetName() {
        int marker = target.indexOf("target=");
        if (marker >= 0) {
            return target.substring(marker + "target=".length());
        }
        int colon = target.indexOf(':');
        int equals = target.indexOf('=');
        if (colon > 0 && equals > colon) {
            return target.substring(equals + 1);
        }
        return target;
    }

    /** The part before the first colon ({@code LegacyGeneric}, {@code Domain}, {@code MicrosoftAccount}), or empty. */
    public String targetKind() {
        int colon = target.indexOf(':');
        int equals = target.indexOf('=');
        return colon > 0 && (equals < 0 || colon < equals) ? target.substring(0, colon) : "";
    }

    public Persistence persistenceKind() {
        if (persistence.isEmpty()) {
            return Persistence.NOT_SHOWN;
        }
        String text = persistence.get().toLowerCase(Locale.ROOT);
        if (text.contains("local machine")) {
            return Persistence.LOCAL_MACHINE;
        }
        if (text.contains("logon")) {
            return Persistence.LOGON_SESSION;
        }
        if (text.contains("enterprise")) {
            return Persistence.ENTERPRISE;
        }
        return Persistence.OTHER;
    }
}
