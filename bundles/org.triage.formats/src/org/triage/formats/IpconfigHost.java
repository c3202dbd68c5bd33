package org.triage.formats;

import java.util.List;
import java.util.Map;

/**
 * The {@code Windows IP Configuration} block of {@code ipconfig /all}.
 *
 * @param entries the labelled lines in printed order
 */
public record IpconfigHost(List<IpconfigField> entries) {

    public IpconfigHost {
        entries = List.copyOf(entries);
    }

    /** Every label with all its values; a label printed twice has its values joined. */
    public Map<String, List<String>> fields() {
        return IpconfigFields.merged(entries);
    }

    public List<String> values(String key) {
        return IpconfigFields.values(entries, key);
    }

    public String hostName() {
        return IpconfigFields.first(entries, "Host Name");
    }

    public String primaryDnsSuffix() {
        return IpconfigFields.first(entries, "Primary Dns Suffix");
    }

    public String nodeType() {
        return IpconfigFields.first(entries, "Node Type");
    }

    public boolean ipRoutingEnabled() {
        return IpconfigFields.isYes(IpconfigFields.first(entries, "IP Routing Enabled"));
    }

    public List<String> dnsSuffixSearchList() {
        return values("DNS Suffix Search List");
    }
}
