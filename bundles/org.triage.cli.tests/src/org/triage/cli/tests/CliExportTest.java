package org.triage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.cli.TriageCli;
import org.triage.export.ExportArchive;
import org.triage.model.Session;

import com.google.gson.JsonParser;

/** {@code triage export}, {@code --export} on diagnose and playbook, and {@code --target export:FILE.zip}. */
class CliExportTest {

    @TempDir
    Path folder;

    @Test
    void exportWritesASavedSessionAsOneFile() throws Exception {
        Path saved = folder.resolve("session.xmi");
        assertEquals(TriageCli.DONE, Cli.run("playbook", "--target", "demo", "--yes", "--save", saved.toString()).exit());
        Path zip = folder.resolve("ticket.zip");

        Cli.Result result = Cli.run("export", "--session", saved.toString(), "--out", zip.toString());

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(result.out().startsWith("Exported to " + zip + ": "), result.out());
        assertTrue(result.out().contains("nothing needed redacting"), result.out());
        assertEquals("", result.err());
        ExportArchive archive = ExportArchive.read(zip);
        assertTrue(archive.intact());
        assertEquals("resolved", archive.session().getOutcome().getLiteral());
        assertFalse(Files.exists(folder.resolve("ticket.zip.map.json")), "no map without --pseudonymize");
    }

    @Test
    void pseudonymizeWritesTheMapBesideTheExportOrWhereAsked() throws Exception {
        Path saved = folder.resolve("session.xmi");
        Cli.run("diagnose", "--target", "demo", "--save", saved.toString());

        Cli.Result beside = Cli.run("export", "--session", saved.toString(), "--out", folder.resolve("a.zip").toString(),
                "--pseudonymize");
        assertEquals(TriageCli.DONE, beside.exit(), beside::toString);
        Path map = folder.resolve("a.zip.map.json");
        assertTrue(beside.out().contains("the map from pseudonyms to real values is in " + map), beside.out());
        assertTrue(Files.readString(map).contains("CONTOSO-LT-042"));
        Session exported = ExportArchive.read(folder.resolve("a.zip")).session();
        assertEquals("HOST-1", exported.getTarget().getHostname());

        Path chosen = folder.resolve("keys").resolve("ticket.map");
        Cli.Result elsewhere = Cli.run("export", "--session", saved.toString(), "--out",
                folder.resolve("b.zip").toString(), "--pseudonymize", "--map", chosen.toString());
        assertEquals(TriageCli.DONE, elsewhere.exit(), elsewhere::toString);
        assertTrue(Files.isRegularFile(chosen));
        assertFalse(Files.exists(folder.resolve("b.zip.map.json")));
    }

    @Test
    void diagnoseAndPlaybookExportTooAndKeepJsonOnStdout() throws Exception {
        Path diagnosed = folder.resolve("diagnosed.zip");
        Cli.Result json = Cli.run("diagnose", "--target", "demo", "--json", "--export", diagnosed.toString(),
                "--pseudonymize");
        assertEquals(TriageCli.DONE, json.exit(), json::toString);
        assertEquals("triage-report/1", JsonParser.parseString(json.out()).getAsJsonObject().get("format").getAsString());
        assertTrue(json.err().startsWith("Exported to " + diagnosed), "the export's message goes to stderr with --json");
        assertEquals("open", ExportArchive.read(diagnosed).session().getOutcome().getLiteral());

        Path played = folder.resolve("played.zip");
        Cli.Result playbook = Cli.run("playbook", "--target", "demo", "--yes", "--export", played.toString());
        assertEquals(TriageCli.DONE, playbook.exit(), playbook::toString);
        assertTrue(playbook.out().contains("Session outcome: resolved"));
        assertTrue(playbook.out().contains("Exported to " + played));
        assertEquals("applied", ExportArchive.read(played).session().getFixAttempts().get(0).getOutcome().getLiteral());
    }

    @Test
    void anExportIsReDiagnosedOfflineAsATarget() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        Cli.run("diagnose", "--target", "demo", "--export", zip.toString(), "--pseudonymize");

        Cli.Result result = Cli.run("diagnose", "--target", "export:" + zip);

        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(result.out().matches("(?s)Target   export HOST-1 \\(Microsoft Windows 11 Enterprise 10\\.0\\.22631\\), "
                + "user user-\\d@domain-1\\.example, read only\n.*"), result.out());
        assertTrue(result.out().contains("stale-cached-credentials"), result.out());
        assertTrue(result.out().contains("[instructions for the user]"), "an export only observes:\n" + result.out());
        assertTrue(result.err().contains("triage: warning: the export is pseudonymised"), result.err());
    }

    @Test
    void aTamperedExportIsReportedOnStderr() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        Cli.run("diagnose", "--target", "demo", "--export", zip.toString());
        Path tampered = folder.resolve("tampered.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("report.md") ? "edited".getBytes() : bytes);
                out.closeEntry();
            }
        }
        Cli.Result result = Cli.run("diagnose", "--target", "export:" + tampered);
        assertEquals(TriageCli.DONE, result.exit(), result::toString);
        assertTrue(result.err().contains("triage: warning: export integrity: report.md: changed after the export was "
                + "written"), result.err());
    }

    @Test
    void badInputGetsAClearErrorAndTheRightExitCode() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        Cli.Result missing = Cli.run("export", "--session", folder.resolve("none.xmi").toString(), "--out",
                zip.toString());
        assertEquals(TriageCli.TARGET_UNREADABLE, missing.exit(), missing::toString);
        assertTrue(missing.err().startsWith("triage: cannot read the session: "), missing.err());
        assertFalse(Files.exists(zip));

        assertEquals(TriageCli.USAGE, Cli.run("export", "--out", zip.toString()).exit());
        assertEquals(TriageCli.USAGE, Cli.run("export", "--session", "s.xmi").exit());
        Cli.Result lonely = Cli.run("diagnose", "--target", "demo", "--pseudonymize");
        assertEquals(TriageCli.USAGE, lonely.exit());
        assertTrue(lonely.err().startsWith("triage: --pseudonymize and --map go with --export FILE.zip"), lonely.err());
        Cli.Result map = Cli.run("export", "--session", "s.xmi", "--out", zip.toString(), "--map", "m.json");
        assertEquals(TriageCli.USAGE, map.exit());
        assertTrue(map.err().startsWith("triage: --map FILE goes with --pseudonymize"), map.err());

        Path notAnExport = Files.writeString(folder.resolve("broken.zip"), "PK but not really");
        Cli.Result broken = Cli.run("diagnose", "--target", "export:" + notAnExport);
        assertEquals(TriageCli.TARGET_UNREADABLE, broken.exit(), broken::toString);
        assertTrue(broken.err().contains("not a readable zip"), broken.err());
    }

    @Test
    void theUsageNamesTheExportVerbAndTarget() {
        String usage = Cli.run("--help").out();
        assertTrue(usage.contains("  export   --session FILE.xmi --out FILE.zip [--pseudonymize] [--map FILE]"), usage);
        assertTrue(usage.contains("export:FILE.zip"), usage);
    }
}
