package org.triage.platform.windows.target;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Type} of a Windows credential ({@code CRED_TYPE_*} in wincred.h), with the name cmdkey prints for it,
 * which is what {@link org.triage.core.target.CachedCredential#type()} and
 * {@link org.triage.core.target.TargetAction.RemoveCredential#type()} carry.
 */
public enum CredentialType {
    GENERIC(1, "CRED_TYPE_GENERIC", "Generic"),
    DOMAIN_PASSWORD(2, "CRED_TYPE_DOMAIN_PASSWORD", "Domain Password"),
    DOMAIN_CERTIFICATE(3, "CRED_TYPE_DOMAIN_CERTIFICATE", "Domain Certificate"),
    DOMAIN_VISIBLE_PASSWORD(4, "CRED_TYPE_DOMAIN_VISIBLE_PASSWORD", "Domain Visible Password"),
    GENERIC_CERTIFICATE(5, "CRED_TYPE_GENERIC_CERTIFICATE", "Generic Certificate"),
    DOMAIN_EXTENDED(6, "CRED_TYPE_DOMAIN_EXTENDED", "Domain Extended Credentials");

    private final int code;
    private final String apiName;
    private final String displayName;

    CredentialType(int code, String apiName, String displayName) {
        this.code = code;
        this.apiName = apiName;
        this.displayName = displayName;
    }

    /** The value of {@code CREDENTIALW.Type}. */
    public int code() {
        return code;
    }

    /** The constant's name in wincred.h, e.g. {@code CRED_TYPE_GENERIC}. */
    public String apiName() {
        return apiName;
    }

    /** The name cmdkey prints, e.g. {@code Domain Password}. */
    public String displayName() {
        return displayName;
    }

    /** Whether cmdkey lists it as {@code Domain:target=…} rather than {@code LegacyGeneric:target=…}. */
    public boolean domain() {
        return this != GENERIC && this != GENERIC_CERTIFICATE;
    }

    public static Optional<CredentialType> byCode(int code) {
        for (CredentialType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type by the name cmdkey prints (blanks around it and case ignored) or by its wincred.h name. */
    public static Optional<CredentialType> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (CredentialType type : values()) {
            if (type.displayName.toLowerCase(Locale.ROOT).equals(wanted)
                    || type.apiName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
