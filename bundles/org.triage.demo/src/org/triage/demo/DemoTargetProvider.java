package org.triage.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.core.target.TargetProvider;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * Opens the demo workstation: {@code demo} (the 0x8004de40 case), {@code demo:NAME} for a built-in
 * scenario, or {@code demo:/path/scenario.json} for one of your own.
 */
public final class DemoTargetProvider implements TargetProvider {

    public static final String DEFAULT_SCENARIO = "0x8004de40";

    @Override
    public String kind() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo[:SCENARIO|:FILE.json]  the built-in demo workstation (scenarios: "
                + String.join(", ", suggestions()) + ")";
    }

    @Override
    public List<String> suggestions() {
        List<String> names = new ArrayList<>();
        Bundle bundle = FrameworkUtil.getBundle(DemoTargetProvider.class);
        if (bundle != null) {
            Enumeration<URL> entries = bundle.findEntries("scenarios", "*.json", false);
            for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
                String file = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
                names.add(file.substring(0, file.length() - ".json".length()));
            }
        }
        names.sort((a, b) -> a.equals(DEFAULT_SCENARIO) ? -1 : b.equals(DEFAULT_SCENARIO) ? 1 : a.compareTo(b));
        return names;
    }

    @Override
    public Target open(String location) throws TargetException {
        DemoScenario scenario = load(location);
        try {
            // a scenario of one's own is recorded by its file, so that a resumed session opens it again
            String reopen = location != null && location.trim().endsWith(".json")
                    ? Path.of(location.trim()).toAbsolutePath().toString() : scenario.name;
            return new DemoTarget(new DemoWorkstation(scenario, Instant.now()), reopen);
        } catch (IllegalArgumentException e) {
            throw new TargetException("demo scenario " + scenario.name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // e.g. a null where the file should hold an entry: the file is malformed, not the console
            throw new TargetException("demo scenario " + scenario.name + " is malformed (" + e + ")", e);
        }
    }

    public static DemoScenario load(String location) throws TargetException {
        String name = location == null || location.isBlank() ? DEFAULT_SCENARIO : location.trim();
        if (name.endsWith(".json")) {
            Path file = Path.of(name);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return parse(reader, file.toString());
            } catch (IOException e) {
                throw new TargetException("cannot read demo scenario " + file + ": " + e.getMessage(), e);
            }
        }
        try (InputStream in = DemoTargetProvider.class.getResourceAsStream("/scenarios/" + name + ".json")) {
            if (in == null) {
                throw new TargetException("no demo scenario '" + name + "'");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new TargetException("cannot read demo scenario " + name + ": " + e.getMessage(), e);
        }
    }

    private static DemoScenario parse(Reader reader, String name) throws TargetException {
        try {
            DemoScenario scenario = new Gson().fromJson(reader, DemoScenario.class);
            if (scenario == null || scenario.hostname == null || scenario.user == null) {
                throw new TargetException("demo scenario " + name + " needs at least hostname and user");
            }
            if (scenario.name == null) {
                scenario.name = name;
            }
            return scenario;
        } catch (JsonParseException e) {
            throw new TargetException("demo scenario " + name + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
