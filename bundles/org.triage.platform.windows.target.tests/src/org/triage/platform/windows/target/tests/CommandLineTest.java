package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.triage.platform.windows.target.CommandLine;

/** The command line recorded is the one Java's launcher hands Windows. */
class CommandLineTest {

    @Test
    void partsWithBlanksOrNothingInThemAreQuoted() {
        assertEquals("C:\\Windows\\System32\\rasdial.exe \"Contoso VPN\" /disconnect",
                CommandLine.of("C:\\Windows\\System32\\rasdial.exe", "Contoso VPN", "/disconnect").rendered());
        assertEquals("\"C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe\" /reset",
                CommandLine.of("C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe", "/reset").rendered());
        assertEquals("tool.exe \"\" \"a\tb\"", CommandLine.of("tool.exe", "", "a\tb").rendered());
    }

    @Test
    void aQuotedPartEndingInABackslashKeepsItsBackslash() {
        assertEquals("robocopy.exe \"C:\\Users\\alex\\My Files\\\\\" D:\\backup\\",
                CommandLine.of("robocopy.exe", "C:\\Users\\alex\\My Files\\", "D:\\backup\\").rendered());
    }

    @Test
    void doubleQuotesLineBreaksAndNothingToRunAreRefused() {
        assertEquals("a double quote in 'say \"hi\"' cannot be passed to a Windows program unambiguously",
                assertThrows(IllegalArgumentException.class, () -> CommandLine.of("cmd.exe", "/c", "say \"hi\""))
                        .getMessage());
        assertEquals("a line break or NUL in an argument of cmd.exe",
                CommandLine.whyInvalid("cmd.exe", List.of("/c", "echo a\r\necho b")));
        assertEquals("no program to run", CommandLine.whyInvalid(" ", List.of()));
        assertNull(CommandLine.whyInvalid("whoami.exe", List.of("/all")));
    }

    @Test
    void argvIsTheProgramThenItsArguments() {
        assertEquals(List.of("netsh.exe", "winhttp", "show", "proxy"),
                CommandLine.of("netsh.exe", "winhttp", "show", "proxy").argv());
    }
}
