package org.triage.platform.windows.target;

import java.time.Instant;
import java.util.Objects;

/**
 * The fields of one {@code CREDENTIALW} that CredEnumerateW returned, without its secret: the
 * {@code CredentialBlob} is never read, so it cannot be kept, logged or exported.
 *
 * @param type        the raw {@code Type} value; see {@link CredentialType#byCode(int)}
 * @param persist     the raw {@code Persist} value: 1 session, 2 local machine, 3 enterprise
 * @param lastWritten {@code LastWritten}, or null where it was zero
 */
public record CredentialEntry(String targetName, int type, String userName, int persist, Instant lastWritten) {

    public CredentialEntry {
        Objects.requireNonNull(targetName, "targetName");
    }

    /** {@code Persist} as cmdkey words it: {@code Session}, {@code Local machine}, {@code Enterprise}. */
    public String persistenceName() {
        return switch (persist) {
            case 1 -> "Session";
            case 2 -> "Local machine";
            case 3 -> "Enterprise";
            default -> "Persist " + persist;
        };
    }

    /** {@code Persist} as wincred.h names it. */
    public String persistApiName() {
        return switch (persist) {
            case 1 -> "CRED_PERSIST_SESSION";
            case 2 -> "CRED_PERSIST_LOCAL_MACHINE";
            case 3 -> "CRED_PERSIST_ENTERPRISE";
            default -> String.valueOf(persist);
        };
    }

    /** The type's cmdkey name, or {@code Type N} for one this console does not know. */
    public String typeName() {
        return CredentialType.byCode(type).map(CredentialType::displayName).orElse("Type " + type);
    }

    /**
     * The target as {@code cmdkey /list} prints it: names that already carry a {@code Kind:key=} prefix
     * ({@code MicrosoftAccount:target=SSO_POP_Device}) as they are, others behind {@code LegacyGeneric:target=}
     * or {@code Domain:target=}, so that the Credentials view reads the same for a live machine and a snapshot.
     */
    public String cmdkeyTarget() {
        if (targetName.matches("[A-Za-z]+:[A-Za-z]+=.*")) {
            return targetName;
        }
        boolean domain = CredentialType.byCode(type).map(CredentialType::domain).orElse(false);
        return (domain ? "Domain:target=" : "LegacyGeneric:target=") + targetName;
    }
}
