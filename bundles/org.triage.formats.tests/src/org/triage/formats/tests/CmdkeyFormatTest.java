package org.triage.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.triage.formats.CmdkeyFormat;
import org.triage.formats.CmdkeyList;
import org.triage.formats.ParseProblem;
import org.triage.formats.StoredCredential;
import org.triage.formats.StoredCredential.Persistence;

class CmdkeyFormatTest {

    private static final String OFFICE = "cmdkey/office-credentials.txt";
    private static final String NONE = "cmdkey/none-stored.txt";

    @TestFactory
    Stream<DynamicTest> officeAndOneDriveCredentials() {
        return variants(OFFICE, list -> {
            assertTrue(list.recognised());
            assertEquals(List.of(), list.problems());
            assertEquals(List.of(), list.unparsedLines());
            assertFalse(list.noneStored());
            assertEquals(7, list.credentials().size());

            StoredCredential office = list.credentials().get(0);
            assertEquals("LegacyGeneric:target=MicrosoftOffice16_Data:SSPI:jdoe@contoso.com", office.target());
            assertEquals("MicrosoftOffice16_Data:SSPI:jdoe@contoso.com", office.targetName());
            assertEquals("LegacyGeneric", office.targetKind());
            assertEquals("Generic", office.type());
            assertEquals(Optional.of("jdoe@contoso.com"), office.user());
            assertEquals(Persistence.LOCAL_MACHINE, office.persistenceKind());
            assertEquals(4, office.line());

            assertEquals("OneDrive Cached Credential Business - Business1", list.credentials().get(1).targetName());

            StoredCredential sso = list.credentials().get(2);
            assertEquals("SSO_POP_Device", sso.targetName());
            assertEquals("Domain Extended Credentials", sso.type());
            assertEquals(Persistence.LOGON_SESSION, sso.persistenceKind());
            assertEquals(Optional.of("Saved for this logon only"), sso.persistence());

            StoredCredential domain = list.credentials().get(4);
            assertEquals("Domain:interactive=CONTOSO\\jdoe", domain.target());
            assertEquals("CONTOSO\\jdoe", domain.targetName());
            assertEquals("Domain", domain.targetKind());
            assertEquals("Domain Password", domain.type());
            assertEquals(Optional.empty(), domain.persistence());
            assertEquals(Persistence.NOT_SHOWN, domain.persistenceKind());
            assertEquals(24, domain.line());

            StoredCredential adal = list.credentials().get(5);
            assertEquals(Optional.empty(), adal.user());
            assertEquals("MicrosoftOffice16_Data:ADAL:8f5a1c2e-aaaa-4bbb-8ccc-0123456789ab", adal.targetName());

            StoredCredential rdp = list.credentials().get(6);
            assertEquals("TERMSRV/jump01.corp.contoso.com", rdp.targetName());
            assertEquals("", rdp.targetKind());

            assertEquals(2, list.withTargetContaining("microsoftoffice16").size());
        });
    }

    @TestFactory
    Stream<DynamicTest> noCredentialsStored() {
        return variants(NONE, list -> {
            assertTrue(list.recognised());
            assertTrue(list.noneStored());
            assertEquals(List.of(), list.credentials());
            assertEquals(List.of(), list.problems());
        });
    }

    @TestFactory
    Stream<DynamicTest> renderingReproducesTheToolsTextExactly() {
        return Stream.of(OFFICE, NONE).map(fixture -> DynamicTest.dynamicTest(fixture, () -> {
            String master = Fixtures.text(fixture);
            CmdkeyList parsed = CmdkeyFormat.parse(master);
            assertEquals(Fixtures.lines(master), Fixtures.lines(CmdkeyFormat.render(parsed)));
            assertEquals(parsed.credentials(), CmdkeyFormat.parse(CmdkeyFormat.render(parsed)).credentials());
        }));
    }

    @Test
    void demoListBuiltInCode() {
        CmdkeyList demo = CmdkeyList.of(List.of(
                StoredCredential.of("LegacyGeneric:target=MicrosoftOffice16_Data:SSPI:ana@contoso.com", "Generic",
                        "ana@contoso.com", "Local machine persistence")));
        List<String> lines = Fixtures.lines(CmdkeyFormat.render(demo));
        assertEquals(List.of("", "Currently stored credentials:", "",
                "    Target: LegacyGeneric:target=MicrosoftOffice16_Data:SSPI:ana@contoso.com", "    Type: Generic ",
                "    User: ana@contoso.com", "    Local machine persistence", ""), lines);
        assertEquals(List.of("", "Currently stored credentials:", "", "* NONE *"),
                Fixtures.lines(CmdkeyFormat.render(CmdkeyList.of(List.of()))));
    }

    @Test
    void filteredListingHeaderIsRecognised() {
        CmdkeyList list = CmdkeyFormat.parse("\nCurrently stored credentials for MicrosoftOffice16*:\n\n"
                + "    Target: LegacyGeneric:target=MicrosoftOffice16_Data:SSPI:a@b.com\n    Type: Generic \n    User: a@b.com\n");
        assertTrue(list.recognised());
        assertEquals(1, list.credentials().size());
        assertEquals(Persistence.NOT_SHOWN, list.credentials().get(0).persistenceKind());
    }

    @Test
    void germanLabelsAreReadAsEnglish() {
        String german = "\nDerzeit gespeicherte Anmeldeinformationen:\n\n    Ziel: LegacyGeneric:target=x\n"
                + "    Typ: Generisch \n    Benutzer: a@b.com\n    Lokale Computerbeibehaltung\n";
        CmdkeyList list = CmdkeyFormat.parse(german);
        assertTrue(list.recognised());
        assertEquals(List.of(), list.problems());
        StoredCredential credential = list.credentials().get(0);
        assertEquals("LegacyGeneric:target=x", credential.target());
        assertEquals("Generic", credential.type());
        assertEquals(Optional.of("a@b.com"), credential.user());
        assertEquals(Persistence.LOCAL_MACHINE, credential.persistenceKind());
    }

    @Test
    void labelsOfAnUnknownLanguageAreReadByTheirPlaceAndReported() {
        // Made-up labels: the reader knows no such language, but the entry's shape is cmdkey's.
        String unknown = "\nKayitli kimlik bilgileri:\n\n    Hedef: LegacyGeneric:target=MicrosoftOffice16_Data:SSPI:a@b.com\n"
                + "    Tur: Genel\n    Kullanici: a@b.com\n    Yerel bilgisayar kaliciligi\n\n"
                + "    Hedef: Domain:interactive=CONTOSO\\alex\n    Tur: Etki alani parolasi\n";
        CmdkeyList list = CmdkeyFormat.parse(unknown);
        assertTrue(list.recognised());
        assertEquals(2, list.credentials().size());
        assertEquals("MicrosoftOffice16_Data:SSPI:a@b.com", list.credentials().get(0).targetName());
        assertEquals("Genel", list.credentials().get(0).type());
        assertEquals(Optional.of("a@b.com"), list.credentials().get(0).user());
        assertEquals(Persistence.OTHER, list.credentials().get(0).persistenceKind());
        assertEquals(Optional.empty(), list.credentials().get(1).user());
        assertEquals(1, list.problems().size(), list.problems().toString());
        ParseProblem problem = list.problems().get(0);
        assertEquals(4, problem.line());
        assertTrue(problem.message().contains("'Hedef'") && problem.message().contains("'Target:'"), problem.message());
    }

    @Test
    void targetWithoutTypeIsReported() {
        CmdkeyList list = CmdkeyFormat.parse("Currently stored credentials:\n\n    Target: foo\n");
        assertTrue(list.recognised());
        assertEquals(1, list.credentials().size());
        assertEquals(3, list.problems().get(0).line());
    }

    private static Stream<DynamicTest> variants(String fixture, Consumer<CmdkeyList> check) {
        Stream<DynamicTest> encoded = Fixtures.windowsVariants(fixture).stream()
                .map(v -> DynamicTest.dynamicTest(v.toString(), () -> check.accept(CmdkeyFormat.parse(v.bytes()))));
        if (fixture.equals(OFFICE)) {
            encoded = Stream.concat(encoded, Stream.of(DynamicTest.dynamicTest("checked-in UTF-16LE file",
                    () -> check.accept(CmdkeyFormat.parse(Fixtures.bytes("cmdkey/office-credentials.utf16le.txt"))))));
        }
        return encoded;
    }
}
