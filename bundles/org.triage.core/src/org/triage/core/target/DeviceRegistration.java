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

    /** Every field by name; where two sections use one name, the first wins. */
    public Map<String, String> fields() {
        Map<String, String> all = new LinkedHashMap<>();
        sections.values().forEach(fields -> fields.forEach(all::putIfAbsent));
        return all;
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields().get(name));
    }
}
