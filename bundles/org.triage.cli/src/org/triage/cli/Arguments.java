package org.triage.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options of one verb: {@code --name value}, {@code --name=value} and flags. */
final class Arguments {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    static Arguments parse(List<String> words, Set<String> valued, Set<String> flagNames) throws UsageException {
        Arguments arguments = new Arguments();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                arguments.positional.add(word);
                continue;
            }
            String name = word.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= words.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = words.get(++i);
                }
                // "--save --yes" must not write a file named --yes, nor "--export --pseudonymize" a plain export
                if (value.startsWith("--")) {
                    throw new UsageException("--" + name + " needs a value, not the option " + value
                            + " (write --" + name + "=./" + value + " for a file of that name)");
                }
                arguments.values.put(name, value);
            } else if (flagNames.contains(name) && value == null) {
                arguments.flags.add(name);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return arguments;
    }

    String value(String name) {
        return values.get(name);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positional() {
        return positional;
    }
}
