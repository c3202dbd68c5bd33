package org.triage.core.target;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The device's registration state as {@code dsregcmd /status} reports it: every {@code Name : Value}
 * field by section, values verbatim.
 */
public record DeviceRegistration(Map<String, Map<String, String>> sections) {

    public DeviceRegistration {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        sections.forEach((name, fields) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(fields))));
        sections = Collections.unmodifiableMap(copy);
    }

    /**
     * Every field by name. Where two sections use one name (the IE proxy of the system account and of the user), the
     * first keeps the name and a later one is kept under {@code Section/Name}: no field is lost.
     */
    public Map<String, String> fields() {
        Map<String, String> all = new LinkedHashMap<>();
        sections.forEach((title, fields) -> fields.forEach((name, value) -> {
            if (all.containsKey(name)) {
                all.putIfAbsent(title + "/" + name, value);
            } else {
                all.put(name, value);
            }
        }));
        return all;
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields().get(name));
    }
}
