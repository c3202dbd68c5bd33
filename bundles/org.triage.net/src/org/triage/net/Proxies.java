package org.triage.net;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.triage.core.target.ProxySettings;

/**
 * Which proxy a request takes, from {@link ProxySettings} as the targets read them: WinHTTP's list
 * ({@code proxy:8080}, {@code http=proxy:80;https=proxy:443}, bypass {@code <local>;*.contoso.com}) or the
 * environment's ({@code http://proxy:3128}, {@code no_proxy=.contoso.com,10.0.0.0/8}).
 */
public final class Proxies {

    /** The source name of settings read by {@link #fromEnvironment}. */
    public static final String ENVIRONMENT = "environment";
    public static final String SYSTEM_PROPERTIES = "Java system properties";

    private static final Pattern SCHEME_ENTRY = Pattern.compile("(?i)(http|https|socks|ftp)=(.*)");

    private Proxies() {
    }

    /** The outcome of choosing a proxy: the proxy, or none, and entries that could not be used. */
    public record Choice(Optional<ProxyServer> proxy, List<String> problems) {

        public Choice {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The proxy a request to {@code host} takes: entries for the request's scheme ({@code http} or
     * {@code https}) win over unlabelled ones; a host on the bypass list goes direct. Auto-config (PAC) scripts
     * and SOCKS proxies are not evaluated: they are reported as problems.
     */
    public static Choice select(ProxySettings settings, String host, String scheme) {
        List<String> problems = new ArrayList<>();
        if (settings == null) {
            return new Choice(Optional.empty(), problems);
        }
        if (settings.autoConfigUrl() != null && !settings.autoConfigUrl().isBlank()) {
            problems.add("the proxy auto-config script " + settings.autoConfigUrl() + " is not evaluated; "
                    + "only the listed proxies are tested");
        }
        if (settings.direct() || settings.servers().isEmpty() || bypassed(settings.bypass(), host)) {
            return new Choice(Optional.empty(), problems);
        }
        String labelled = null;
        String unlabelled = null;
        for (String entry : settings.servers()) {
            var matcher = SCHEME_ENTRY.matcher(entry.trim());
            if (matcher.matches()) {
                String entryScheme = matcher.group(1).toLowerCase(Locale.ROOT);
                if (entryScheme.equalsIgnoreCase(scheme) && labelled == null) {
                    labelled = matcher.group(2);
                } else if (entryScheme.equals("socks")) {
                    problems.add("the SOCKS proxy " + matcher.group(2) + " is not tested");
                }
            } else if (unlabelled == null) {
                unlabelled = entry.trim();
            }
        }
        String chosen = labelled != null ? labelled : unlabelled;
        if (chosen == null) {
            return new Choice(Optional.empty(), problems);
        }
        try {
            return new Choice(Optional.of(parse(chosen)), problems);
        } catch (IllegalArgumentException e) {
            problems.add("the proxy entry '" + redact(chosen) + "' is not usable: " + e.getMessage());
            return new Choice(Optional.empty(), problems);
        }
    }

    /**
     * {@code host:port}, {@code http://host:port} or {@code http://user:secret@host:port}; the port defaults
     * to 80 as in WinHTTP.
     *
     * @throws IllegalArgumentException for other schemes and for entries without a host
     */
    public static ProxyServer parse(String entry) {
        String text = entry.trim();
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a proxy address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new IllegalArgumentException("only HTTP proxies are tested, not " + scheme + "://");
        }
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException("no host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new ProxyServer(host, uri.getPort() < 0 ? 80 : uri.getPort());
    }

    /**
     * Whether a bypass entry covers the host: {@code <local>} (names without a dot), {@code *}, globs such as
     * {@code *.contoso.com}, domains as no_proxy writes them ({@code contoso.com} and {@code .contoso.com}
     * cover the domain and its subdomains), and address ranges for address literals.
     */
    public static boolean bypassed(List<String> bypass, String host) {
        String name = host.toLowerCase(Locale.ROOT);
        for (String raw : bypass) {
            String entry = raw.trim().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("<local>")) {
                if (name.indexOf('.') < 0 && name.indexOf(':') < 0) {
                    return true;
                }
                continue;
            }
            if (entry.equals("*")) {
                return true;
            }
            if (entry.contains("*")) {
                if (Wildcards.compile(entry).matcher(name).matches()) {
                    return true;
                }
                continue;
            }
            if (entry.contains("/") || entry.indexOf(':') != entry.lastIndexOf(':')) {
                try {
                    if (IpRange.parse(entry).contains(java.net.InetAddress.getByAddress(IpRange.literal(name)))) {
                        return true;
                    }
                } catch (IllegalArgumentException | java.net.UnknownHostException e) {
                    // not an address range, or the host is a name: no match
                }
                continue;
            }
            String domain = entry.replaceFirst(":\\d+$", "");
            domain = domain.startsWith(".") ? domain.substring(1) : domain;
            if (name.equals(domain) || name.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The proxy this process and the programs of its user are configured with: the Java system properties
     * ({@code https.proxyHost}, {@code http.nonProxyHosts} ...) where the console was given them, otherwise
     * the environment ({@code https_proxy}, {@code http_proxy}, {@code all_proxy}, {@code no_proxy}, lower case
     * first as curl reads them). Credentials in proxy URLs are left out.
     */
    public static ProxySettings fromEnvironment(Map<String, String> environment, Properties systemProperties) {
        List<String> servers = new ArrayList<>();
        String httpsHost = systemProperties.getProperty("https.proxyHost");
        String httpHost = systemProperties.getProperty("http.proxyHost");
        if (notBlank(httpsHost) || notBlank(httpHost)) {
            if (notBlank(httpsHost)) {
                servers.add("https=" + httpsHost.trim() + ":"
                        + systemProperties.getProperty("https.proxyPort", "443").trim());
            }
            if (notBlank(httpHost)) {
                servers.add("http=" + httpHost.trim() + ":" + systemProperties.getProperty("http.proxyPort", "80").trim());
            }
            List<String> bypass = split(systemProperties.getProperty("http.nonProxyHosts", ""), "\\|");
            return new ProxySettings(SYSTEM_PROPERTIES, false, servers, bypass, null);
        }
        Map<String, String> variables = environmentProxies(environment);
        variables.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("https_proxy")) {
                servers.add("https=" + redact(value));
            } else if (lower.equals("http_proxy")) {
                servers.add("http=" + redact(value));
            } else if (lower.equals("all_proxy")) {
                servers.add(redact(value));
            }
        });
        String noProxy = variables.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("no_proxy"))
                .map(Map.Entry::getValue).findFirst().orElse("");
        return new ProxySettings(ENVIRONMENT, servers.isEmpty(), servers, split(noProxy, ","), null);
    }

    /** The proxy variables that are set, each under the spelling that counts (lower case first). */
    public static Map<String, String> environmentProxies(Map<String, String> environment) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String name : List.of("https_proxy", "http_proxy", "all_proxy", "no_proxy")) {
            for (String spelling : List.of(name, name.toUpperCase(Locale.ROOT))) {
                String value = environment.get(spelling);
                if (notBlank(value)) {
                    chosen.put(spelling, value.trim());
                    break;
                }
            }
        }
        return chosen;
    }

    /** A proxy URL without the user name and password it may carry. */
    public static String redact(String proxyUrl) {
        return proxyUrl.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)?[^/\\s]*@", "$1");
    }

    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split(separator)) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
