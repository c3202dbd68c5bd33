package org.triage.platform.windows.target.tests;

import java.util.ArrayList;
import java.util.List;

import org.triage.platform.windows.target.CredentialEntry;
import org.triage.platform.windows.target.CredentialStore;
import org.triage.platform.windows.target.CredentialStoreException;
import org.triage.platform.windows.target.CredentialType;

/** Credential Manager of one user: entries without secrets; CredDeleteW's matching (name ignoring case, and type). */
final class FakeCredentialStore implements CredentialStore {

    /** One CredDeleteW call. */
    record Deletion(String targetName, CredentialType type) {
    }

    private final List<CredentialEntry> entries = new ArrayList<>();
    private final List<Deletion> deletions = new ArrayList<>();
    private CredentialStoreException enumerateFailure;

    FakeCredentialStore(List<CredentialEntry> entries) {
        this.entries.addAll(entries);
    }

    FakeCredentialStore failEnumerate(CredentialStoreException failure) {
        this.enumerateFailure = failure;
        return this;
    }

    @Override
    public synchronized List<CredentialEntry> enumerate() throws CredentialStoreException {
        if (enumerateFailure != null) {
            throw enumerateFailure;
        }
        return List.copyOf(entries);
    }

    @Override
    public synchronized void delete(String targetName, CredentialType type) throws CredentialStoreException {
        deletions.add(new Deletion(targetName, type));
        boolean removed = entries.removeIf(entry -> entry.targetName().equalsIgnoreCase(targetName)
                && entry.type() == type.code());
        if (!removed) {
            throw new CredentialStoreException("Element not found.", CredentialStoreException.ERROR_NOT_FOUND);
        }
    }

    synchronized List<CredentialEntry> entries() {
        return List.copyOf(entries);
    }

    synchronized List<Deletion> deletions() {
        return List.copyOf(deletions);
    }
}
