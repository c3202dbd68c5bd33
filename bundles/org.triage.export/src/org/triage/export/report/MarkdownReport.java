package org.triage.export.report;

import java.util.Objects;
import java.util.stream.Collectors;

import org.triage.core.session.VisibleText;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Observation;
import org.triage.model.Session;
import org.triage.core.symptom.SymptomRegistry;
import org.triage.model.Symptom;
import org.triage.model.TargetDescription;

/**
 * {@code report.md}: a few lines to paste into a ticket (ServiceNow, Jira, an e-mail to Microsoft support):
 * target, symptom, outcome, findings and what each fix did. Values are escaped so that nothing in them
 * becomes markup.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(Session session, ReportContext context) {
        StringBuilder md = new StringBuilder(4096);
        TargetDescription target = session.getTarget();
        Symptom symptom = session.getSymptom();
        md.append("## Triage session ").append(escape(session.getId())).append(": ")
                .append(escape(session.getOutcome().getLiteral())).append("\n\n");
        if (target != null) {
            md.append("- **Target:** ").append(escape(target.getKind())).append(' ')
                    .append(escape(Objects.toString(target.getHostname(), "(no host name)")))
                    .append(target.getOs() == null ? "" : " (" + escape(target.getOs()) + ")")
                    .append(target.getUser() == null ? "" : ", user " + escape(target.getUser())).append('\n');
        }
        if (symptom != null && symptom.getCode() != null) {
            md.append("- **Symptom:** ").append(escape(symptom.getCode()))
                    .append(symptom.getApplication() == null ? "" : " in " + escape(symptom.getApplication()))
                    .append(symptom.getPasswordChangedAt() == null ? ""
                            : ", password changed " + ReportContext.time(symptom.getPasswordChangedAt()))
                    .append('\n');
            SymptomRegistry.read().byCode(symptom.getCode()).ifPresent(known -> md.append("- **Meaning:** ")
                    .append(escape(known.app() + ": \"" + known.message() + "\" — " + known.meaning()))
                    .append(" Points to ").append(known.causes().stream().map(cause -> "`" + code(cause) + "`")
                            .collect(Collectors.joining(", ")))
                    .append('.').append(known.distinguish() == null ? "" : " " + escape(known.distinguish()))
                    .append(" Source: ").append(escape(known.source())).append('\n'));
        }
        md.append("- **Started:** ").append(ReportContext.time(session.getCreatedAt())).append('\n');
        md.append("- **Outcome:** ").append(escape(session.getOutcome().getLiteral()))
                .append(session.getOutcomeSummary() == null ? "" : ": " + escape(session.getOutcomeSummary()))
                .append("\n\n");

        md.append("### Findings\n\n");
        if (session.getFindings().isEmpty()) {
            md.append("None.\n");
        }
        for (Finding finding : session.getFindings()) {
            md.append("- **").append(escape(finding.getSeverity().getLiteral())).append("** `")
                    .append(code(finding.getCauseId())).append("`: ").append(escape(finding.getSummary()))
                    .append(" (evidence: ").append(finding.getEvidence().stream().map(Observation::getProbeId)
                            .distinct().map(MarkdownReport::escape).collect(Collectors.joining(", ")))
                    .append(")\n");
        }

        md.append("\n### Fixes\n\n");
        if (session.getFixAttempts().isEmpty()) {
            md.append("None called for.\n");
        }
        int number = 0;
        for (FixAttempt attempt : session.getFixAttempts()) {
            md.append(++number).append(". `").append(code(attempt.getFixId())).append("` ")
                    .append(escape(attempt.getFixName())).append(": **").append(attempt.getOutcome().getLiteral())
                    .append("**");
            if (attempt.getOutcome() != FixOutcome.PLANNED) {
                md.append(", verification ").append(attempt.getVerificationResult().getLiteral());
            }
            if (attempt.getOutcomeMessage() != null) {
                md.append(" — ").append(escape(attempt.getOutcomeMessage()));
            }
            md.append('\n');
        }

        md.append("\nRedacted: ").append(context.redactionSummary()).append(". ")
                .append(context.pseudonymized() ? "User, host and tenant names, addresses and ids are pseudonyms. "
                        : "")
                .append("Details and raw evidence: report.html; the whole session: session.xmi (Triage Console, "
                        + "File > Open Export...).\n");
        return md.toString();
    }

    /** Inside backticks only a backtick can end the span. */
    private static String code(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String picture = VisibleText.picture(text, i);
            char c = text.charAt(i);
            out.append(picture != null ? picture : c == '`' ? "'" : c == '\r' || c == '\n' ? " " : String.valueOf(c));
        }
        return out.toString();
    }

    /** Characters that Markdown or the HTML it may turn into would read as markup. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|#{}".indexOf(c) >= 0) {
                out.append('\\');
            }
            String picture = VisibleText.picture(text, i);
            out.append(picture != null ? picture : c == '\r' || c == '\n' ? " " : String.valueOf(c));
        }
        return out.toString();
    }
}
