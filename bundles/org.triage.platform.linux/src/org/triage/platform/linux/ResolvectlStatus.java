package org.triage.platform.linux;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code resolvectl status}: systemd-resolved's DNS servers and domains, globally and per link. Values that
 * run over several lines (one server per line) are joined.
 */
public record ResolvectlStatus(LinkDns global, Map<String, LinkDns> links) {

    /**
     * The DNS settings of the global section or one link.
     *
     * @param domains      search and routing domains as resolvectl prints them ({@code ~corp.contoso.com} routes
     *                     only)
     * @param defaultRoute whether the link takes queries no routing domain claims ({@code +DefaultRoute})
     */
    public record LinkDns(String name, String currentServer, List<String> servers, List<String> domains,
            boolean defaultRoute) {

        public LinkDns {
            servers = List.copyOf(servers);
            domains = List.copyOf(domains);
        }

        /** The first domain that is a search domain (not {@code ~routing-only}). */
        public String searchDomain() {
            return domains.stream().filter(domain -> !domain.startsWith("~")).findFirst().orElse(null);
        }
    }

    private static final Pattern LINK = Pattern.compile("Link\\s+\\d+\\s+\\((.+)\\)");
    private static final Pattern FIELD = Pattern.compile("\\s*([A-Za-z][A-Za-z .]*?):\\s*(.*)");

    public static ResolvectlStatus parse(String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        String lastKey = null;
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher link = LINK.matcher(trimmed);
            if (trimmed.equals("Global")) {
                current = sections.computeIfAbsent("", name -> new LinkedHashMap<>());
                lastKey = null;
                continue;
            }
            if (link.matches()) {
                current = sections.computeIfAbsent(link.group(1), name -> new LinkedHashMap<>());
                lastKey = null;
                continue;
            }
            if (current == null) {
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (field.matches() && !looksLikeAddress(field.group(1))) {
                lastKey = field.group(1).strip();
                current.put(lastKey, field.group(2).strip());
            } else if (lastKey != null) {
                current.merge(lastKey, trimmed, (before, more) -> before + " " + more);
            }
        }
        LinkDns global = dns("", sections.getOrDefault("", Map.of()));
        Map<String, LinkDns> links = new LinkedHashMap<>();
        sections.forEach((name, fields) -> {
            if (!name.isEmpty()) {
                links.put(name, dns(name, fields));
            }
        });
        return new ResolvectlStatus(global, links);
    }

    private static boolean looksLikeAddress(String key) {
        return key.matches("[0-9a-fA-F]+");
    }

    private static LinkDns dns(String name, Map<String, String> fields) {
        return new LinkDns(name, fields.get("Current DNS Server"), words(fields.get("DNS Servers")),
                words(fields.get("DNS Domain")), fields.getOrDefault("Protocols", "").contains("+DefaultRoute")
                        || fields.getOrDefault("DefaultRoute setting", "").equals("yes"));
    }

    private static List<String> words(String value) {
        List<String> words = new ArrayList<>();
        if (value != null) {
            for (String word : value.split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
