package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.core.target.TargetAction;

/** The actions a vendor's fix needs that the guide's fixes do not: clearing a cache, closing an application. */
class VendorActionsTest {

    @Test
    void clearingAFolderSaysWhatItDeletesAndIsDestructive() {
        TargetAction.ClearFolder clear = new TargetAction.ClearFolder("%LOCALAPPDATA%\\Contoso VPN\\Token Cache",
                "Forget the VPN client's tokens");
        assertEquals("folder.clear", clear.id());
        assertEquals("%LOCALAPPDATA%\\Contoso VPN\\Token Cache", clear.subject());
        assertEquals("Forget the VPN client's tokens: delete everything in %LOCALAPPDATA%\\Contoso VPN\\Token Cache"
                + " (the folder itself stays)", clear.description());
        assertEquals("powershell -NoProfile -Command \"Remove-Item -Recurse -Force -Path (Join-Path $env:LOCALAPPDATA"
                + " 'Contoso VPN\\Token Cache\\*')\"", clear.command());
        assertTrue(clear.instruction().contains("%LOCALAPPDATA%\\Contoso VPN\\Token Cache"), clear.instruction());
        assertTrue(clear.destructive());
        assertTrue(TargetAction.IDS.contains(clear.id()));
    }

    @Test
    void aQuoteInAFolderNameIsDoubledForPowerShell() {
        TargetAction.ClearFolder clear = new TargetAction.ClearFolder("%APPDATA%\\O'Brien Tools\\cache", "Clear it");
        assertTrue(clear.command().contains("'O''Brien Tools\\cache\\*'"), clear.command());
    }

    @Test
    void aFixCannotMakeAnActionThatClearsAFolderOutsideTheApplicationData() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new TargetAction.ClearFolder("%USERPROFILE%\\Documents", "Tidy up"));
        assertTrue(refused.getMessage().contains("%USERPROFILE%\\Documents"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TargetAction.ClearFolder("%TEMP%\\Contoso", " "),
                "a folder is cleared for a reason the admin reads");
    }

    @Test
    void closingAnApplicationAsksItToCloseAndIsNotDestructive() {
        TargetAction.CloseApplication close = new TargetAction.CloseApplication("winword.exe", "Word");
        assertEquals("application.close", close.id());
        assertEquals("WINWORD.EXE", close.imageName());
        assertEquals("taskkill /im WINWORD.EXE", close.command(), "without /f: the application may ask to save");
        assertTrue(close.description().contains("Word (WINWORD.EXE)"), close.description());
        assertFalse(close.destructive());
        assertTrue(TargetAction.IDS.contains(close.id()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "WINWORD", "winword.exe /f", "..\\evil.exe", "C:\\Program Files\\Word.exe", "*.exe",
            "word.exe & del x" })
    void anImageNameThatIsNotAPlainExecutableNameIsRefused(String imageName) {
        assertThrows(IllegalArgumentException.class, () -> new TargetAction.CloseApplication(imageName, "Word"));
    }
}
