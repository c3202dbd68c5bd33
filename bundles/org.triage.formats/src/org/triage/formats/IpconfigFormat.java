package org.triage.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the output of {@code ipconfig /all}: the {@code Windows IP Configuration}
 * block, then one block per adapter headed {@code <type> adapter <name>:}, each made of
 * dot-led labels ({@code IPv4 Address. . . . . . . . . . . : 10.1.2.3(Preferred)}) whose extra
 * values sit on continuation lines indented to the value column.
 *
 * <p>ipconfig prints its headings and labels in the display language of Windows. The reader goes by
 * structure: the host block's title is the unindented line naming "Windows" and "IP"; an adapter heading
 * is an unindented line ending with a colon and no dot leader (in a copy that lost its indentation, one
 * that names an adapter in a language the reader knows); a label ends at the colon after its dot leader
 * (or at its first colon where the leader is missing, as in {@code Verbindungsspezifisches DNS-Suffix:}).
 * Labels, adapter types and yes/no values it knows in a language ({@link #VOCABULARY}) are turned into
 * their English form, so {@link NetworkAdapter} reads every language alike; other labels are kept as
 * printed, and an adapter none of whose labels it knows is reported as a problem.
 */
public final class IpconfigFormat {

    public static final String HEADER = "Windows IP Configuration";

    /** {@code <type> adapter <name>} in English, German, Dutch, Russian, Polish, Japanese, Chinese and Korean. */
    private static final Pattern TYPE_FIRST = Pattern.compile(
            "^(.*?)[ -]?(?:adapter|Adapter|адаптер|karta|アダプター|适配器|어댑터)\\s+(.+)$");
    /** {@code <adapter> <type> <name>} in French, Spanish, Portuguese, Italian, Polish and Russian. */
    private static final Pattern ADAPTER_FIRST = Pattern.compile("^(?:Carte|Adaptador|Scheda|Karta|Адаптер)\\s+(.+)$");
    private static final String INDENT = "   ";
    /** Width of the label and its dot leader, up to the colon. */
    private static final int LABEL_WIDTH = 34;
    private static final String CONTINUATION_INDENT = " ".repeat(INDENT.length() + LABEL_WIDTH + 2);
    /** Labels whose leader ipconfig spells with two spaces instead of following the dot rhythm. */
    private static final Map<String, String> IRREGULAR_LEADERS = Map.of(
            "Primary Dns Suffix", "Primary Dns Suffix  . . . . . . . ",
            "Connection-specific DNS Suffix", "Connection-specific DNS Suffix  . ");

    /** Every word the reader knows, for telling apart the console code pages a file may be in. */
    public static final Set<String> VOCABULARY = IpconfigLabels.vocabulary();

    private IpconfigFormat() {
    }

    public static IpconfigAll parse(byte[] bytes) {
        return parse(TextLines.linesOf(bytes, VOCABULARY));
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
        boolean labelsIndented = lines.stream().anyMatch(l -> !l.isEmpty() && Character.isWhitespace(l.charAt(0))
                && separatorIndex(l) >= 0);
        List<IpconfigField> hostEntries = new ArrayList<>();
        List<NetworkAdapter> adapters = new ArrayList<>();
        BlockBuilder block = new BlockBuilder(null, null, 0, hostEntries);
        FieldBuilder field = null;
        boolean sawHeader = false;
        boolean reportedBinary = false;
        int knownLabels = 0;

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            String text = line.strip();
            if (text.isEmpty()) {
                field = finish(field, block);
                continue;
            }
            boolean unindented = !Character.isWhitespace(line.charAt(0));
            int separator = separatorIndex(line);
            if (separator < 0 && isHostTitle(text)) {
                field = finish(field, block);
                sawHeader = true;
                continue;
            }
            AdapterHeading heading = unindented ? heading(text, labelsIndented) : null;
            if (heading != null && (separator < 0 || separator == line.stripTrailing().length() - 1)) {
                field = finish(field, block);
                block.addTo(adapters, problems);
                block = new BlockBuilder(heading.type(), heading.name(), number, new ArrayList<>());
                if (heading.type().isEmpty()) {
                    problems.add(new ParseProblem(number, "adapter heading '" + TextLines.excerpt(text)
                            + "' names no adapter type this reader knows (expected e.g. 'Ethernet adapter <name>:'); "
                            + "its type is unknown"));
                }
            } else if (separator >= 0) {
                field = finish(field, block);
                String label = line.substring(0, separator).strip().replaceAll("[ .\u3002]+$", "");
                String key = IpconfigLabels.english(label);
                block.recognisedLabels += IpconfigLabels.knows(label) ? 1 : 0;
                knownLabels += IpconfigLabels.knows(label) ? 1 : 0;
                if (block.firstUnknownLabel == null && !IpconfigLabels.knows(label)) {
                    block.firstUnknownLabel = label;
                    block.firstUnknownLine = number;
                }
                field = new FieldBuilder(key, IpconfigLabels.englishValue(line.substring(separator + 1).strip()));
            } else if (field != null && !TextLines.looksBinary(text)) {
                field.values.add(IpconfigLabels.englishValue(text));
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
        block.addTo(adapters, problems);

        // A heading of no known adapter type counts only beside labels ipconfig prints: other tools' titles
        // ("Currently stored credentials:") end with a colon too.
        boolean recognised = sawHeader || adapters.stream().anyMatch(a -> !a.type().isEmpty())
                || !adapters.isEmpty() && knownLabels > 0;
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        if (!recognised) {
            problems.add(0, new ParseProblem(TextLines.firstNonBlankLine(lines),
                    "not ipconfig /all output: no 'Windows IP Configuration' line and no '... adapter ...:' heading"));
        }
        return new IpconfigAll(new IpconfigHost(hostEntries), adapters, unparsed, problems, recognised);
    }

    /**
     * The title of the host block in every language: {@code Windows IP Configuration},
     * {@code Windows-IP-Konfiguration}, {@code Configuration IP de Windows}, {@code Windows IP 構成}...
     */
    private static boolean isHostTitle(String text) {
        return text.contains("Windows") && text.matches(".*\\bIP\\b.*") && text.indexOf(':') < 0
                && text.indexOf('\uFF1A') < 0;
    }

    private record AdapterHeading(String type, String name) {
    }

    /**
     * An adapter heading: an unindented line ending with a colon that is no label (no dot leader). In a copy
     * without indentation, where labels are unindented too, only one naming an adapter the reader knows.
     */
    private static AdapterHeading heading(String text, boolean labelsIndented) {
        if (!text.endsWith(":") && !text.endsWith("\uFF1A")) {
            return null;
        }
        String title = text.substring(0, text.length() - 1).strip();
        if (title.isEmpty() || title.contains(". .") || title.endsWith(".")) {
            return null;
        }
        Matcher typeFirst = TYPE_FIRST.matcher(title);
        if (typeFirst.matches() && !typeFirst.group(1).isBlank()) {
            return new AdapterHeading(IpconfigLabels.adapterType(typeFirst.group(1).strip()), typeFirst.group(2).strip());
        }
        Matcher adapterFirst = ADAPTER_FIRST.matcher(title);
        if (adapterFirst.matches()) {
            String rest = adapterFirst.group(1).strip();
            String typeWords = IpconfigLabels.leadingTypeWords(rest);
            if (typeWords != null) {
                return new AdapterHeading(IpconfigLabels.adapterType(typeWords), rest.substring(typeWords.length()).strip());
            }
        }
        if (!labelsIndented || title.contains(": ")) {
            return null;
        }
        return new AdapterHeading("", title);
    }

    /**
     * Index of the colon that ends a label: the first one after a dot leader or a space and followed by a
     * space or the line end ({@code IPv4 Address. . . : }, {@code 物理アドレス. . . .: }); where there is none,
     * the first colon followed by a space or the line end ({@code Verbindungsspezifisches DNS-Suffix:},
     * {@code IPv4-Adresse (Auto. Konfiguration): }). Colons inside IPv6 addresses and times never count.
     */
    private static int separatorIndex(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) != ':' && line.charAt(i) != '\uFF1A') {
                continue;
            }
            char before = line.charAt(i - 1);
            boolean endsLabel = before == ' ' || before == '.';
            boolean valueFollows = i + 1 == line.length() || line.charAt(i + 1) == ' ';
            if (endsLabel && valueFollows && !line.substring(0, i).replaceAll("[ .]+$", "").isBlank()) {
                return i;
            }
        }
        int first = TextLines.labelSeparator(line);
        return first > 0 && !line.substring(0, first).isBlank() ? first : -1;
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

    private static final class BlockBuilder {
        private final String type;
        private final String name;
        private final int line;
        private final List<IpconfigField> entries;
        private int recognisedLabels;
        private String firstUnknownLabel;
        private int firstUnknownLine;

        BlockBuilder(String type, String name, int line, List<IpconfigField> entries) {
            this.type = type;
            this.name = name;
            this.line = line;
            this.entries = entries;
        }

        void addTo(List<NetworkAdapter> adapters, List<ParseProblem> problems) {
            if (type == null) {
                return;
            }
            adapters.add(new NetworkAdapter(type, name, entries, line));
            if (!entries.isEmpty() && recognisedLabels == 0) {
                problems.add(new ParseProblem(firstUnknownLine, "adapter '" + name + "': none of its labels is one "
                        + "this reader knows (the first is '" + firstUnknownLabel + "'); expected labels such as "
                        + "'Physical Address', 'IPv4 Address', 'Default Gateway', 'DNS Servers' in a language it "
                        + "reads; its fields are kept under their printed names"));
            }
        }
    }
}
