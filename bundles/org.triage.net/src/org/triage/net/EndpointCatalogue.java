package org.triage.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.triage.core.target.Endpoint;
import org.triage.core.target.ProxySettings;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The endpoints to test and the address ranges Microsoft publishes for them, in the format of Microsoft's
 * endpoints web service ({@code https://endpoints.office.com/endpoints/worldwide?clientrequestid=GUID}): an
 * array of endpoint sets with {@code id}, {@code serviceArea}, {@code urls}, {@code ips}, {@code tcpPorts},
 * {@code category} and {@code required}. Wildcard URLs become a concrete host to test where one is known
 * ({@code *.msftauth.net} is tested as {@code aadcdn.msftauth.net}). Every catalogue has a version that
 * the test results carry: the one given, else a digest of its content.
 */
public final class EndpointCatalogue {

    /** One endpoint set of the catalogue, as Microsoft publishes it. */
    public record Entry(int id, String serviceArea, List<String> urls, List<IpRange> ips, List<Integer> tcpPorts,
            String category, boolean required, String notes) {

        public Entry {
            urls = List.copyOf(urls);
            ips = List.copyOf(ips);
            tcpPorts = List.copyOf(tcpPorts);
        }
    }

    /** The concrete hosts the wildcards of the sign-in endpoint sets are tested as. */
    public static final Map<String, String> WILDCARD_TEST_HOSTS = Map.of(
            "*.msftauth.net", "aadcdn.msftauth.net",
            "*.msauth.net", "aadcdn.msauth.net",
            "*.msauthimages.net", "aadcdn.msauthimages.net",
            "*.msftauthimages.net", "aadcdn.msftauthimages.net",
            "*.microsoftonline.com", "login.microsoftonline.com",
            "*.microsoftonline-p.com", "login.microsoftonline-p.com");

    private static final String BUILT_IN = "/catalogue/authentication.json";
    private static final int HTTPS = 443;

    private final String version;
    private final String source;
    private final List<Entry> entries;
    private final List<Endpoint> endpoints;
    private final List<String> notes;

    private EndpointCatalogue(String version, String source, List<Entry> entries, List<Endpoint> endpoints,
            List<String> notes) {
        this.version = version;
        this.source = source;
        this.entries = List.copyOf(entries);
        this.endpoints = List.copyOf(endpoints);
        this.notes = List.copyOf(notes);
    }

    /**
     * The sign-in endpoints of {@link Endpoint#AUTHENTICATION}, with the ranges of Microsoft's endpoint sets
     * 56 and 59 (Microsoft 365 Common: Entra ID authentication and its CDNs).
     */
    public static EndpointCatalogue builtIn() {
        try (InputStream in = EndpointCatalogue.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks " + BUILT_IN);
            }
            byte[] bytes = in.readAllBytes();
            EndpointCatalogue parsed = parse(new String(bytes, StandardCharsets.UTF_8), "built-in",
                    "built-in " + digest(bytes), WILDCARD_TEST_HOSTS);
            return new EndpointCatalogue(parsed.version, parsed.source, parsed.entries, Endpoint.AUTHENTICATION,
                    parsed.notes);
        } catch (IOException | CatalogueException e) {
            throw new IllegalStateException("the built-in endpoint catalogue is broken: " + e.getMessage(), e);
        }
    }

    /** Reads a file, or fetches an {@code http(s)://} URL (through {@code proxy} where it names one). */
    public static EndpointCatalogue open(String fileOrUrl, Duration timeout, ProxySettings proxy)
            throws CatalogueException {
        String location = fileOrUrl.trim();
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return fetch(URI.create(location), timeout, proxy);
            } catch (IllegalArgumentException e) {
                throw new CatalogueException("not a URL: " + location);
            }
        }
        return load(Path.of(location));
    }

    public static EndpointCatalogue load(Path file) throws CatalogueException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return parse(new String(bytes, StandardCharsets.UTF_8), file.toString(),
                    file.getFileName() + " " + digest(bytes), WILDCARD_TEST_HOSTS);
        } catch (NoSuchFileException e) {
            throw new CatalogueException("no endpoint catalogue at " + file);
        } catch (IOException e) {
            throw new CatalogueException("cannot read the endpoint catalogue " + file + ": " + e.getMessage(), e);
        }
    }

    /** Fetches the catalogue from Microsoft's web service (or a copy of it) within {@code timeout}. */
    public static EndpointCatalogue fetch(URI uri, Duration timeout, ProxySettings proxy) throws CatalogueException {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL);
        Optional<ProxyServer> through = Proxies.select(proxy, uri.getHost() == null ? "" : uri.getHost(),
                uri.getScheme()).proxy();
        client.proxy(through.map(p -> ProxySelector.of(InetSocketAddress.createUnresolved(p.host(), p.port())))
                .orElse(HttpClient.Builder.NO_PROXY));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET()
                .build();
        try (HttpClient http = client.build()) {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            if (response.statusCode() != 200) {
                throw new CatalogueException("the endpoint catalogue at " + uri + " answered HTTP "
                        + response.statusCode() + errorOf(body).map(error -> ": " + error).orElse(""));
            }
            return parse(body, uri.toString(), uri.getHost() + " " + digest(response.body()), WILDCARD_TEST_HOSTS);
        } catch (IOException e) {
            throw new CatalogueException("cannot fetch the endpoint catalogue from " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogueException("fetching the endpoint catalogue from " + uri + " was interrupted", e);
        }
    }

    /**
     * @param source        where it came from, for messages
     * @param version       the version results are stamped with
     * @param wildcardHosts the concrete host each wildcard URL is tested as; others are left out with a note
     * @throws CatalogueException where the text is not an array of endpoint sets; single bad sets are left
     *                            out and named in {@link #notes()}
     */
    public static EndpointCatalogue parse(String json, String source, String version, Map<String, String> wildcardHosts)
            throws CatalogueException {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new CatalogueException(source + " is not JSON: " + e.getMessage(), e);
        }
        Optional<String> error = root.isJsonObject() ? errorOf(root.getAsJsonObject()) : Optional.empty();
        if (error.isPresent()) {
            throw new CatalogueException(source + " holds an error from the endpoints web service: " + error.get());
        }
        if (!root.isJsonArray()) {
            throw new CatalogueException(source + " is not Microsoft's endpoints JSON: expected an array of endpoint sets");
        }
        List<Entry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int index = 0;
        for (JsonElement element : root.getAsJsonArray()) {
            index++;
            try {
                entries.add(entry(element, notes));
            } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
                notes.add(source + ": endpoint set #" + index + " left out: " + e.getMessage());
            }
        }
        if (entries.isEmpty()) {
            throw new CatalogueException(source + " holds no usable endpoint set" + (notes.isEmpty() ? ""
                    : " (" + String.join("; ", notes) + ")"));
        }
        List<Endpoint> endpoints = endpoints(entries, wildcardHosts, notes);
        return new EndpointCatalogue(version, source, entries, endpoints, notes);
    }

    private static Entry entry(JsonElement element, List<String> notes) {
        if (!element.isJsonObject()) {
            throw new IllegalArgumentException("not an object");
        }
        JsonObject set = element.getAsJsonObject();
        JsonElement id = set.get("id");
        if (id == null || !id.isJsonPrimitive() || !id.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("no numeric id");
        }
        int number = id.getAsInt();
        List<String> urls = strings(set, "urls");
        List<IpRange> ips = new ArrayList<>();
        for (String ip : strings(set, "ips")) {
            try {
                ips.add(IpRange.parse(ip));
            } catch (IllegalArgumentException e) {
                notes.add("endpoint set " + number + ": the range '" + ip + "' is left out: " + e.getMessage());
            }
        }
        if (urls.isEmpty() && ips.isEmpty()) {
            throw new IllegalArgumentException("endpoint set " + number + " has neither urls nor ips");
        }
        return new Entry(number, text(set, "serviceArea"), urls, ips, ports(text(set, "tcpPorts"), number, notes),
                text(set, "category"), set.has("required") && set.get("required").getAsBoolean(), text(set, "notes"));
    }

    private static List<String> strings(JsonObject set, String name) {
        JsonElement value = set.get(name);
        if (value == null || value.isJsonNull()) {
            return List.of();
        }
        if (!value.isJsonArray()) {
            throw new IllegalArgumentException(name + " is not a list");
        }
        List<String> strings = new ArrayList<>();
        for (JsonElement item : value.getAsJsonArray()) {
            if (!item.isJsonPrimitive()) {
                throw new IllegalArgumentException(name + " holds something other than text");
            }
            strings.add(item.getAsString().trim());
        }
        return strings;
    }

    private static String text(JsonObject set, String name) {
        JsonElement value = set.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static List<Integer> ports(String tcpPorts, int id, List<String> notes) {
        List<Integer> ports = new ArrayList<>();
        if (tcpPorts == null) {
            return ports;
        }
        for (String part : tcpPorts.split(",")) {
            String port = part.trim();
            if (port.isEmpty()) {
                continue;
            }
            try {
                int value = Integer.parseInt(port);
                if (value < 1 || value > 65535) {
                    throw new NumberFormatException();
                }
                ports.add(value);
            } catch (NumberFormatException e) {
                notes.add("endpoint set " + id + ": the TCP ports '" + port + "' are not tested (not a single port)");
            }
        }
        return ports;
    }

    /** One endpoint per host: on 443 where the set lists it (sign-in is HTTPS), otherwise on each listed port. */
    private static List<Endpoint> endpoints(List<Entry> entries, Map<String, String> wildcardHosts, List<String> notes) {
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        Set<String> unmapped = new LinkedHashSet<>();
        for (Entry entry : entries) {
            List<Integer> ports = entry.tcpPorts().contains(HTTPS) ? List.of(HTTPS) : entry.tcpPorts();
            for (String url : entry.urls()) {
                String pattern = url.toLowerCase(Locale.ROOT);
                String host = pattern.contains("*") ? wildcardHosts.get(pattern) : pattern;
                if (host == null) {
                    unmapped.add(url + " (endpoint set " + entry.id() + ")");
                    continue;
                }
                for (int port : ports) {
                    endpoints.putIfAbsent(host + ":" + port, new Endpoint(host, port, pattern));
                }
            }
        }
        if (!unmapped.isEmpty()) {
            notes.add("wildcards without a known host to test, left out: " + String.join(", ", unmapped));
        }
        return new ArrayList<>(endpoints.values());
    }

    private static Optional<String> errorOf(String body) {
        try {
            JsonElement root = JsonParser.parseString(body);
            return root.isJsonObject() ? errorOf(root.getAsJsonObject()) : Optional.empty();
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> errorOf(JsonObject object) {
        JsonElement error = object.get("error");
        if (error == null) {
            return Optional.empty();
        }
        return Optional.of(error.isJsonPrimitive() ? error.getAsString() : error.toString());
    }

    static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "sha256:" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** What results are stamped with, e.g. {@code worldwide.json sha256:1a2b3c4d5e6f}. */
    public String version() {
        return version;
    }

    /** The file, URL or {@code built-in}. */
    public String source() {
        return source;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The endpoints to test, wildcards mapped to concrete hosts. */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** Sets, ranges and wildcards that were left out, and why. */
    public List<String> notes() {
        return notes;
    }

    /** The sets that name {@code host}: those that list it exactly, else those whose wildcards cover it. */
    public List<Entry> entriesFor(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        List<Entry> exact = entries.stream()
                .filter(entry -> entry.urls().stream().anyMatch(url -> url.equalsIgnoreCase(name))).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return entries.stream().filter(entry -> entry.urls().stream()
                .anyMatch(url -> url.contains("*") && Wildcards.compile(url).matcher(name).matches())).toList();
    }

    /** The ranges Microsoft publishes for {@code host}; empty where its sets publish none. */
    public List<IpRange> publishedRanges(String host) {
        Set<IpRange> ranges = new LinkedHashSet<>();
        entriesFor(host).forEach(entry -> ranges.addAll(entry.ips()));
        return List.copyOf(ranges);
    }

    /**
     * Whether every address lies in the ranges published for the host; null where there is nothing to
     * compare (no address, or no published range).
     */
    public Boolean inPublishedRanges(String host, List<InetAddress> addresses) {
        List<IpRange> ranges = publishedRanges(host);
        if (ranges.isEmpty() || addresses.isEmpty()) {
            return null;
        }
        return addresses.stream().allMatch(address -> ranges.stream().anyMatch(range -> range.contains(address)));
    }

    @Override
    public String toString() {
        return "endpoint catalogue " + version + " (" + entries.size() + " endpoint sets, " + endpoints.size()
                + " endpoints)";
    }
}
