package org.triage.platform.windows;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.WString;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/** The Credential API of advapi32.dll (wincred.h), which jna-platform does not map. */
interface CredentialApi extends StdCallLibrary {

    int CRED_ENUMERATE_ALL_CREDENTIALS = 0x1;

    static CredentialApi load() {
        return Native.load("Advapi32", CredentialApi.class, W32APIOptions.DEFAULT_OPTIONS);
    }

    boolean CredEnumerateW(WString filter, int flags, IntByReference count, PointerByReference credentials);

    boolean CredDeleteW(WString targetName, int type, int flags);

    void CredFree(Pointer buffer);

    /**
     * {@code CREDENTIALW}. The {@code CredentialBlob} field is declared only so that the fields after it sit
     * where Windows put them: its pointer is never followed, so the secret is never read.
     */
    @Structure.FieldOrder({ "Flags", "Type", "TargetName", "Comment", "LastWritten", "CredentialBlobSize",
            "CredentialBlob", "Persist", "AttributeCount", "Attributes", "TargetAlias", "UserName" })
    final class CREDENTIAL extends Structure {
        public int Flags;
        public int Type;
        public Pointer TargetName;
        public Pointer Comment;
        public WinBase.FILETIME LastWritten;
        public int CredentialBlobSize;
        public Pointer CredentialBlob;
        public int Persist;
        public int AttributeCount;
        public Pointer Attributes;
        public Pointer TargetAlias;
        public Pointer UserName;

        CREDENTIAL(Pointer memory) {
            super(memory);
            read();
        }
    }
}
