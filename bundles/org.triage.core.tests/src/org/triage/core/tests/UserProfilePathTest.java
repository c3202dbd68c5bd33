package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.core.target.UserProfilePath;

/** The folders a fix may ask a target to clear: under the user's application data and nowhere else. */
class UserProfilePathTest {

    private static final String ACCOUNTS = "%LOCALAPPDATA%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\AC\\TokenBroker\\Accounts";

    @Test
    void theTokenBrokerCacheIsAcceptedAsWritten() {
        UserProfilePath path = UserProfilePath.parse(ACCOUNTS);
        assertEquals(ACCOUNTS, path.toString());
        assertEquals("LOCALAPPDATA", path.variable());
        assertEquals(List.of("Packages", "Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy", "AC", "TokenBroker", "Accounts"),
                path.names());
        assertEquals("$env:LOCALAPPDATA\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\AC\\TokenBroker\\Accounts",
                path.powerShell());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "%localappdata%/Contoso/Cache/|%LOCALAPPDATA%\\Contoso\\Cache",
            "  %AppData%\\Contoso VPN\\logs  |%APPDATA%\\Contoso VPN\\logs",
            "%TEMP%\\ContosoSetup|%TEMP%\\ContosoSetup" })
    void variableCaseSlashesAndATrailingSeparatorAreNormalised(String written, String canonical) {
        assertEquals(canonical, UserProfilePath.parse(written).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "C:\\Users\\alex\\AppData\\Local\\Contoso\\Cache", "\\\\server\\share\\cache",
            "%USERPROFILE%\\Documents\\Contoso", "%WINDIR%\\Temp\\Contoso", "%SystemRoot%\\System32\\config",
            "%LOCALAPPDATA%", "%LOCALAPPDATA%\\Packages", "%APPDATA%\\Microsoft", "%TEMP%",
            "%LOCALAPPDATA%\\Contoso\\..\\..\\..", "%LOCALAPPDATA%\\Contoso\\.\\Cache", "%LOCALAPPDATA%\\Contoso\\*",
            "%LOCALAPPDATA%\\Contoso\\Cache?", "%LOCALAPPDATA%\\%USERNAME%\\Cache", "%LOCALAPPDATA%\\Contoso\\\\Cache",
            "%LOCALAPPDATA%\\Contoso\\C:\\Windows", "%LOCALAPPDATA%\\Contoso\\NUL", "%LOCALAPPDATA%\\Contoso\\com1.log",
            "%LOCALAPPDATA%\\Contoso\\Cache.", "%LOCALAPPDATA%\\Contoso \\Cache", "%LOCALAPPDATA%Contoso\\Cache",
            "%LOCALAPPDATA%\\Contoso\\a\"b", "%LOCALAPPDATA%\\Contoso\\tab\there" })
    void aFolderOutsideTheApplicationDataOrAmbiguousIsRefusedSayingWhy(String path) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> UserProfilePath.parse(path));
        assertFalse(refused.getMessage().isBlank());
    }

    @Test
    void theRefusalSaysWhichRootsAreAllowed() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> UserProfilePath.parse("%USERPROFILE%\\Documents")).getMessage();
        assertTrue(message.contains("%LOCALAPPDATA%, %APPDATA% or %TEMP%"), message);
    }

    @Test
    void aPathIsWithinItselfAndItsParentsRegardlessOfCase() {
        UserProfilePath accounts = UserProfilePath.parse(ACCOUNTS);
        UserProfilePath broker = UserProfilePath.parse("%LOCALAPPDATA%\\packages\\microsoft.aad.brokerplugin_cw5n1h2txyewy");
        assertTrue(accounts.isWithin(broker));
        assertTrue(accounts.isWithin(accounts));
        assertFalse(broker.isWithin(accounts));
        assertFalse(UserProfilePath.parse("%APPDATA%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy").isWithin(broker),
                "another variable is another folder");
        assertEquals(UserProfilePath.parse(ACCOUNTS.toUpperCase()), accounts);
        assertEquals(UserProfilePath.parse(ACCOUNTS.toUpperCase()).hashCode(), accounts.hashCode());
    }

    @Test
    void aLiveTargetExpandsTheVariableFromItsEnvironment() {
        UserProfilePath cache = UserProfilePath.parse("%LOCALAPPDATA%\\Contoso\\Cache");
        assertEquals(Optional.of("C:\\Users\\alex\\AppData\\Local\\Contoso\\Cache"),
                cache.expand(Map.of("LocalAppData", "C:\\Users\\alex\\AppData\\Local\\")));
        assertEquals(Optional.empty(), cache.expand(Map.of("APPDATA", "C:\\Users\\alex\\AppData\\Roaming")));
    }
}
