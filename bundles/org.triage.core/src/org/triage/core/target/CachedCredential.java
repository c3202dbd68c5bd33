package org.triage.core.target;

import java.time.Instant;

/**
 * One entry of Windows Credential Manager.
 *
 * @param target      the target as cmdkey prints it, e.g. {@code LegacyGeneric:target=MicrosoftOffice16_Data:SSPI:a@b.com}
 * @param targetName  the name without the {@code LegacyGeneric:target=} prefix, as the Credential API names it
 * @param type        Generic, Domain Password, ...
 * @param persistence Local machine, Enterprise, Session ("Saved for this logon only")
 * @param lastWritten when the entry was last written, where the source tells (the Credential API does, cmdkey does not)
 */
public record CachedCredential(String target, String targetName, String type, String user, String persistence,
        Instant lastWritten) {
}
