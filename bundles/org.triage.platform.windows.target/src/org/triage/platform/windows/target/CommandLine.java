package org.triage.platform.windows.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A program and its arguments, and the command line Windows receives for them: rendered the way Java's
 * process launcher writes it on Windows, where a part holding a blank (or an empty part) is put in double
 * quotes and a backslash that would end up before the closing quote gets a second one, so that the Microsoft
 * C runtime reads the part back unchanged. A double quote inside an argument cannot be passed that way
 * without ambiguity, so it is refused.
 */
public record CommandLine(String executable, List<String> arguments) {

    public CommandLine {
        Objects.requireNonNull(executable, "executable");
        arguments = List.copyOf(arguments);
        if (executable.isBlank()) {
            throw new IllegalArgumentException("no program to run");
        }
        for (String part : parts(executable, arguments)) {
            if (part.indexOf('"') >= 0) {
                throw new IllegalArgumentException("a double quote in '" + part
                        + "' cannot be passed to a Windows program unambiguously");
            }
            if (part.indexOf('\0') >= 0 || part.indexOf('\n') >= 0 || part.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a line break or NUL in an argument of " + executable);
            }
        }
    }

    public static CommandLine of(String executable, String... arguments) {
        return new CommandLine(executable, List.of(arguments));
    }

    /** Why {@code executable} with {@code arguments} cannot be run, or null where it can. */
    public static String whyInvalid(String executable, List<String> arguments) {
        try {
            new CommandLine(executable, arguments);
            return null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return e.getMessage();
        }
    }

    /** The program followed by its arguments, as a process builder takes them. */
    public List<String> argv() {
        return parts(executable, arguments);
    }

    /** The command line exactly as the program receives it, e.g. {@code C:\Windows\System32\ipconfig.exe /all}. */
    public String rendered() {
        StringBuilder line = new StringBuilder();
        for (String part : argv()) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(quote(part));
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return rendered();
    }

    private static String quote(String part) {
        boolean needsQuotes = part.isEmpty() || part.chars().anyMatch(c -> c == ' ' || c == '\t');
        if (!needsQuotes) {
            return part;
        }
        return '"' + part + (part.endsWith("\\") ? "\\" : "") + '"';
    }

    private static List<String> parts(String executable, List<String> arguments) {
        List<String> parts = new ArrayList<>(arguments.size() + 1);
        parts.add(executable);
        parts.addAll(arguments);
        return parts;
    }
}
