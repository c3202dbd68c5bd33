package org.triage.platform.windows.target;

import java.util.List;

/**
 * The current user's Windows Credential Manager, through the Credential API. It lists entries without their
 * secrets and deletes one by name and type; it has no way to read a secret at all.
 */
public interface CredentialStore {

    /** The call {@link #enumerate()} makes, for the evidence. */
    String ENUMERATE_CALL = "CredEnumerateW(Filter=NULL, Flags=CRED_ENUMERATE_ALL_CREDENTIALS)";

    /** Every credential of the user's logon session, as {@code CredEnumerateW} returns them; empty where there is none. */
    List<CredentialEntry> enumerate() throws CredentialStoreException;

    /** {@code CredDeleteW(targetName, type, 0)}. */
    void delete(String targetName, CredentialType type) throws CredentialStoreException;

    /** The call {@link #delete} makes, exactly, for the record. */
    static String deleteCall(String targetName, CredentialType type) {
        return "CredDeleteW(TargetName=\"" + targetName + "\", Type=" + type.apiName() + ", Flags=0)";
    }
}
