package org.triage.formats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lookups over the labelled lines of one ipconfig block; labels compare ignoring case. */
final class IpconfigFields {

    /**
     * {@code 10.1.2.3(Preferred)}, {@code fe80::1%6(Deprecated)}, {@code 169.254.1.2 (Preferred)}, and the
     * state in a language the reader does not know ({@code (Preferito)}).
     */
    private static final Pattern ADDRESS_STATE = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

    private IpconfigFields() {
    }

    static Map<String, List<String>> merged(List<IpconfigField> entries) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (IpconfigField entry : entries) {
            map.computeIfAbsent(entry.key(), k -> new ArrayList<>()).addAll(entry.values());
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    static List<String> values(List<IpconfigField> entries, String key) {
        List<String> values = new ArrayList<>();
        for (IpconfigField entry : entries) {
            if (entry.key().equalsIgnoreCase(key)) {
                values.addAll(entry.values());
            }
        }
        return List.copyOf(values);
    }

    static String first(List<IpconfigField> entries, String key) {
        List<String> values = values(entries, key);
        return values.isEmpty() ? "" : values.get(0);
    }

    static String withoutAddressState(String value) {
        Matcher m = ADDRESS_STATE.matcher(value);
        return m.find() ? value.substring(0, m.start()).strip() : value.strip();
    }

    static boolean isIpv4(String value) {
        return IPV4.matcher(value).matches();
    }

    static boolean isYes(String value) {
        return value.strip().toLowerCase(Locale.ROOT).startsWith("yes");
    }
}
