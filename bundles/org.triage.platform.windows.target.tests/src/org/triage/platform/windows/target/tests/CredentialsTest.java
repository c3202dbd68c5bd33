package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.target.ActionResult;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.Reading;
import org.triage.core.target.TargetAction;
import org.triage.platform.windows.target.CredentialEntry;
import org.triage.platform.windows.target.CredentialStoreException;
import org.triage.platform.windows.target.CredentialType;
import org.triage.platform.windows.target.WindowsTarget;
import org.triage.platform.windows.target.WindowsTime;

/** Credential Manager through the Credential API: names, types, persistence and age; removal by name and type. */
class CredentialsTest {

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    @Test
    void entriesReadAsCmdkeyWouldListThemWithTheirLastWrittenTime() {
        FakeMachine machine = new FakeMachine();
        Reading<List<CachedCredential>> reading = machine.target().credentials(MONITOR);

        assertEquals(Reading.Kind.VALUE, reading.kind());
        List<CachedCredential> credentials = reading.value();
        assertEquals(new CachedCredential("MicrosoftAccount:target=SSO_POP_Device", "MicrosoftAccount:target=SSO_POP_Device",
                "Generic", "02wzfkbjpqnhxtrm", "Session", FakeMachine.CREDENTIALS_WRITTEN), credentials.get(0));
        assertEquals(new CachedCredential("LegacyGeneric:target=OneDrive Cached Credential Business - Business1",
                "OneDrive Cached Credential Business - Business1", "Generic", "alex@contoso.com", "Local machine",
                FakeMachine.CREDENTIALS_WRITTEN), credentials.get(6));
        assertEquals(new CachedCredential("Domain:target=TERMSRV/jump01.corp.contoso.com", "TERMSRV/jump01.corp.contoso.com",
                "Domain Password", "CONTOSO\\awilber", "Local machine", FakeMachine.CREDENTIALS_WRITTEN),
                credentials.get(8));
    }

    @Test
    void theEvidenceListsTheFieldsTheApiReturned() {
        FakeCredentialStore store = new FakeCredentialStore(List.of(new CredentialEntry(
                "MicrosoftOffice16_Data:SSPI:alex@contoso.com", 1, "alex@contoso.com", 2, FakeMachine.CREDENTIALS_WRITTEN)));
        WindowsTarget target = new WindowsTarget(new FakeHost(), new FakeRunner(), store, null);

        Reading<List<CachedCredential>> reading = target.credentials(MONITOR);

        assertEquals("CredEnumerateW(Filter=NULL, Flags=CRED_ENUMERATE_ALL_CREDENTIALS)", reading.evidence().get(0).source());
        assertEquals("""
                [
                    {
                        "TargetName":  "MicrosoftOffice16_Data:SSPI:alex@contoso.com",
                        "Type":  1,
                        "UserName":  "alex@contoso.com",
                        "Persist":  2,
                        "LastWritten":  "2025-05-12T08:15:27.123Z"
                    }
                ]
                """.replace("\n", "\r\n"), reading.evidence().get(0).content());
        assertEquals("credentials.json", reading.evidence().get(0).outputKind(),
                "the fields the API returned, as the collector writes them");
        assertNull(reading.evidence().get(0).exitCode(), "an API call, no process");
    }

    @Test
    void anApiFailureIsAFailedReadingWithTheWin32Error() {
        FakeCredentialStore store = new FakeCredentialStore(List.of()).failEnumerate(new CredentialStoreException(
                "A specified logon session does not exist. It may already have been terminated.",
                CredentialStoreException.ERROR_NO_SUCH_LOGON_SESSION));
        WindowsTarget target = new WindowsTarget(new FakeHost(), new FakeRunner(), store, null);

        Reading<List<CachedCredential>> reading = target.credentials(MONITOR);

        assertEquals(Reading.Kind.FAILED, reading.kind());
        assertEquals("CredEnumerateW(Filter=NULL, Flags=CRED_ENUMERATE_ALL_CREDENTIALS) failed with error 1312: A "
                + "specified logon session does not exist. It may already have been terminated.", reading.message());
    }

    @Test
    void removalDeletesByNameAndTheTypeTheEntryHas() {
        FakeMachine machine = new FakeMachine();
        WindowsTarget target = machine.target();

        ActionResult generic = target.perform(new TargetAction.RemoveCredential(
                "MicrosoftOffice16_Data:ADAL:9d3b6f2a-4c81-4e07-b5a2-6c1d8e9f0a37", "Generic "), MONITOR);
        ActionResult domain = target.perform(new TargetAction.RemoveCredential("fileserver01.corp.contoso.com",
                "Domain Password"), MONITOR);

        assertTrue(generic.succeeded(), generic.summary());
        assertEquals("CredDeleteW(TargetName=\"MicrosoftOffice16_Data:ADAL:9d3b6f2a-4c81-4e07-b5a2-6c1d8e9f0a37\", "
                + "Type=CRED_TYPE_GENERIC, Flags=0)", generic.command());
        assertTrue(domain.succeeded(), domain.summary());
        assertEquals(List.of(
                new FakeCredentialStore.Deletion("MicrosoftOffice16_Data:ADAL:9d3b6f2a-4c81-4e07-b5a2-6c1d8e9f0a37",
                        CredentialType.GENERIC),
                new FakeCredentialStore.Deletion("fileserver01.corp.contoso.com", CredentialType.DOMAIN_PASSWORD)),
                machine.store.deletions());
        assertEquals(8, machine.store.entries().size());
        assertEquals(List.of(), machine.runner.commandLines(), "no cmdkey, no process at all");
    }

    @Test
    void removingWhatIsNotThereFailsAndSaysSo() {
        FakeMachine machine = new FakeMachine();

        ActionResult result = machine.target().perform(new TargetAction.RemoveCredential(
                "MicrosoftOffice16_Data:SSPI:alex@contoso.com", "Domain Password"), MONITOR);

        assertFalse(result.succeeded());
        assertEquals("Credential Manager holds no Domain Password credential named "
                + "'MicrosoftOffice16_Data:SSPI:alex@contoso.com' (already removed?)", result.summary());
        assertEquals("Win32 error 1168: Element not found.", result.output());
    }

    @Test
    void anUnknownTypeIsRefusedBeforeAnythingIsDeleted() {
        FakeMachine machine = new FakeMachine();

        String why = machine.target().whyUnable(new TargetAction.RemoveCredential("x", "Passport"));

        assertEquals("unknown credential type 'Passport' of 'x'", why);
        assertEquals(List.of(), machine.store.deletions());
    }

    @Test
    void fileTimesConvertBothWays() {
        Instant written = Instant.parse("2025-05-12T08:15:27.123Z");
        long fileTime = WindowsTime.toFileTime(written);

        assertEquals(133915113271230000L, fileTime);
        assertEquals(written, WindowsTime.fromFileTime((int) fileTime, (int) (fileTime >>> 32)));
        assertEquals(Instant.parse("1601-01-01T00:00:00.0000001Z"), WindowsTime.fromFileTime(1));
        assertNull(WindowsTime.fromFileTime(0), "never written");
    }

    @Test
    void typesByTheirCmdkeyAndApiNames() {
        assertEquals(CredentialType.DOMAIN_EXTENDED, CredentialType.byName("Domain Extended Credentials").orElseThrow());
        assertEquals(CredentialType.GENERIC_CERTIFICATE, CredentialType.byName("cred_type_generic_certificate").orElseThrow());
        assertEquals(CredentialType.DOMAIN_PASSWORD, CredentialType.byCode(2).orElseThrow());
        assertTrue(CredentialType.byCode(7).isEmpty());
    }
}
