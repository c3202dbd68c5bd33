package org.triage.platform.windows;

import java.util.ArrayList;
import java.util.List;

import org.triage.platform.windows.target.CredentialEntry;
import org.triage.platform.windows.target.CredentialStore;
import org.triage.platform.windows.target.CredentialStoreException;
import org.triage.platform.windows.target.CredentialType;
import org.triage.platform.windows.target.WindowsTime;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.platform.win32.Kernel32Util;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/** The current user's Credential Manager through CredEnumerateW and CredDeleteW. */
final class NativeCredentialStore implements CredentialStore {

    private final CredentialApi api;

    NativeCredentialStore(CredentialApi api) {
        this.api = api;
    }

    @Override
    public List<CredentialEntry> enumerate() throws CredentialStoreException {
        IntByReference count = new IntByReference();
        PointerByReference credentials = new PointerByReference();
        if (!api.CredEnumerateW(null, CredentialApi.CRED_ENUMERATE_ALL_CREDENTIALS, count, credentials)) {
            int error = Native.getLastError();
            if (error == CredentialStoreException.ERROR_NOT_FOUND) {
                return List.of();
            }
            throw failure(error);
        }
        try {
            List<CredentialEntry> entries = new ArrayList<>(count.getValue());
            for (Pointer memory : credentials.getValue().getPointerArray(0, count.getValue())) {
                CredentialApi.CREDENTIAL credential = new CredentialApi.CREDENTIAL(memory);
                entries.add(new CredentialEntry(text(credential.TargetName), credential.Type,
                        text(credential.UserName), credential.Persist,
                        WindowsTime.fromFileTime(credential.LastWritten.dwLowDateTime,
                                credential.LastWritten.dwHighDateTime)));
            }
            return entries;
        } finally {
            api.CredFree(credentials.getValue());
        }
    }

    @Override
    public void delete(String targetName, CredentialType type) throws CredentialStoreException {
        if (!api.CredDeleteW(new WString(targetName), type.code(), 0)) {
            throw failure(Native.getLastError());
        }
    }

    private static String text(Pointer wide) {
        return wide == null ? null : wide.getWideString(0);
    }

    private static CredentialStoreException failure(int error) {
        String message;
        try {
            message = Kernel32Util.formatMessageFromLastErrorCode(error).strip();
        } catch (RuntimeException e) {
            message = "Win32 error " + error;
        }
        return new CredentialStoreException(message, error);
    }
}
