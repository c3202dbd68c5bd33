package org.triage.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the output of {@code dsregcmd /status}.
 *
 * <p>The tool prints sections boxed like {@code | Device State |} between {@code +----+}
 * borders, each followed by {@code name : value} lines with names right-aligned to column 26.
 * Copies pasted into tickets often lose the indentation; both forms are read.
 */
public final class DsregcmdFormat {

    /** Printed after the last section by Windows 10 21H2 and later. */
    public static final String MORE_INFORMATION_LINE =
            "For more information, please visit https://www.microsoft.com/aadjerrors";

    private static final int NAME_WIDTH = 26;
    private static final int BOX_INNER_WIDTH = 70;

    private static final Pattern BORDER = Pattern.compile("^\\s*\\+-{10,}\\+\\s*$");
    private static final Pattern TITLE = Pattern.compile("^\\s*\\|\\s*(.*?)\\s*\\|\\s*$");
    /** {@code AadRecoveryEnabled: NO} is printed without the space before the colon. */
    private static final Pattern TIGHT_FIELD = Pattern.compile("^\\s+([A-Za-z][A-Za-z0-9 ._()-]*?):(?:\\s+(.*))?$");

    private static final Set<String> KNOWN_FIELDS = Set.of(
            "AzureAdJoined", "EnterpriseJoined", "DomainJoined", "WorkplaceJoined", "DeviceId",
            "TenantId", "TenantName", "AzureAdPrt", "NgcSet", "DeviceAuthStatus", "KeySignTest",
            "AzureAdPrtAuthority", "EnterprisePrt", "WamDefaultSet");

    private DsregcmdFormat() {
    }

    public static DsregStatus parse(byte[] bytes) {
        return parse(TextLines.linesOf(bytes));
    }

    public static DsregStatus parse(String text) {
        return parse(TextLines.linesOf(text));
    }

    public static DsregStatus parse(List<String> lines) {
        List<ParseProblem> problems = new ArrayList<>();
        List<UnparsedLine> unparsed = new ArrayList<>();
        if (TextLines.allBlank(lines)) {
            problems.add(new ParseProblem(1, "input is empty"));
            return new DsregStatus(List.of(), List.of(), problems, false);
        }

        List<DsregSection> sections = new ArrayList<>();
        String title = "";
        int titleLine = 0;
        List<DsregField> fields = new ArrayList<>();
        boolean sawBox = false;
        boolean sawKnownField = false;
        boolean reportedBinary = false;

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.isBlank() || BORDER.matcher(line).matches()) {
                continue;
            }
            Matcher titleMatch = TITLE.matcher(line);
            if (titleMatch.matches()) {
                if (!title.isEmpty() || !fields.isEmpty()) {
                    sections.add(new DsregSection(title, fields, titleLine));
                }
                title = titleMatch.group(1);
                titleLine = number;
                fields = new ArrayList<>();
                sawBox = true;
                continue;
            }
            DsregField field = readField(line, number);
            if (field != null) {
                fields.add(field);
                sawKnownField |= KNOWN_FIELDS.stream().anyMatch(k -> k.equalsIgnoreCase(field.name()));
                continue;
            }
            unparsed.add(new UnparsedLine(number, line));
            if (TextLines.looksBinary(line)) {
                if (!reportedBinary) {
                    problems.add(new ParseProblem(number, "control characters in the text; binary data?"));
                    reportedBinary = true;
                }
            } else if (!isKnownChatter(line)) {
                problems.add(new ParseProblem(number,
                        "not a 'name : value' line or section box, kept as is: " + TextLines.excerpt(line)));
            }
        }
        if (!title.isEmpty() || !fields.isEmpty()) {
            sections.add(new DsregSection(title, fields, titleLine));
        }

        boolean recognised = sawBox || sawKnownField;
        if (!recognised) {
            problems.add(0, new ParseProblem(TextLines.firstNonBlankLine(lines),
                    "not dsregcmd /status output: no section box such as '| Device State |' "
                            + "and no field such as 'AzureAdJoined : YES'"));
        } else if (!sections.isEmpty()) {
            DsregSection last = sections.get(sections.size() - 1);
            if (last.fields().isEmpty() && !last.title().isEmpty()) {
                problems.add(new ParseProblem(last.line(),
                        "section '" + last.title() + "' has no fields; output cut short?"));
            } else if (sawBox && sections.stream().noneMatch(section -> section.title().equalsIgnoreCase(SSO_STATE))
                    && sections.stream().flatMap(section -> section.fields().stream())
                            .noneMatch(field -> field.name().equalsIgnoreCase("AzureAdPrt"))) {
                // the PRT's state is there: without it the diagnosis would miss a stale PRT in silence
                problems.add(new ParseProblem(Math.max(1, lines.size()), "no '" + SSO_STATE + "' section, which "
                        + "dsregcmd /status always prints: output cut short after '" + last.title() + "'?"));
            }
        }
        return new DsregStatus(sections, unparsed, problems, recognised);
    }

    private static final String SSO_STATE = "SSO State";

    private static DsregField readField(String line, int number) {
        String text = line.stripTrailing();
        int separator = text.indexOf(" : ");
        if (separator > 0 && !text.substring(0, separator).isBlank()) {
            return new DsregField(text.substring(0, separator), text.substring(separator + 3), number);
        }
        if (text.endsWith(" :") && text.length() > 2 && !text.substring(0, text.length() - 2).isBlank()) {
            return new DsregField(text.substring(0, text.length() - 2), "", number);
        }
        Matcher tight = TIGHT_FIELD.matcher(text);
        if (tight.matches()) {
            return new DsregField(tight.group(1), tight.group(2), number);
        }
        return null;
    }

    /** Lines dsregcmd prints besides sections and fields. */
    private static boolean isKnownChatter(String line) {
        String text = line.strip();
        return text.startsWith("For more information")
                || text.startsWith("Waiting for Diagnostics Task")
                || text.startsWith("Windows Hello for Business");
    }

    /**
     * Writes {@code status} as dsregcmd prints it: a leading empty line, each section boxed,
     * names right-aligned to column 26, and the closing "For more information" line. Unparsed
     * lines are not written. Lines end with CRLF.
     */
    public static String render(DsregStatus status) {
        String border = "+" + "-".repeat(BOX_INNER_WIDTH) + "+";
        StringBuilder out = new StringBuilder();
        out.append("\r\n");
        for (DsregSection section : status.sections()) {
            if (!section.title().isEmpty()) {
                out.append(border).append("\r\n");
                out.append("| ").append(padRight(section.title(), BOX_INNER_WIDTH - 1)).append("|\r\n");
                out.append(border).append("\r\n");
                out.append("\r\n");
            }
            for (DsregField field : section.fields()) {
                out.append(padLeft(field.name(), NAME_WIDTH)).append(" : ").append(field.value()).append("\r\n");
            }
            out.append("\r\n");
        }
        out.append(MORE_INFORMATION_LINE).append("\r\n");
        return out.toString();
    }

    private static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    private static String padRight(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
