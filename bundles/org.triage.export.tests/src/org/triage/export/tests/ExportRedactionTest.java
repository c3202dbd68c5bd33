package org.triage.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.Playbook;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.probe.ObservationBuilder;
import org.triage.core.probe.Probe;
import org.triage.core.session.Facts;
import org.triage.core.session.Sessions;
import org.triage.core.target.Evidence;
import org.triage.core.target.Target;
import org.triage.export.ExportLayout;
import org.triage.export.ExportManifest;
import org.triage.export.ExportResult;
import org.triage.export.redaction.SecretKind;
import org.triage.export.tests.fixes.LeakyVendorFix;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogLevel;
import org.triage.model.Observation;
import org.triage.model.Session;
import org.triage.model.Severity;
import org.triage.model.TriageFactory;
import org.triage.tests.harness.Diagnoses;

/**
 * A third party's fix and probe that write a JWT, a password, a refresh token, a cookie and a client secret into
 * their facts, logs, previews, commands and raw evidence, and the tool's own log that repeats them: the export
 * holds none of them, in any entry, in any encoding, and says what it removed.
 */
class ExportRedactionTest {

    private static Session session;

    @TempDir
    Path folder;

    /** A probe as careless as the fix: its facts and raw output carry secrets. */
    private static final class LeakyProbe implements Probe {
        @Override
        public String id() {
            return "vendor.agent-state";
        }

        @Override
        public String view() {
            return "vpn";
        }

        @Override
        public Observation run(Target target, IProgressMonitor monitor) {
            return new ObservationBuilder(this).summary("agent signed in with client_secret=" + Secrets.CLIENT_SECRET)
                    .fact(Facts.text("ClientSecret", Secrets.CLIENT_SECRET))
                    .fact(Facts.text("AgentUser", "alex@contoso.com"))
                    .fact(Facts.record("Enrolment", List.of(Facts.text("refresh_token", Secrets.REFRESH_TOKEN),
                            Facts.text("Server", "vpn.contoso.com"))))
                    .fact(Facts.texts("Headers", List.of("Authorization: Bearer " + Secrets.JWT,
                            "x-api-key: " + Secrets.API_KEY)))
                    .evidence(Evidence.ofCommand("vendorctl status --verbose", 0, "UTF-8", """
                            HTTP/1.1 302 Found\r
                            Set-Cookie: ESTSAUTHPERSISTENT=%s; domain=.login.microsoftonline.com; secure; HttpOnly\r
                            Location: https://app.contoso.com/#id_token=%s&state=12\r
                            agent.conf: {"user":"alex","password":"%s","api_key":"%s"}\r
                            """.formatted(Secrets.COOKIE, Secrets.JWT, Secrets.PASSWORD, Secrets.API_KEY)))
                    .build();
        }
    }

    @BeforeAll
    static void runTheLeakyFixAndProbe() throws Exception {
        try (Target target = Diagnoses.open("demo")) {
            session = Diagnoses.diagnose(target);
            DiagnosisEngine engine = DiagnosisEngine.standard();
            engine.runProbes(session, target, List.of(new LeakyProbe()), new NullProgressMonitor());
            Finding finding = TriageFactory.eINSTANCE.createFinding();
            finding.setId(Sessions.newId("finding"));
            finding.setCauseId(LeakyVendorFix.CAUSE);
            finding.setSeverity(Severity.WARNING);
            finding.setSummary("the vendor agent lost its enrolment");
            session.getFindings().add(finding);
            FixRegistry fixes = FixRegistry.read();
            Playbook.plan(session, target, fixes, new NullProgressMonitor());
            FixAttempt vendor = session.getFixAttempts().stream()
                    .filter(a -> a.getFixId().equals("vendor.leaky-vpn-agent")).findFirst().orElseThrow();
            new PlaybookRunner(engine, fixes, target, session).runStep(vendor, (attempt, preview) -> true,
                    new NullProgressMonitor());
            assertEquals(FixOutcome.APPLIED, vendor.getOutcome(), vendor.getOutcomeMessage());
            // the tool's own log repeats what a contribution told it
            Sessions.log(session, LogLevel.ERROR, "vendor.leaky-vpn-agent",
                    "token request failed: access_token=" + Secrets.JWT + " password=" + Secrets.PASSWORD);
        }
        String everything = new String(org.triage.model.io.SessionFiles.toBytes(session), StandardCharsets.UTF_8);
        for (String secret : Secrets.all()) {
            assertTrue(everything.contains(secret), "test precondition: the session holds " + secret);
        }
    }

    @Test
    void noSecretIsInAnyEntryInAnyEncoding() throws Exception {
        for (boolean pseudonymize : new boolean[] { false, true }) {
            Path zip = folder.resolve("ticket-" + pseudonymize + ".zip");
            Exports.export(session, zip, pseudonymize);
            List<String> leaks = new ArrayList<>();
            for (String secret : Secrets.all()) {
                Exports.occurrences(zip, secret).forEach(where -> leaks.add(secret + " in " + where));
            }
            assertEquals(List.of(), leaks);
        }
    }

    @Test
    void theManifestCountsWhatWasRedactedByKindAndHoldsNoValue() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        ExportResult result = Exports.export(session, zip, false);
        ExportManifest manifest = ExportManifest.parse(Exports.entries(zip).get(ExportLayout.MANIFEST));

        for (SecretKind kind : List.of(SecretKind.JWT, SecretKind.PASSWORD, SecretKind.REFRESH_TOKEN,
                SecretKind.COOKIE, SecretKind.SECRET_FACT, SecretKind.AUTHORIZATION_HEADER, SecretKind.API_KEY)) {
            assertTrue(manifest.redactions().getOrDefault(kind.label(), 0) > 0, kind + " in " + manifest.redactions());
        }
        assertEquals(result.redactionTotal(), manifest.redactionTotal());
        String json = Exports.text(zip, ExportLayout.MANIFEST);
        for (String secret : Secrets.all()) {
            assertTrue(!json.contains(secret), "the manifest names kinds, never values");
        }
    }

    @Test
    void whatWasRedactedStillShowsWhereItWas() throws Exception {
        Path zip = folder.resolve("ticket.zip");
        Exports.export(session, zip, false);
        String xmi = Exports.text(zip, ExportLayout.SESSION);
        assertTrue(xmi.contains("Authorization: Bearer [REDACTED:authorization-header]"), "the vendor's log line");
        assertTrue(xmi.contains("/pass:[REDACTED:password]"), "the command the fix had the target run");
        assertTrue(xmi.contains("name=\"ClientSecret\" value=\"[REDACTED:secret-fact]\""), "the probe's secret fact");
        assertTrue(xmi.contains("name=\"AgentUser\" value=\"alex@contoso.com\""),
                "not a secret: only pseudonymisation replaces it");
        String markdown = Exports.text(zip, ExportLayout.REPORT_MARKDOWN);
        assertTrue(markdown.contains("Redacted: ") && markdown.contains("jwt "), markdown);
        String html = Exports.text(zip, ExportLayout.REPORT_HTML);
        assertTrue(html.contains("vendorctl enrol --password [REDACTED:password] --token=[REDACTED:jwt]"),
                () -> "the preview: " + html.lines().filter(line -> line.contains("vendorctl")).toList());
    }
}
