package org.triage.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the output of {@code ipconfig /all}: the {@code Windows IP Configuration}
 * block, then one block per adapter headed {@code <type> adapter <name>:}, each made of
 * dot-led labels ({@code IPv4 Address. . . . . . . . . . . : 10.1.2.3(Preferred)}) whose extra
 * values sit on continuation lines indented to the value column.
 *
 * <p>Also reads copies that lost their indentation, and German-style headings
 * ({@code Ethernet-Adapter Ethernet:}); other localised labels are kept as they are.
 */
public final class IpconfigFormat {

    public static final String HEADER = "Windows IP Configuration";

    private static final Pattern ADAPTER_HEADING = Pattern.compile("^(.+?)[ -][Aa]dapter (.+):$");
    private static final String INDENT = "   ";
    /** Width of the label and its dot leader, up to the colon. */
    private static final int LABEL_WIDTH = 34;
    private static final String CONTINUATION_INDENT = " ".repeat(INDENT.length() + LABEL_WIDTH + 2);
    /** Labels whose leader ipconfig spells with two spaces instead of following the dot rhythm. */
    private static final Map<String, String> IRREGULAR_LEADERS = Map.of(
            "Primary Dns Suffix", "Primary Dns Suffix  . . . . . . . ",
            "Connection-specific DNS Suffix", "Connection-specific DNS Suffix  . ");

    private IpconfigFormat() {
    }

    public static IpconfigAll parse(byte[] bytes) {
        return parse(TextLines.linesOf(bytes));
    }

    public static IpconfigAll parse(String text) {
        return parse(TextLines.linesOf(text));
    }

    public static IpconfigAll parse(List<String> lines) {
        List<ParseProblem> problems = new ArrayList<>();
        List<UnparsedLine> unparsed = new ArrayList<>();
        if (TextLines.allBlank(lines)) {
            problems.add(new ParseProblem(1, "input is empty"));
            return new IpconfigAll(new IpconfigHost(List.of()), List.of(), List.of(), problems, false);
        }
        List<IpconfigField> hostEntries = new ArrayList<>();
        List<NetworkAdapter> adapters = new ArrayList<>();
        BlockBuilder block = new BlockBuilder(null, null, 0, hostEntries);
        FieldBuilder field = null;
        boolean sawHeader = false;
        boolean reportedBinary = false;

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            String text = line.strip();
            if (text.isEmpty()) {
                field = finish(field, block);
                continue;
            }
            if (text.equalsIgnoreCase(HEADER)) {
                field = finish(field, block);
                sawHeader = true;
                continue;
            }
            int separator = separatorIndex(line);
            Matcher heading = ADAPTER_HEADING.matcher(text);
            if (separator < 0 && heading.matches()) {
                field = finish(field, block);
                block.addTo(adapters);
                block = new BlockBuilder(heading.group(1), heading.group(2), number, new ArrayList<>());
            } else if (separator >= 0) {
                field = finish(field, block);
                String key = line.substring(0, separator).strip().replaceAll("[ .]+$", "");
                field = new FieldBuilder(key, line.substring(separator + 1).strip());
            } else if (field != null && !TextLines.looksBinary(text)) {
                field.values.add(text);
            } else {
                unparsed.add(new UnparsedLine(number, line));
                if (TextLines.looksBinary(text)) {
                    if (!reportedBinary) {
                        problems.add(new ParseProblem(number, "control characters in the text; binary data?"));
                        reportedBinary = true;
                    }
                } else {
                    problems.add(new ParseProblem(number,
                            "not an ipconfig label, heading or continuation line, kept as is: " + TextLines.excerpt(text)));
                }
            }
        }
        finish(field, block);
        block.addTo(adapters);

        boolean recognised = sawHeader || !adapters.isEmpty();
        if (!recognised) {
            problems.add(0, new ParseProblem(TextLines.firstNonBlankLine(lines),
                    "not ipconfig /all output: no 'Windows IP Configuration' line and no '... adapter ...:' heading"));
        }
        return new IpconfigAll(new IpconfigHost(hostEntries), adapters, unparsed, problems, recognised);
    }

    /**
     * Index of the colon that ends a label: one preceded by a space or a dot and followed by a
     * space or the line end, so the colons inside IPv6 addresses and times never count.
     */
    private static int separatorIndex(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) != ':') {
                continue;
            }
            char before = line.charAt(i - 1);
            boolean endsLabel = before == ' ' || before == '.';
            boolean valueFollows = i + 1 == line.length() || line.charAt(i + 1) == ' ';
            if (endsLabel && valueFollows && !line.substring(0, i).replaceAll("[ .]+$", "").isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static FieldBuilder finish(FieldBuilder field, BlockBuilder block) {
        if (field != null) {
            block.entries.add(field.build());
        }
        return null;
    }

    /**
     * Writes {@code config} as ipconfig prints it: an empty line, the header, the host block,
     * then each adapter heading and block, labels dot-led to the colon in column 37 and extra
     * values on continuation lines. Lines end with CRLF.
     */
    public static String render(IpconfigAll config) {
        StringBuilder out = new StringBuilder("\r\n").append(HEADER).append("\r\n\r\n");
        appendFields(out, config.host().entries());
        for (NetworkAdapter adapter : config.adapters()) {
            out.append("\r\n").append(adapter.type()).append(" adapter ").append(adapter.name()).append(":\r\n\r\n");
            appendFields(out, adapter.entries());
        }
        return out.toString();
    }

    private static void appendFields(StringBuilder out, List<IpconfigField> entries) {
        for (IpconfigField entry : entries) {
            List<String> values = entry.values();
            int firstContinuation;
            if (entry.key().length() >= LABEL_WIDTH - 1) {
                out.append(INDENT).append(entry.key()).append(" :");
                firstContinuation = 0;
            } else {
                out.append(INDENT).append(leader(entry.key())).append(": ")
                        .append(values.isEmpty() ? "" : withStateSpace(values.get(0)));
                firstContinuation = 1;
            }
            out.append("\r\n");
            for (int i = firstContinuation; i < values.size(); i++) {
                out.append(CONTINUATION_INDENT).append(withStateSpace(values.get(i))).append("\r\n");
            }
        }
    }

    /** The label padded with ipconfig's dot leader: dots on even columns, a space before the colon. */
    static String leader(String label) {
        String irregular = IRREGULAR_LEADERS.get(label);
        if (irregular != null) {
            return irregular;
        }
        StringBuilder padded = new StringBuilder(label);
        for (int column = label.length(); column < LABEL_WIDTH; column++) {
            padded.append(column % 2 == 0 && column < LABEL_WIDTH - 1 ? '.' : ' ');
        }
        return padded.toString();
    }

    /** Windows 10 and later print a space after {@code (Preferred)}. */
    private static String withStateSpace(String value) {
        return value.endsWith(")") && value.matches(".*\\((Preferred|Deprecated|Tentative|Duplicate)\\)") ? value + " " : value;
    }

    private static final class FieldBuilder {
        private final String key;
        private final List<String> values = new ArrayList<>();

        FieldBuilder(String key, String firstValue) {
            this.key = key;
            if (!firstValue.isEmpty()) {
                values.add(firstValue);
            }
        }

        IpconfigField build() {
            return new IpconfigField(key, values);
        }
    }

    private record BlockBuilder(String type, String name, int line, List<IpconfigField> entries) {
        void addTo(List<NetworkAdapter> adapters) {
            if (type != null) {
                adapters.add(new NetworkAdapter(type, name, entries, line));
            }
        }
    }
}
