package org.triage.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.triage.export.redaction.Redactor;
import org.triage.formats.TextDecoder;
import org.triage.tests.harness.PlantedValues;
import org.triage.tests.harness.Samples;

/**
 * Redaction measured: its recall over the planted secrets (every one gone) and its precision over every real tool
 * output kept in the test resources of all bundles, which hold no secret, and the facts about secrets planted beside
 * them ({@code AzureAdPrt : NO} is no token), and whole diagnosed sessions of the real samples and the demo, with
 * what probes and rules wrote about them. Prints {@code redaction recall … precision …}.
 */
class RedactionPrecisionRecallTest {

    /** Files in the resources that are no tool output: documentation, schemas, generated key stores. */
    private static boolean toolOutput(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !(name.endsWith(".md") || name.startsWith(".") || name.endsWith(".schema.json") || name.endsWith(".p12")
                || name.endsWith(".sh"));
    }

    static List<Path> realOutputs() throws IOException {
        Path bundles = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(bundles)) {
            for (Path bundle : all.sorted().toList()) {
                Path resources = bundle.resolve("resources");
                if (Files.isDirectory(resources)) {
                    try (Stream<Path> walk = Files.walk(resources)) {
                        walk.filter(Files::isRegularFile).filter(RedactionPrecisionRecallTest::toolOutput).sorted()
                                .forEach(files::add);
                    }
                }
            }
        }
        return files;
    }

    @Test
    void everyPlantedSecretIsRedactedAndNothingElse() throws Exception {
        int planted = 0;
        int hidden = 0;
        List<String> missed = new ArrayList<>();
        for (PlantedValues.Planted secret : PlantedValues.secrets()) {
            String redacted = new Redactor().redact(secret.line());
            planted++;
            List<String> left = secret.values().stream().filter(redacted::contains).toList();
            if (left.isEmpty()) {
                hidden++;
            } else {
                missed.add(secret.kind() + ": " + redacted);
            }
        }

        int falsePositives = 0;
        List<String> wronglyRedacted = new ArrayList<>();
        List<Path> outputs = realOutputs();
        assertTrue(outputs.size() >= 40, "the real outputs of the test resources: " + outputs);
        for (Path file : outputs) {
            String text = TextDecoder.decode(Files.readAllBytes(file)).text();
            Redactor redactor = new Redactor();
            String redacted = redactor.redact(text);
            if (redactor.total() > 0) {
                falsePositives += redactor.total();
                wronglyRedacted.add(file.getParent().getFileName() + "/" + file.getFileName() + ": " + redactor.counts()
                        + " " + firstChangedLine(text, redacted));
            }
        }
        // whole sessions of the real samples and the demo: what probes, rules and fixes wrote about the outputs too
        List<String> sessions = List.of("snapshot:" + Samples.snapshot(Samples.CONTOSO),
                "snapshot:" + Samples.snapshot(Samples.FABRIKAM), "demo", "demo:device-disabled",
                "demo:healthy-split-tunnel", "demo:vpn-stale-dns", "demo:long-vpn-session");
        for (String spec : sessions) {
            Redactor redactor = new Redactor();
            redactor.redact(EcoreUtil.copy(Exports.playbook(spec)));
            if (redactor.total() > 0) {
                falsePositives += redactor.total();
                wronglyRedacted.add("session of " + spec + ": " + redactor.counts());
            }
        }
        for (String fact : PlantedValues.facts()) {
            Redactor redactor = new Redactor();
            if (!redactor.redact(fact).equals(fact)) {
                falsePositives += Math.max(1, redactor.total());
                wronglyRedacted.add("fact '" + fact + "' became '" + redactor.redact(fact) + "'");
            }
        }
        double recall = (double) hidden / planted;
        double precision = (double) hidden / (hidden + falsePositives);
        System.out.printf(Locale.ROOT, "redaction recall %.3f (%d/%d) precision %.3f (%d/%d) over %d real outputs, "
                + "%d diagnosed sessions and %d facts%n", recall, hidden, planted, precision, hidden,
                hidden + falsePositives, outputs.size(), sessions.size(), PlantedValues.facts().size());

        assertEquals(List.of(), missed, "secrets left in place");
        assertEquals(List.of(), wronglyRedacted, "what is no secret was redacted");
    }

    @Test
    void aYesOrNoAboutATokenIsNoToken() {
        Redactor redactor = new Redactor();
        String dsregcmd = "             AzureAdPrt : NO\r\n       AzureAdPrtAuthority : \r\n             EnterprisePrt : YES\r\n"
                + "    AzureAdPrtUpdateTime : 2026-11-25 08:00:00.000 UTC\r\n";
        assertEquals(dsregcmd, redactor.redact(dsregcmd));
        assertEquals(0, redactor.total());
        assertFalse(new Redactor().redact("prt=0.AXoAnBcgL3m8G0qkqv1n7Q9sKJ3xZpVbW2nR8tYq4uE6oA1cD5fG7hJ9kL0mN2pQ3rS4")
                .contains("0.AXoA"));
    }

    @Test
    void aFactNamedAfterAKeyOrPasswordLabelOfAnyLanguageIsSecret() {
        for (String name : List.of("Key Content", "Schlüsselinhalt", "Contenu de la clé", "Contenido de la clave",
                "Содержимое ключа", "主要なコンテンツ", "关键内容", "키 콘텐츠", "mot de passe", "Passwort", "senha",
                "Key Content . . . .")) {
            assertTrue(Redactor.secretName(name), name);
        }
        for (String name : List.of("AzureAdPrt", "EnterprisePrt", "AzureAdPrtUpdateTime", "Security key",
                "Passwort läuft ab", "PasswordChangedAt", "Key Management")) {
            assertFalse(Redactor.secretName(name), name);
        }
    }

    private static String firstChangedLine(String before, String after) {
        String[] a = before.split("\r?\n");
        String[] b = after.split("\r?\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "'" + a[i].strip() + "' became '" + b[i].strip() + "'";
            }
        }
        return "";
    }
}
