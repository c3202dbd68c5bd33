package org.triage.formats;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One credential of {@code credentials.json}: the fields of a {@code CREDENTIALW} that {@code CredEnumerateW}
 * returned, without its secret ({@code CredentialBlob} is never read by the collector).
 *
 * @param targetName  {@code TargetName}, as the Credential API names it ({@code MicrosoftOffice16_Data:SSPI:a@b.com})
 * @param type        {@code Type}: 1 generic, 2 domain password, 3 domain certificate, 4 domain visible password,
 *                    5 generic certificate, 6 domain extended
 * @param persist     {@code Persist}: 1 session, 2 local machine, 3 enterprise
 * @param lastWritten {@code LastWritten} in UTC, where it was not zero
 */
public record CredentialRecord(String targetName, int type, Optional<String> userName, int persist,
        Optional<Instant> lastWritten) {

    public CredentialRecord {
        Objects.requireNonNull(targetName, "targetName");
        userName = userName == null ? Optional.empty() : userName;
        lastWritten = lastWritten == null ? Optional.empty() : lastWritten;
    }

    /** The type as cmdkey prints it ({@code Generic}, {@code Domain Password}), or {@code Type N}. */
    public String typeName() {
        return switch (type) {
            case 1 -> "Generic";
            case 2 -> "Domain Password";
            case 3 -> "Domain Certificate";
            case 4 -> "Domain Visible Password";
            case 5 -> "Generic Certificate";
            case 6 -> "Domain Extended Credentials";
            default -> "Type " + type;
        };
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

    /**
     * The target as {@code cmdkey /list} prints it: a name that already carries a {@code Kind:key=} prefix
     * ({@code MicrosoftAccount:target=SSO_POP_Device}) as it is, others behind {@code LegacyGeneric:target=} or,
     * for the domain types, {@code Domain:target=}.
     */
    public String cmdkeyTarget() {
        if (targetName.matches("[A-Za-z]+:[A-Za-z]+=.*")) {
            return targetName;
        }
        boolean generic = type == 1 || type == 5;
        return (generic ? "LegacyGeneric:target=" : "Domain:target=") + targetName;
    }
}
