package org.triage.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes the output of {@code cmdkey /list}: the header
 * {@code Currently stored credentials:}, then one block per credential of
 * {@code Target:}, {@code Type:}, optional {@code User:} and an optional persistence line,
 * or {@code * NONE *}. Headers and labels in other languages are not understood; such output
 * comes back unrecognised, with its lines kept.
 */
public final class CmdkeyFormat {

    private static final String HEADER = "Currently stored credentials";
    private static final String NONE = "* NONE *";

    private CmdkeyFormat() {
    }

    public static CmdkeyList parse(byte[] bytes) {
        return parse(TextLines.linesOf(bytes));
    }

    public static CmdkeyList parse(String text) {
        return parse(TextLines.linesOf(text));
    }

    public static CmdkeyList parse(List<String> lines) {
        List<ParseProblem> problems = new ArrayList<>();
        List<UnparsedLine> unparsed = new ArrayList<>();
        if (TextLines.allBlank(lines)) {
            problems.add(new ParseProblem(1, "input is empty"));
            return new CmdkeyList(List.of(), false, List.of(), problems, false);
        }
        List<StoredCredential> credentials = new ArrayList<>();
        boolean sawHeader = false;
        boolean noneStored = false;
        PendingCredential pending = null;

        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            int number = i + 1;
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith(HEADER) && text.endsWith(":")) {
                sawHeader = true;
            } else if (text.equals(NONE)) {
                noneStored = true;
            } else if (startsWithLabel(text, "Target:")) {
                if (pending != null) {
                    credentials.add(pending.finish(problems));
                }
                pending = new PendingCredential(valueAfter(text, "Target:"), number);
            } else if (pending != null && startsWithLabel(text, "Type:")) {
                pending.type = valueAfter(text, "Type:");
            } else if (pending != null && startsWithLabel(text, "User:")) {
                pending.user = valueAfter(text, "User:");
            } else if (pending != null && pending.persistence == null && isPersistence(text)) {
                pending.persistence = text;
            } else {
                unparsed.add(new UnparsedLine(number, lines.get(i)));
                problems.add(new ParseProblem(number, TextLines.looksBinary(text)
                        ? "control characters in the text; binary data?"
                        : "not a cmdkey /list line, kept as is: " + TextLines.excerpt(text)));
            }
        }
        if (pending != null) {
            credentials.add(pending.finish(problems));
        }
        boolean recognised = sawHeader || !credentials.isEmpty() || noneStored;
        if (!recognised) {
            problems.add(0, new ParseProblem(TextLines.firstNonBlankLine(lines),
                    "not cmdkey /list output: no 'Currently stored credentials:' header and no 'Target:' line"));
        }
        return new CmdkeyList(credentials, noneStored, unparsed, problems, recognised);
    }

    private static boolean startsWithLabel(String text, String label) {
        return text.regionMatches(true, 0, label, 0, label.length());
    }

    private static String valueAfter(String text, String label) {
        return text.substring(label.length()).strip();
    }

    private static boolean isPersistence(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.endsWith("persistence") || lower.startsWith("saved for");
    }

    /**
     * Writes {@code list} as cmdkey prints it: a leading empty line, the header, an empty line,
     * then each credential indented by four spaces, blocks separated by a line of four spaces.
     * cmdkey prints the type {@code Generic} with a trailing space; so does this.
     */
    public static String render(CmdkeyList list) {
        StringBuilder out = new StringBuilder("\r\n").append(HEADER).append(":\r\n\r\n");
        if (list.credentials().isEmpty()) {
            out.append(NONE).append("\r\n");
            return out.toString();
        }
        for (int i = 0; i < list.credentials().size(); i++) {
            StoredCredential credential = list.credentials().get(i);
            if (i > 0) {
                out.append("    \r\n");
            }
            out.append("    Target: ").append(credential.target()).append("\r\n");
            String type = credential.type().equals("Generic") ? "Generic " : credential.type();
            out.append("    Type: ").append(type).append("\r\n");
            credential.user().ifPresent(user -> out.append("    User: ").append(user).append("\r\n"));
            credential.persistence().ifPresent(p -> out.append("    ").append(p).append("\r\n"));
        }
        out.append("\r\n");
        return out.toString();
    }

    private static final class PendingCredential {
        private final String target;
        private final int line;
        private String type;
        private String user;
        private String persistence;

        PendingCredential(String target, int line) {
            this.target = target;
            this.line = line;
        }

        StoredCredential finish(List<ParseProblem> problems) {
            if (type == null) {
                problems.add(new ParseProblem(line, "credential '" + target + "' has no 'Type:' line"));
            }
            return new StoredCredential(target, type == null ? "" : type, Optional.ofNullable(user),
                    Optional.ofNullable(persistence), line);
        }
    }
}
