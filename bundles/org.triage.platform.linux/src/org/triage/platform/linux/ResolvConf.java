package org.triage.platform.linux;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /etc/resolv.conf}: the name servers the C library asks, in order, and the search domains.
 *
 * @param search the search list; a {@code domain} line counts as a one-entry list, as the resolver takes it
 */
public record ResolvConf(List<String> nameservers, List<String> search, List<String> options) {

    /** systemd-resolved's local stub; the real servers are then per link, in {@code resolvectl status}. */
    public static final String RESOLVED_STUB = "127.0.0.53";

    public ResolvConf {
        nameservers = List.copyOf(nameservers);
        search = List.copyOf(search);
        options = List.copyOf(options);
    }

    public static ResolvConf parse(String text) {
        List<String> nameservers = new ArrayList<>();
        List<String> search = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "nameserver" -> {
                    if (words.length > 1) {
                        nameservers.add(words[1]);
                    }
                }
                case "search", "domain" -> {
                    search.clear();
                    for (int i = 1; i < words.length; i++) {
                        search.add(words[i]);
                    }
                }
                case "options" -> {
                    for (int i = 1; i < words.length; i++) {
                        options.add(words[i]);
                    }
                }
                default -> {
                    // sortlist and unknown keywords change nothing the console reports
                }
            }
        }
        return new ResolvConf(nameservers, search, options);
    }

    public boolean usesResolvedStub() {
        return nameservers.contains(RESOLVED_STUB);
    }
}
