package org.triage.export.report;

import java.util.Objects;
import java.util.stream.Collectors;

import org.triage.core.session.VisibleText;
import org.triage.core.session.Timeline;
import org.triage.core.session.Verdict;
import org.triage.model.Change;
import org.triage.model.Fact;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.ListFact;
import org.triage.model.LogEntry;
import org.triage.model.Note;
import org.triage.model.Observation;
import org.triage.model.Precondition;
import org.triage.model.RawEvidence;
import org.triage.model.RecordFact;
import org.triage.model.Session;
import org.triage.model.Symptom;
import org.triage.model.TargetDescription;
import org.triage.core.session.Facts;

/**
 * {@code report.html}: the session for a reader who has only a browser. One self-contained page: the style is
 * inline, there are no scripts, images, fonts or links to anything outside it; raw evidence is collapsed in
 * {@code <details>}. Every text from the session is escaped.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:72em;\
            color:#1b1f24;padding:0 1em}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:1px solid #d0d7de;\
            padding-bottom:.2em;margin-top:2em}h3{font-size:1.05em;margin:1.2em 0 .4em}
            table{border-collapse:collapse;margin:.4em 0 1em;width:100%}th,td{border:1px solid #d0d7de;\
            padding:.25em .5em;text-align:left;vertical-align:top}th{background:#f6f8fa;width:14em}
            table.list th{width:auto}code,pre{font:12.5px/1.4 ui-monospace,Consolas,monospace}
            pre{background:#f6f8fa;border:1px solid #d0d7de;padding:.6em;overflow:auto;white-space:pre-wrap;\
            word-break:break-all}
            details{margin:.3em 0}summary{cursor:pointer}
            .badge{display:inline-block;border-radius:.8em;padding:0 .6em;font-size:.85em;font-weight:600;\
            border:1px solid #d0d7de}
            .error,.failed{background:#ffebe9;color:#82071e}.warning{background:#fff8c5;color:#7d4e00}
            .ok,.passed,.resolved,.applied{background:#dafbe1;color:#116329}
            .info,.skipped,.planned,.not-run,.open,.instructed,.declined,.cancelled,.unresolved,.escalated\
            {background:#f6f8fa;color:#57606a}
            .muted{color:#57606a}.facts{margin:0;padding-left:1.2em}
            """;

    private final Session session;
    private final ReportContext context;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private HtmlReport(Session session, ReportContext context) {
        this.session = session;
        this.context = context;
    }

    public static String render(Session session, ReportContext context) {
        return new HtmlReport(session, context).render();
    }

    private String render() {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        html.append("<title>").append(escape("Triage session " + session.getId())).append("</title>\n");
        html.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        summary();
        verdict();
        findings();
        fixAttempts();
        timeline();
        observations();
        notes();
        html.append("<p class=\"muted\">Written by Triage Console ").append(escape(context.productVersion()))
                .append(" at ").append(escape(context.exportedAt().toString()))
                .append(". Open the export in Triage Console (File &gt; Open Export...) to review the session.</p>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void summary() {
        TargetDescription target = session.getTarget();
        Symptom symptom = session.getSymptom();
        html.append("<h1>Triage session ").append(escape(session.getId())).append("</h1>\n");
        html.append("<p>").append(badge(session.getOutcome().getLiteral())).append(' ')
                .append(escape(Objects.toString(session.getOutcomeSummary(), ""))).append("</p>\n");
        html.append("<table>\n");
        if (target != null) {
            row("Target", target.getKind() + " " + Objects.toString(target.getHostname(), "(no host name)")
                    + (target.isReadOnly() ? " (read only)" : ""));
            row("Operating system", target.getOs());
            row("User", target.getUser());
            row("Location", target.getLocation());
            row("Collected", ReportContext.time(target.getCollectedAt()));
        }
        if (symptom != null) {
            row("Symptom", joinNonEmpty(symptom.getCode(), symptom.getApplication() == null ? null
                    : "in " + symptom.getApplication()));
            row("Description", symptom.getDescription());
            row("Reported", ReportContext.time(symptom.getReportedAt()));
            row("Password changed", ReportContext.time(symptom.getPasswordChangedAt()));
        }
        row("Started", ReportContext.time(session.getCreatedAt()));
        row("Closed", ReportContext.time(session.getClosedAt()));
        row("Operator", session.getOperator());
        row("Findings", Integer.toString(session.getFindings().size()));
        row("Fix attempts", Integer.toString(session.getFixAttempts().size()));
        row("Observations", Integer.toString(session.getObservations().size()));
        row("Recorded by", "Triage Console " + Objects.toString(session.getProductVersion(), "(unknown version)"));
        row("Redacted", context.redactionSummary() + "; passwords, tokens and other secrets are never exported");
        row("Pseudonymised", context.pseudonymized()
                ? "yes: user, host and tenant names, addresses and ids are replaced; the map stays with the admin "
                        + "who exported"
                : "no");
        html.append("</table>\n");
    }

    /** The verdict as the Session view shows it on top: what is wrong, which step fixes what, what to do now. */
    private void verdict() {
        html.append("<h2 id=\"verdict\">Verdict</h2>\n<pre class=\"verdict\">")
                .append(escape(Verdict.of(session).toText().strip())).append("</pre>\n");
    }

    private void findings() {
        html.append("<h2 id=\"findings\">Findings</h2>\n");
        if (session.getFindings().isEmpty()) {
            html.append("<p>None: no rule found a cause.</p>\n");
            return;
        }
        for (Finding finding : session.getFindings()) {
            html.append("<h3>").append(badge(finding.getSeverity().getLiteral())).append(" <code>")
                    .append(escape(finding.getCauseId())).append("</code></h3>\n");
            html.append("<p>").append(escape(finding.getSummary())).append("</p>\n");
            html.append("<p class=\"muted\">Rule ").append(escape(finding.getRuleId())).append(". Evidence:</p>\n");
            html.append("<ul>\n");
            for (Observation evidence : finding.getEvidence()) {
                html.append("<li><a href=\"#").append(escape(evidence.getId())).append("\"><code>")
                        .append(escape(evidence.getProbeId())).append("</code></a> ")
                        .append(badge(evidence.getStatus().getLiteral())).append(' ')
                        .append(escape(evidence.getSummary())).append(keyFacts(evidence)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
    }

    /** The facts of an observation that are single values, in one line, for a finding's evidence. */
    private static String keyFacts(Observation observation) {
        String facts = observation.getFacts().stream()
                .filter(fact -> !(fact instanceof ListFact) && !(fact instanceof RecordFact))
                .limit(8).map(fact -> escape(fact.getName()) + "=" + escape(Facts.asText(fact)))
                .collect(Collectors.joining(", "));
        return facts.isEmpty() ? "" : "<br><span class=\"muted\">" + facts + "</span>";
    }

    private void fixAttempts() {
        html.append("<h2 id=\"playbook\">Playbook</h2>\n");
        if (session.getFixAttempts().isEmpty()) {
            html.append("<p>No fix was called for.</p>\n");
            return;
        }
        int number = 0;
        for (FixAttempt attempt : session.getFixAttempts()) {
            number++;
            html.append("<h3 id=\"").append(escape(attempt.getId())).append("\">").append(number).append(". ")
                    .append(escape(attempt.getFixName())).append(" <code>").append(escape(attempt.getFixId()))
                    .append("</code> ").append(badge(attempt.getOutcome().getLiteral()));
            if (attempt.getOutcome() != FixOutcome.PLANNED) {
                html.append(" verification ").append(badge(attempt.getVerificationResult().getLiteral()));
            }
            html.append("</h3>\n<table>\n");
            row("Outcome", attempt.getOutcomeMessage());
            row("Addresses", String.join(", ", attempt.getAddressedCauses()));
            row("Contributed by", attempt.getContributor() + " " + Objects.toString(attempt.getContributorVersion(), ""));
            row("Could run here", attempt.isAutomatable() ? "yes" : "no: handed to the user as instructions");
            row("Started", ReportContext.time(attempt.getStartedAt()));
            row("Finished", ReportContext.time(attempt.getFinishedAt()));
            if (!attempt.getRemainingCauses().isEmpty()) {
                row("Still found after it", String.join(", ", attempt.getRemainingCauses()));
            }
            html.append("</table>\n");
            if (!attempt.getPreconditions().isEmpty()) {
                html.append("<p><strong>Preconditions</strong></p>\n<ul>\n");
                for (Precondition precondition : attempt.getPreconditions()) {
                    html.append("<li>").append(badge(precondition.isSatisfied() ? "ok" : "failed")).append(' ')
                            .append(escape(precondition.getDescription()))
                            .append(precondition.getDetail() == null ? "" : " — " + escape(precondition.getDetail()))
                            .append("</li>\n");
                }
                html.append("</ul>\n");
            }
            changes("Preview: what it said it would change", attempt.getPlannedChanges(), false);
            changes("What the target reports it changed", attempt.getChanges(), true);
            if (!attempt.getVerification().isEmpty()) {
                html.append("<p><strong>Verification</strong> ")
                        .append(badge(attempt.getVerificationResult().getLiteral())).append("</p>\n<ul>\n");
                for (Observation observation : attempt.getVerification()) {
                    html.append("<li><a href=\"#").append(escape(observation.getId())).append("\"><code>")
                            .append(escape(observation.getProbeId())).append("</code></a> ")
                            .append(badge(observation.getStatus().getLiteral())).append(' ')
                            .append(escape(observation.getSummary())).append("</li>\n");
                }
                html.append("</ul>\n");
            }
            log("Log", attempt.getLog());
        }
    }

    private void changes(String title, java.util.List<Change> changes, boolean results) {
        if (changes.isEmpty()) {
            return;
        }
        html.append("<p><strong>").append(escape(title)).append("</strong></p>\n<table class=\"list\">\n<tr>");
        html.append(results ? "<th>Result</th>" : "").append("<th>Change</th><th>Command</th><th>Destructive</th>");
        html.append(results ? "<th>Output</th>" : "").append("</tr>\n");
        for (Change change : changes) {
            html.append("<tr>");
            if (results) {
                html.append("<td>").append(badge(change.isSucceeded() ? "ok" : "failed")).append("</td>");
            }
            html.append("<td>").append(escape(change.getDescription())).append("</td><td><code>")
                    .append(escape(change.getCommand())).append("</code></td><td>")
                    .append(change.isDestructive() ? "yes" : "no").append("</td>");
            if (results) {
                html.append("<td><pre>").append(escape(change.getResult())).append("</pre></td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private void timeline() {
        html.append("<h2 id=\"timeline\">Timeline</h2>\n<table class=\"list\">\n");
        html.append("<tr><th>Time (UTC)</th><th>Kind</th><th>Status</th><th>What</th></tr>\n");
        for (Timeline.Entry entry : Timeline.entries(session)) {
            html.append("<tr><td>").append(escape(ReportContext.time(entry.time()))).append("</td><td>")
                    .append(escape(entry.kind())).append("</td><td>")
                    .append(entry.status().isEmpty() ? "" : badge(entry.status())).append("</td><td>")
                    .append(escape(entry.what())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void observations() {
        html.append("<h2 id=\"observations\">Observations and raw evidence</h2>\n");
        for (Observation observation : session.getObservations()) {
            html.append("<h3 id=\"").append(escape(observation.getId())).append("\"><code>")
                    .append(escape(observation.getProbeId())).append("</code> ")
                    .append(badge(observation.getStatus().getLiteral())).append(" <span class=\"muted\">")
                    .append(escape(observation.getView())).append(", ")
                    .append(escape(ReportContext.time(observation.getFinishedAt()))).append("</span></h3>\n");
            html.append("<p>").append(escape(observation.getSummary())).append("</p>\n");
            if (!observation.getFacts().isEmpty()) {
                html.append("<details><summary>Facts (").append(observation.getFacts().size())
                        .append(")</summary>\n<ul class=\"facts\">\n");
                observation.getFacts().forEach(this::fact);
                html.append("</ul>\n</details>\n");
            }
            for (RawEvidence evidence : observation.getEvidence()) {
                html.append("<details><summary>Raw evidence: <code>").append(escape(evidence.getSource()))
                        .append("</code>");
                String file = context.evidenceFiles().get(evidence);
                if (file != null) {
                    html.append(" — <code>").append(escape(file)).append("</code>");
                }
                html.append(" <span class=\"muted\">")
                        .append(escape(joinNonEmpty(evidence.getFileName(), evidence.getEncoding(),
                                evidence.getExitCode() == null ? null : "exit code " + evidence.getExitCode(),
                                ReportContext.time(evidence.getCapturedAt()))))
                        .append("</span></summary>\n<pre>").append(escape(evidence.getContent()))
                        .append("</pre>\n</details>\n");
            }
        }
    }

    private void fact(Fact fact) {
        String name = fact.getName() == null || fact.getName().isEmpty() ? "" : escape(fact.getName()) + ": ";
        if (fact instanceof ListFact list) {
            html.append("<li>").append(name).append(list.getItems().isEmpty() ? "(none)" : "").append("<ul class=\"facts\">\n");
            list.getItems().forEach(this::fact);
            html.append("</ul></li>\n");
        } else if (fact instanceof RecordFact record) {
            html.append("<li>").append(name).append(record.getFields().stream()
                    .map(field -> escape(field.getName()) + "=" + escape(Facts.asText(field)))
                    .collect(Collectors.joining(", "))).append("</li>\n");
        } else {
            html.append("<li>").append(name).append(escape(Facts.asText(fact))).append("</li>\n");
        }
    }

    private void notes() {
        if (!session.getNotes().isEmpty()) {
            html.append("<h2 id=\"notes\">Notes</h2>\n<ul>\n");
            for (Note note : session.getNotes()) {
                html.append("<li><span class=\"muted\">").append(escape(ReportContext.time(note.getCreatedAt())))
                        .append(' ').append(escape(note.getAuthor())).append("</span> ")
                        .append(escape(note.getText())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        log("Tool log", session.getLog());
    }

    private void log(String title, java.util.List<LogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        html.append("<details><summary>").append(escape(title)).append(" (").append(entries.size())
                .append(")</summary>\n<table class=\"list\">\n");
        for (LogEntry entry : entries) {
            html.append("<tr><td>").append(escape(ReportContext.time(entry.getTime()))).append("</td><td>")
                    .append(badge(entry.getLevel().getLiteral())).append("</td><td>").append(escape(entry.getSource()))
                    .append("</td><td>").append(escape(entry.getMessage())).append("</td></tr>\n");
        }
        html.append("</table>\n</details>\n");
    }

    private void row(String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        html.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    private static String badge(String literal) {
        String css = literal == null ? "" : literal.replaceAll("[^a-z-]", "");
        return "<span class=\"badge " + css + "\">" + escape(literal) + "</span>";
    }

    private static String joinNonEmpty(String... parts) {
        return java.util.Arrays.stream(parts).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }

    /** Text as HTML character data or attribute value: nothing in it can open a tag, an entity or end a quote. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> {
                    // CRLF from Windows tools: one line break is enough in HTML
                }
                default -> {
                    String picture = VisibleText.picture(text, i);
                    out.append(picture == null ? String.valueOf(c) : picture);
                }
            }
        }
        return out.toString();
    }
}
