package org.triage.core.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A folder under the user's application data, written as Windows writes it with an environment variable:
 * {@code %LOCALAPPDATA%\Packages\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\AC\TokenBroker\Accounts}. It is
 * what a vendor's fix may ask a target to clear, so it is checked before any target sees it: it starts with
 * {@code %LOCALAPPDATA%}, {@code %APPDATA%} or {@code %TEMP%} (application data and caches, never the user's
 * documents), names a folder at least two levels below {@code %LOCALAPPDATA%} or {@code %APPDATA%} (a
 * vendor's folder and one in it; one level below {@code %TEMP%}), and has no {@code ..}, wildcards, further
 * variables, characters Windows forbids or device names.
 */
public final class UserProfilePath {

    /** The variables a path may start with, and how many folder names it needs below each. */
    private static final Map<String, Integer> ROOTS = Map.of("LOCALAPPDATA", 2, "APPDATA", 2, "TEMP", 1);
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"|?*%\\p{Cntrl}]");
    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");

    private final String variable;
    private final List<String> names;

    private UserProfilePath(String variable, List<String> names) {
        this.variable = variable;
        this.names = List.copyOf(names);
    }

    /**
     * Checks a path and returns it in its canonical form (the variable upper-cased, backslashes).
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static UserProfilePath parse(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("no folder given");
        }
        String text = path.strip().replace('/', '\\');
        int close = text.startsWith("%") ? text.indexOf('%', 1) : -1;
        String variable = close > 1 ? text.substring(1, close).toUpperCase(Locale.ROOT) : null;
        if (variable == null || !ROOTS.containsKey(variable)) {
            throw new IllegalArgumentException("'" + path + "' is not under the user's application data: it must start"
                    + " with %LOCALAPPDATA%, %APPDATA% or %TEMP%");
        }
        String rest = text.substring(close + 1);
        if (rest.endsWith("\\")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        if (!rest.isEmpty() && !rest.startsWith("\\")) {
            throw new IllegalArgumentException("'" + path + "': a backslash must follow %" + variable + "%");
        }
        List<String> names = new ArrayList<>();
        for (String name : rest.isEmpty() ? new String[0] : rest.substring(1).split("\\\\", -1)) {
            names.add(checkName(name, path));
        }
        int needed = ROOTS.get(variable);
        if (names.size() < needed) {
            throw new IllegalArgumentException("'" + path + "' is too close to %" + variable + "%: name a folder at least "
                    + needed + " level(s) below it");
        }
        return new UserProfilePath(variable, names);
    }

    private static String checkName(String name, String path) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("'" + path + "' has an empty folder name");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("'" + path + "' may not contain '" + name + "'");
        }
        if (FORBIDDEN.matcher(name).find()) {
            throw new IllegalArgumentException("'" + path + "': '" + name
                    + "' holds a wildcard, a variable or a character Windows does not allow in a name");
        }
        if (name.endsWith(".") || name.endsWith(" ") || name.startsWith(" ")) {
            throw new IllegalArgumentException("'" + path + "': '" + name + "' starts or ends with a space or dot");
        }
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (DEVICE_NAMES.contains(base.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + path + "': '" + name + "' is a Windows device name");
        }
        return name;
    }

    /** The variable the path starts with, e.g. {@code LOCALAPPDATA}. */
    public String variable() {
        return variable;
    }

    /** The folder names below the variable's folder. */
    public List<String> names() {
        return names;
    }

    /** Whether this path is the other or lies inside it (Windows compares names without regard to case). */
    public boolean isWithin(UserProfilePath other) {
        if (!variable.equals(other.variable) || names.size() < other.names.size()) {
            return false;
        }
        for (int i = 0; i < other.names.size(); i++) {
            if (!names.get(i).equalsIgnoreCase(other.names.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The path with the variable's value put in, for a live target; empty where the variable is not set. */
    public Optional<String> expand(Map<String, String> environment) {
        String value = environment.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(variable))
                .map(Map.Entry::getValue).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
        if (value == null) {
            return Optional.empty();
        }
        String root = value.endsWith("\\") ? value.substring(0, value.length() - 1) : value;
        return Optional.of(root + "\\" + String.join("\\", names));
    }

    /** The path as PowerShell writes it, e.g. {@code $env:LOCALAPPDATA\Packages\...}. */
    public String powerShell() {
        return "$env:" + variable + "\\" + String.join("\\", names);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserProfilePath path && path.isWithin(this) && isWithin(path);
    }

    @Override
    public int hashCode() {
        return toString().toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return "%" + variable + "%\\" + String.join("\\", names);
    }
}
