package org.triage.formats.readings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.triage.core.target.CachedCredential;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.Evidence;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.core.target.Route;
import org.triage.core.target.VpnConnection;
import org.triage.formats.AdaptersJsonFormat;
import org.triage.formats.CmdkeyFormat;
import org.triage.formats.ConnectionSettingsBlob;
import org.triage.formats.CredentialRecord;
import org.triage.formats.CredentialsJsonFormat;
import org.triage.formats.DecodedText;
import org.triage.formats.DsregStatus;
import org.triage.formats.DsregcmdFormat;
import org.triage.formats.FormatResult;
import org.triage.formats.IpconfigAll;
import org.triage.formats.IpconfigFormat;
import org.triage.formats.NetRoutesFormat;
import org.triage.formats.ParseProblem;
import org.triage.formats.ProxyRegistry;
import org.triage.formats.ProxyRegistryFormat;
import org.triage.formats.RasDialEventList;
import org.triage.formats.RasDialEventsFormat;
import org.triage.formats.StoredCredential;
import org.triage.formats.TextDecoder;
import org.triage.formats.VpnConnectionsFormat;
import org.triage.formats.WinHttpProxyFormat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Turns the verbatim output of Windows tools into the target readings probes ask for, the same way for a
 * snapshot file and for a command run live. Output that is not the expected format becomes a failed
 * reading that names the file and the line; the parsers' problems become the reading's, and lines they
 * keep without understanding stay in the raw evidence.
 */
public final class WindowsReadings {

    private WindowsReadings() {
    }

    public static Reading<List<CachedCredential>> credentials(RawOutput raw) {
        return read(raw, SnapshotFile.CMDKEY_LIST, CmdkeyFormat::parse, list -> list.credentials().stream()
                .map(WindowsReadings::credential).toList(), "cmdkey /list output", CmdkeyFormat.VOCABULARY);
    }

    private static CachedCredential credential(StoredCredential stored) {
        String persistence = switch (stored.persistenceKind()) {
            case LOCAL_MACHINE -> "Local machine";
            case LOGON_SESSION -> "Session";
            case ENTERPRISE -> "Enterprise";
            case NOT_SHOWN -> null;
            case OTHER -> stored.persistence().orElse(null);
        };
        return new CachedCredential(stored.target(), stored.targetName(), stored.type(), stored.user().orElse(null),
                persistence, null);
    }

    public static Reading<DeviceRegistration> registration(RawOutput raw) {
        return read(raw, SnapshotFile.DSREGCMD_STATUS, DsregcmdFormat::parse, WindowsReadings::registration,
                "dsregcmd /status output");
    }

    /**
     * Every field by section. SSO State may report two PRT attempts with the same field names, each block opened by
     * a {@code …PrtDiagnostics : PRESENT} line: the first keeps the plain names (the rules read it), a later one is
     * kept under its block's name ({@code RefreshPrtDiagnostics/Attempt Status}), so no attempt's fields mix with
     * another's.
     */
    private static DeviceRegistration registration(DsregStatus status) {
        Map<String, Map<String, String>> sections = new java.util.LinkedHashMap<>();
        status.sections().forEach(section -> {
            Map<String, String> fields = sections.computeIfAbsent(section.title(), t -> new java.util.LinkedHashMap<>());
            String block = "";
            boolean sawDiagnostics = false;
            for (var field : section.fields()) {
                if (field.name().endsWith("PrtDiagnostics")) {
                    block = sawDiagnostics ? field.name() + "/" : "";
                    sawDiagnostics = true;
                    fields.putIfAbsent(field.name(), field.value());
                } else {
                    fields.putIfAbsent(block + field.name(), field.value());
                }
            }
        });
        return new DeviceRegistration(sections);
    }

    public static Reading<List<NetworkAdapter>> adapters(RawOutput raw) {
        return read(raw, SnapshotFile.IPCONFIG_ALL, IpconfigFormat::parse, WindowsReadings::adapters,
                "ipconfig /all output", IpconfigFormat.VOCABULARY);
    }

    private static List<NetworkAdapter> adapters(IpconfigAll config) {
        List<NetworkAdapter> adapters = new ArrayList<>();
        for (org.triage.formats.NetworkAdapter adapter : config.adapters()) {
            adapters.add(new NetworkAdapter(adapter.name(), adapter.type(), adapter.description(),
                    adapter.ipv4Addresses(), adapter.ipv4DefaultGateways(), adapter.dnsServers(),
                    emptyToNull(adapter.connectionSpecificDnsSuffix()), !adapter.mediaDisconnected(),
                    adapter.isPpp() || adapter.isVpnLike()));
        }
        return adapters;
    }

    public static Reading<List<VpnConnection>> vpnConnections(RawOutput raw) {
        return read(raw, SnapshotFile.VPN_CONNECTIONS, VpnConnectionsFormat::parse, list -> list.connections().stream()
                .map(vpn -> new VpnConnection(vpn.name(), emptyToNull(vpn.serverAddress()),
                        vpn.tunnelType() == null ? null : vpn.tunnelType().powerShellName(),
                        vpn.splitTunneling().orElse(null), emptyToNull(vpn.connectionStatus()),
                        vpn.idleDisconnectSeconds().map(Long::intValue).orElse(null),
                        vpn.allUserConnection().orElse(false))
                        .withCredentialSettings(vpn.rememberCredential().orElse(null), vpn.authenticationMethods()))
                .toList(), "Get-VpnConnection JSON");
    }

    /**
     * The profiles, each connected one with the start of its session taken from the RasClient dial events
     * ({@link RasDialEventsFormat#QUERY}). Events that cannot be read leave the profiles as they are, with
     * a problem that says why; they never fail the reading.
     */
    public static Reading<List<VpnConnection>> withSessionStarts(Reading<List<VpnConnection>> profiles,
            RawOutput dialEvents) {
        if (profiles.kind() != Reading.Kind.VALUE || dialEvents == null) {
            return profiles;
        }
        Reading<RasDialEventList> events = read(dialEvents, SnapshotFile.VPN_DIAL_EVENTS, RasDialEventsFormat::parse,
                list -> list,
                "RasClient events");
        List<Evidence> evidence = new ArrayList<>(profiles.evidence());
        evidence.addAll(events.evidence());
        List<String> problems = new ArrayList<>(profiles.problems());
        problems.addAll(events.problems());
        if (events.kind() != Reading.Kind.VALUE) {
            problems.add(events.message() + "; when the VPN sessions began is not known");
            return Reading.of(profiles.value(), evidence, problems);
        }
        List<String> names = profiles.value().stream().map(VpnConnection::name).filter(name -> name != null).toList();
        List<VpnConnection> connections = profiles.value().stream()
                .map(vpn -> !vpn.connected() || vpn.name() == null ? vpn
                        : vpn.withConnectedSince(events.value().lastDialOf(vpn.name(), names).orElse(null)))
                .toList();
        return Reading.of(connections, evidence, problems);
    }

    public static Reading<List<Route>> routes(RawOutput raw) {
        return read(raw, SnapshotFile.ROUTES, NetRoutesFormat::parse, table -> table.routes().stream()
                .map(route -> new Route(route.destinationPrefix(), emptyToNull(route.nextHop()),
                        emptyToNull(route.interfaceAlias()), route.interfaceIndex().orElse(null),
                        route.routeMetric().orElse(null), integer(route.otherProperties().get("InterfaceMetric"))))
                .toList(), "Get-NetRoute JSON");
    }

    public static Reading<ProxySettings> proxy(RawOutput raw) {
        return read(raw, SnapshotFile.WINHTTP_PROXY, WinHttpProxyFormat::parse, proxy -> new ProxySettings("WinHTTP",
                proxy.direct(),
                proxy.proxyServers(), proxy.bypassList(), proxy.autoConfigUrl().orElse(null)),
                "netsh winhttp show proxy output", WinHttpProxyFormat.VOCABULARY);
    }

    /** {@code credentials.json}: Credential Manager as the Credential API lists it, with when each entry was written. */
    public static Reading<List<CachedCredential>> credentialsJson(RawOutput raw) {
        return read(raw, SnapshotFile.CREDENTIALS_JSON, CredentialsJsonFormat::parse, list -> list.credentials()
                .stream().map(WindowsReadings::credential).toList(), "credentials.json");
    }

    private static CachedCredential credential(CredentialRecord record) {
        return new CachedCredential(record.cmdkeyTarget(), record.targetName(), record.typeName(),
                record.userName().orElse(null), record.persistenceName(), record.lastWritten().orElse(null));
    }

    /** {@code adapters.json}: the interfaces as the NetAdapter, NetTCPIP and DnsClient cmdlets give them. */
    public static Reading<List<NetworkAdapter>> adaptersJson(RawOutput raw) {
        return read(raw, SnapshotFile.ADAPTERS_JSON, AdaptersJsonFormat::parse, list -> list.adapters().stream()
                .map(adapter -> new NetworkAdapter(adapter.name(), adapter.kind(), emptyToNull(adapter.description()),
                        adapter.ipv4Addresses(), adapter.ipv4DefaultGateways(), adapter.dnsServers(),
                        adapter.dnsSuffix().orElse(null), adapter.connected(), adapter.isVpnLike()))
                .toList(), "adapters.json");
    }

    /**
     * {@code winhttp-proxy.json}: the WinHTTP proxy decoded from the registry. The user's WinINET settings are not
     * WinHTTP's and stay in the evidence; where they name a proxy or a PAC file that WinHTTP does not use, a problem
     * says so, since apps that sign in through WinINET (Office, OneDrive) follow them.
     */
    public static Reading<ProxySettings> proxyJson(RawOutput raw) {
        Reading<ProxyRegistry> registry = read(raw, SnapshotFile.WINHTTP_PROXY_JSON, ProxyRegistryFormat::parse,
                proxy -> proxy, "winhttp-proxy.json");
        if (registry.kind() != Reading.Kind.VALUE) {
            return new Reading<>(registry.kind(), null, registry.message(), registry.evidence(), registry.problems());
        }
        ProxyRegistry proxy = registry.value();
        ProxySettings settings = proxy.winHttp().filter(ConnectionSettingsBlob::manualProxy)
                .map(winHttp -> new ProxySettings("WinHTTP", false, winHttp.proxyServers(), winHttp.bypassEntries(),
                        winHttp.autoConfig().orElse(null)))
                .orElseGet(() -> new ProxySettings("WinHTTP", true, List.of(), List.of(),
                        proxy.winHttp().flatMap(ConnectionSettingsBlob::autoConfig).orElse(null)));
        List<String> problems = new ArrayList<>(registry.problems());
        boolean userProxy = proxy.proxyEnable().orElse(false) && proxy.proxyServer().isPresent();
        if (userProxy || proxy.autoConfigUrl().isPresent()) {
            problems.add(raw.name() + ": the user's WinINET settings "
                    + (userProxy ? "use the proxy " + proxy.proxyServer().get() : "")
                    + (userProxy && proxy.autoConfigUrl().isPresent() ? " and " : "")
                    + proxy.autoConfigUrl().map(url -> "the PAC file " + url).orElse("")
                    + ", which WinHTTP does not follow");
        }
        return Reading.of(settings, registry.evidence(), problems);
    }

    /**
     * {@code Test-NetConnection … | ConvertTo-Json} results (an object or an array), matched to the endpoints
     * asked for by host name; a result for another host becomes an endpoint of its own.
     */
    public static Reading<List<EndpointCheck>> endpointTests(RawOutput raw, List<Endpoint> endpoints) {
        DecodedText text;
        try {
            text = TextDecoder.decode(raw.bytes());
        } catch (RuntimeException e) {
            return Reading.failed(raw.name() + ": cannot be decoded: " + e.getMessage(), List.of());
        }
        Evidence evidence = new Evidence(raw.command(), raw.fileName(), text.encodingName(), raw.exitCode(),
                raw.capturedAt(), text.text(), SnapshotFile.ENDPOINT_TESTS.outputKind());
        try {
            JsonElement root = JsonParser.parseString(text.text());
            JsonArray results = root.isJsonArray() ? root.getAsJsonArray() : new JsonArray();
            if (root.isJsonObject()) {
                results.add(root);
            }
            List<EndpointCheck> checks = new ArrayList<>();
            for (JsonElement element : results) {
                if (!element.isJsonObject()) {
                    continue;
                }
                JsonObject result = element.getAsJsonObject();
                String host = string(result, "ComputerName");
                if (host == null) {
                    continue;
                }
                Endpoint endpoint = endpoints.stream().filter(e -> e.host().equalsIgnoreCase(host)).findFirst()
                        .orElse(new Endpoint(host, integer(result, "RemotePort", 443), host));
                checks.add(new EndpointCheck(endpoint, bool(result, "NameResolutionSucceeded"), addresses(result),
                        bool(result, "TcpTestSucceeded"), null, null, null, "direct",
                        result.has("DurationMs") ? (long) integer(result, "DurationMs", 0) : null, null));
            }
            if (checks.isEmpty()) {
                return Reading.failed(raw.name() + ": holds no Test-NetConnection result with a ComputerName",
                        List.of(evidence));
            }
            return Reading.of(checks, evidence);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return Reading.failed(raw.name() + " is not valid JSON: " + e.getMessage(), List.of(evidence));
        }
    }

    private static String string(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    private static Boolean bool(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsBoolean();
    }

    private static int integer(JsonObject json, String name, int fallback) {
        JsonElement value = json.get(name);
        try {
            return value == null || !value.isJsonPrimitive() ? fallback : value.getAsInt();
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static List<String> addresses(JsonObject json) {
        JsonElement value = json.get("RemoteAddress");
        List<String> addresses = new ArrayList<>();
        if (value != null && value.isJsonArray()) {
            value.getAsJsonArray().forEach(item -> addresses.add(item.getAsString()));
        } else if (value != null && value.isJsonPrimitive()) {
            addresses.add(value.getAsString());
        }
        return addresses;
    }

    /** The output as evidence of {@code kind}, decoded but not read. */
    public static Evidence evidence(RawOutput raw, SnapshotFile kind) {
        String text;
        String encoding;
        try {
            DecodedText decoded = TextDecoder.decode(raw.bytes());
            text = decoded.text();
            encoding = decoded.encodingName();
        } catch (RuntimeException e) {
            text = "";
            encoding = null;
        }
        return new Evidence(raw.command(), raw.fileName(), encoding, raw.exitCode(), raw.capturedAt(), text,
                kind.outputKind());
    }

    /**
     * Decodes, parses and converts. Never throws: an unrecognised or broken input is a failed reading whose
     * message names the source and the first line that went wrong.
     */
    static <R extends FormatResult, T> Reading<T> read(RawOutput raw, SnapshotFile kind, Function<String, R> parser,
            Function<R, T> convert, String expected) {
        return read(raw, kind, parser, convert, expected, List.of());
    }

    /**
     * As {@link #read(RawOutput, SnapshotFile, Function, Function, String)}, decoding text in a console code page by
     * the words of the format's {@code vocabulary} (its labels in the languages it reads).
     */
    static <R extends FormatResult, T> Reading<T> read(RawOutput raw, SnapshotFile kind, Function<String, R> parser,
            Function<R, T> convert, String expected, java.util.Collection<String> vocabulary) {
        DecodedText text;
        try {
            text = TextDecoder.decode(raw.bytes(), vocabulary);
        } catch (RuntimeException e) {
            return Reading.failed(raw.name() + ": cannot be decoded: " + e.getMessage(), List.of());
        }
        Evidence evidence = new Evidence(raw.command(), raw.fileName(), text.encodingName(), raw.exitCode(),
                raw.capturedAt(), text.text(), kind.outputKind());
        R result;
        try {
            result = parser.apply(text.text());
        } catch (RuntimeException e) {
            return Reading.failed(raw.name() + ": the parser failed on it: " + e, List.of(evidence));
        }
        if (!result.recognised()) {
            Optional<ParseProblem> first = result.firstProblem();
            return Reading.failed(raw.name() + (first.map(p -> " line " + p.line() + ": " + p.message())
                    .orElse(": not " + expected)), List.of(evidence));
        }
        List<String> problems = new ArrayList<>();
        result.problems().forEach(p -> problems.add(raw.name() + " line " + p.line() + ": " + p.message()));
        try {
            return Reading.of(convert.apply(result), List.of(evidence), problems);
        } catch (RuntimeException e) {
            return Reading.failed(raw.name() + ": " + e, List.of(evidence));
        }
    }

    private static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

}
