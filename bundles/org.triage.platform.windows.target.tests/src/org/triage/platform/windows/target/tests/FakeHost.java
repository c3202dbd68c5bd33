package org.triage.platform.windows.target.tests;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.triage.platform.windows.target.WindowsHost;

/** A Windows PC as the target sees it: its environment, the files that exist, elevation and OEM code page. */
final class FakeHost implements WindowsHost {

    static final String LOCAL_APP_DATA = "C:\\Users\\alex\\AppData\\Local";
    static final String PER_USER_ONEDRIVE = LOCAL_APP_DATA + "\\Microsoft\\OneDrive\\OneDrive.exe";
    static final String PER_MACHINE_ONEDRIVE = "C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe";

    private final Map<String, String> environment = new HashMap<>();
    private final Set<String> files = new HashSet<>();
    private boolean elevated;
    private int oemCodePage = 850;

    FakeHost() {
        environment.put("systemroot", "C:\\Windows");
        environment.put("localappdata", LOCAL_APP_DATA);
        environment.put("programfiles", "C:\\Program Files");
        environment.put("programfiles(x86)", "C:\\Program Files (x86)");
        files.add(PER_USER_ONEDRIVE);
    }

    FakeHost elevated(boolean value) {
        this.elevated = value;
        return this;
    }

    FakeHost oemCodePage(int codePage) {
        this.oemCodePage = codePage;
        return this;
    }

    FakeHost withoutFile(String path) {
        files.remove(path);
        return this;
    }

    FakeHost withFile(String path) {
        files.add(path);
        return this;
    }

    @Override
    public String hostname() {
        return "CONTOSO-LT-0417";
    }

    @Override
    public String user() {
        return "AzureAD\\AlexWilber";
    }

    @Override
    public String osDescription() {
        return "Windows 11 10.0 (amd64)";
    }

    @Override
    public boolean elevated() {
        return elevated;
    }

    /** Case-insensitive, as Windows looks variables up. */
    @Override
    public Optional<String> environmentVariable(String name) {
        return Optional.ofNullable(environment.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public boolean isFile(String path) {
        return files.contains(path);
    }

    @Override
    public int oemCodePage() {
        return oemCodePage;
    }
}
