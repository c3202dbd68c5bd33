package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.triage.core.session.VisibleText;

class VisibleTextTest {

    @Test
    void controlCharactersBecomePicturesAndTheRestStays() {
        String evidence = "\u001B[31mFAIL\u001B[0m\u0000\u0000\f\tTarget: x\r\n\u007F\uFFFE\uD800 ok \uD83D\uDE00";
        assertEquals("\u241B[31mFAIL\u241B[0m\u2400\u2400\u240C\tTarget: x\r\n\u2421\uFFFD\uFFFD ok \uD83D\uDE00",
                VisibleText.of(evidence));
    }

    @Test
    void textWithNothingToShowDifferentlyIsReturnedAsItIs() {
        String plain = "Ziel: Domain:target=TERMSRV/host — 物理アドレス";
        assertSame(plain, VisibleText.of(plain));
    }

    @Test
    void everyCodeUnitBelowTheSurrogatesIsShownAsSomethingPrintable() {
        for (char c = 0; c < 0xD800; c++) {
            String shown = VisibleText.of(String.valueOf(c));
            char first = shown.charAt(0);
            boolean kept = c == '\t' || c == '\n' || c == '\r';
            assertEquals(1, shown.length());
            if (!kept) {
                assertEquals(false, first < 0x20 || first == 0x7F, "U+" + Integer.toHexString(c) + " is still a control");
            }
        }
    }
}
