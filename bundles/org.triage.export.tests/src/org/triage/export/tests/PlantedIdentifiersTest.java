package org.triage.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.triage.export.pseudonyms.Pseudonymizer;
import org.triage.export.redaction.Redactor;
import org.triage.tests.harness.PlantedValues;

/**
 * Every identifier form the planted corpus holds is replaced (GUIDs without dashes, hosts under any suffix, service
 * targets, DOMAIN\\user with umlauts, MACs however written, SIDs, thumbprints, serial numbers), what is no identifier
 * stays, and no input length makes a pattern recurse.
 */
class PlantedIdentifiersTest {

    private static String pseudonymize(String text) {
        Pseudonymizer pseudonymizer = new Pseudonymizer();
        pseudonymizer.learn(text);
        return pseudonymizer.pseudonymize(text);
    }

    @Test
    void everyPlantedIdentifierIsReplacedAndEveryFactStays() {
        String block = PlantedValues.block();
        String result = pseudonymize(block);
        List<String> survived = new ArrayList<>();
        for (PlantedValues.Planted planted : PlantedValues.identifiers()) {
            for (String value : planted.values()) {
                if (result.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))) {
                    survived.add(planted.kind() + ": " + value);
                }
            }
        }
        assertEquals(List.of(), survived, result);
        for (String fact : PlantedValues.facts()) {
            assertTrue(result.contains(fact), "'" + fact + "' changed in\n" + result);
        }
    }

    @Test
    void aGuidWithAndWithoutDashesGetsOnePseudonym() {
        String result = pseudonymize("DeviceId : 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b\nkey 6F1C2B3A4D5E4F608A7B9C0D1E2F3A4B");
        String dashed = result.substring(result.indexOf(": ") + 2, result.indexOf('\n'));
        String bare = result.substring(result.indexOf("key ") + 4);
        assertEquals(dashed.replace("-", "").toUpperCase(Locale.ROOT), bare, result);
    }

    @Test
    void aJsonEscapedLocalPathKeepsItsFoldersButAUncServerIsReplaced() {
        String json = "{\"path\":\"C:\\\\Users\\\\Public\\\\Data\\\\Reports\",\"share\":\"\\\\\\\\fs01\\\\team\"}";
        String result = pseudonymize(json);
        assertTrue(result.contains("C:\\\\Users\\\\Public\\\\Data\\\\Reports"), result);
        assertFalse(result.contains("fs01"), result);
    }

    @Test
    void aUserWithUmlautsKeepsNoLetterOfTheName() {
        String result = pseudonymize("Executing Account Name : FIRMA\\jürgen.plant\r\n");
        assertFalse(result.contains("ürgen"), result);
        assertFalse(result.contains("FIRMA"), result);
        assertTrue(result.matches("(?s).*ORG-\\d+\\\\user-\\d+.*"), result);
    }

    @Test
    void namesThatAreFilesUnitsOrNamespacesAreNoHosts() {
        String text = "ran dsregcmd.exe, read resolv.conf, systemd-resolved.service, Microsoft.AAD.BrokerPlugin, "
                + "System.Net.Http.HttpRequestException, wrote report.md and session.xmi";
        assertEquals(text, pseudonymize(text));
    }

    @Test
    void longHostileLinesNeitherOverflowTheStackNorStall() {
        List<String> lines = List.of("a.".repeat(50_000) + "com", "a-".repeat(50_000) + "a.corp",
                "\\\"".repeat(50_000), "3C-".repeat(50_000) + "12", ". ".repeat(50_000) + ": x",
                "x@" + "a.".repeat(50_000) + "com", "0.A" + "b".repeat(50) + ".c".repeat(50_000),
                "password=" + "x".repeat(200_000), "Cookie: " + "a=b; ".repeat(50_000),
                "http://u:" + "p@".repeat(50_000) + "host", "{\"v\":\"" + "\\\\".repeat(50_000) + "\"}",
                "S-1-5-21" + "-1".repeat(50_000), "TERMSRV/" + "a".repeat(100_000));
        for (String line : lines) {
            String pseudonymised = pseudonymize(line);
            String redacted = new Redactor().redact(line);
            assertNotEquals(null, pseudonymised);
            assertNotEquals(null, redacted);
        }
    }
}
