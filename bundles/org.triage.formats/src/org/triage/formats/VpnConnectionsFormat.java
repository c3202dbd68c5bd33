package org.triage.formats;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes {@code Get-VpnConnection | ConvertTo-Json}: one object, an array, several
 * values appended to one file, or nothing at all (no profiles).
 *
 * <p>Windows PowerShell 5.1 stops at depth 2 and writes deeper objects as their type name
 * ({@code "System.Collections..."}, {@code "Microsoft.Management.Infrastructure.CimInstance[]"});
 * such properties are listed in {@link VpnConnection#truncatedProperties()}. Enumerations
 * may come as names (the cmdlet's strings, or {@code -EnumsAsStrings}) or as numbers.
 */
public final class VpnConnectionsFormat {

    private static final Set<String> IDENTIFYING = Set.of("Name", "ServerAddress", "TunnelType", "Guid");
    private static final Set<String> READ_PROPERTIES = caseInsensitive(
            "Name", "ServerAddress", "AllUserConnection", "Guid", "TunnelType", "AuthenticationMethod",
            "EncryptionLevel", "L2tpIPsecAuth", "UseWinlogonCredential", "ConnectionStatus", "RememberCredential",
            "SplitTunneling", "DnsSuffix", "IdleDisconnectSeconds", "Routes");
    private static final Pattern PREFIX = Pattern.compile(
            "\\b(\\d{1,3}(?:\\.\\d{1,3}){3}/\\d{1,2}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}/\\d{1,3})");

    private VpnConnectionsFormat() {
    }

    public static VpnConnectionList parse(byte[] bytes) {
        return parse(TextDecoder.decode(bytes).text());
    }

    public static VpnConnectionList parse(String text) {
        String json = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<ParseProblem> problems = new ArrayList<>();
        if (json.isBlank()) {
            return new VpnConnectionList(List.of(), List.of(), true);
        }
        PowerShellJson.ReadResult read = PowerShellJson.read(json);
        if (read.problem() != null) {
            problems.add(read.problem());
        }
        List<VpnConnection> connections = new ArrayList<>();
        List<JsonElement> items = PowerShellJson.items(read.values());
        List<Integer> foreignItems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonElement item = items.get(i);
            if (item.isJsonObject() && isVpnProfile(item.getAsJsonObject())) {
                connections.add(readConnection(item.getAsJsonObject(), connections.size(), json, problems));
            } else {
                foreignItems.add(i);
            }
        }
        boolean sawForeignItem = !foreignItems.isEmpty();
        if (sawForeignItem) {
            int first = foreignItems.get(0);
            problems.add(new ParseProblem(1, foreignItems.size() + " of " + items.size()
                    + " JSON items are not VPN profiles (no Name, ServerAddress, TunnelType or Guid); item " + (first + 1)
                    + " is " + TextLines.excerpt(items.get(first).toString())));
        }
        boolean nothingButEmpty = read.problem() == null && items.isEmpty();
        boolean recognised = !connections.isEmpty() || nothingButEmpty;
        if (!recognised && !sawForeignItem && read.problem() == null) {
            problems.add(new ParseProblem(1, "no VPN profiles in the JSON"));
        }
        if (!recognised) {
            problems.add(0, new ParseProblem(problems.isEmpty() ? 1 : problems.get(0).line(),
                    "not Get-VpnConnection | ConvertTo-Json output"));
        }
        return new VpnConnectionList(connections, problems, recognised);
    }

    private static boolean isVpnProfile(JsonObject object) {
        return IDENTIFYING.stream().anyMatch(key -> PowerShellJson.member(object, key) != null);
    }

    private static VpnConnection readConnection(JsonObject object, int index, String json, List<ParseProblem> problems) {
        List<String> truncated = new ArrayList<>();
        Map<String, String> others = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            if (PowerShellJson.isTruncation(member.getValue())) {
                truncated.add(member.getKey());
            }
            if (!READ_PROPERTIES.contains(member.getKey())) {
                others.put(member.getKey(), member.getValue().toString());
            }
        }
        String name = PowerShellJson.text(object, "Name");

        JsonElement tunnel = PowerShellJson.member(object, "TunnelType");
        VpnTunnelType tunnelType = VpnTunnelType.UNKNOWN;
        String tunnelText = PowerShellJson.text(object, "TunnelType");
        Optional<Long> tunnelNumber = PowerShellJson.whole(object, "TunnelType");
        if (tunnelNumber.isPresent()) {
            Optional<VpnTunnelType> assumed = VpnTunnelType.fromAssumedNumber(tunnelNumber.get());
            tunnelType = assumed.orElse(VpnTunnelType.UNKNOWN);
            problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "TunnelType", index),
                    "'" + name + "': TunnelType written as the number " + tunnelNumber.get()
                            + assumed.map(t -> ", read as " + t.powerShellName() + " by the assumed enum order")
                                    .orElse(", which names no known tunnel type")));
        } else if (tunnel != null && !tunnel.isJsonNull()) {
            tunnelType = VpnTunnelType.fromName(tunnelText);
            if (tunnelType == VpnTunnelType.UNKNOWN) {
                problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "TunnelType", index),
                        "'" + name + "': unknown TunnelType " + TextLines.excerpt(tunnelText)));
            }
        }

        String status = PowerShellJson.text(object, "ConnectionStatus");
        if (PowerShellJson.whole(object, "ConnectionStatus").isPresent()) {
            problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "ConnectionStatus", index),
                    "'" + name + "': ConnectionStatus written as the number " + status + ", whose meaning is not documented"));
        }

        return new VpnConnection(name, PowerShellJson.text(object, "ServerAddress"),
                PowerShellJson.bool(object, "AllUserConnection"), PowerShellJson.text(object, "Guid"),
                tunnelType, tunnelText, stringList(PowerShellJson.member(object, "AuthenticationMethod"), truncated,
                        "AuthenticationMethod"),
                PowerShellJson.text(object, "EncryptionLevel"), PowerShellJson.text(object, "L2tpIPsecAuth"),
                PowerShellJson.bool(object, "UseWinlogonCredential"), status,
                PowerShellJson.bool(object, "RememberCredential"), PowerShellJson.bool(object, "SplitTunneling"),
                PowerShellJson.text(object, "DnsSuffix"), PowerShellJson.whole(object, "IdleDisconnectSeconds"),
                routes(PowerShellJson.member(object, "Routes"), truncated), others, truncated);
    }

    private static List<String> stringList(JsonElement value, List<String> truncated, String property) {
        if (value == null || value.isJsonNull() || PowerShellJson.isTruncation(value)) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        if (value.isJsonArray()) {
            for (JsonElement element : value.getAsJsonArray()) {
                if (PowerShellJson.isTruncation(element) && !truncated.contains(property)) {
                    truncated.add(property);
                }
                if (!element.isJsonNull()) {
                    list.add(element.isJsonPrimitive() ? element.getAsString() : element.toString());
                }
            }
        } else {
            list.add(value.isJsonPrimitive() ? value.getAsString() : value.toString());
        }
        return list;
    }

    private static List<String> routes(JsonElement value, List<String> truncated) {
        if (value == null || value.isJsonNull() || PowerShellJson.isTruncation(value)) {
            return List.of();
        }
        JsonArray array;
        if (value.isJsonArray()) {
            array = value.getAsJsonArray();
        } else {
            array = new JsonArray();
            array.add(value);
        }
        List<String> routes = new ArrayList<>();
        for (JsonElement route : array) {
            if (route.isJsonObject()) {
                String prefix = PowerShellJson.text(route.getAsJsonObject(), "DestinationPrefix");
                routes.add(prefix.isEmpty() ? route.toString() : prefix);
            } else if (route.isJsonPrimitive()) {
                Matcher m = PREFIX.matcher(route.getAsString());
                if (m.find()) {
                    routes.add(m.group(1));
                } else {
                    routes.add(route.getAsString());
                    if (!truncated.contains("Routes")) {
                        truncated.add("Routes");
                    }
                }
            }
        }
        return routes;
    }

    /**
     * Writes {@code list} as Windows PowerShell 5.1's ConvertTo-Json does: nothing for no
     * profiles, an object for one, an array for several. The properties the record names come
     * first, in Get-VpnConnection's order, then the others as they were read.
     */
    public static String render(VpnConnectionList list) {
        List<VpnConnection> connections = list.connections();
        if (connections.isEmpty()) {
            return "";
        }
        if (connections.size() == 1) {
            return PowerShellJson.write(toJson(connections.get(0)));
        }
        JsonArray array = new JsonArray();
        connections.forEach(c -> array.add(toJson(c)));
        return PowerShellJson.write(array);
    }

    private static JsonObject toJson(VpnConnection c) {
        JsonObject o = new JsonObject();
        o.addProperty("Name", c.name());
        o.addProperty("ServerAddress", c.serverAddress());
        c.allUserConnection().ifPresent(v -> o.addProperty("AllUserConnection", v));
        o.addProperty("Guid", c.guid());
        o.add("TunnelType", tunnelTypeJson(c));
        JsonArray methods = new JsonArray();
        c.authenticationMethods().forEach(methods::add);
        o.add("AuthenticationMethod", methods);
        o.addProperty("EncryptionLevel", c.encryptionLevel());
        o.addProperty("L2tpIPsecAuth", c.l2tpIpsecAuth());
        c.useWinlogonCredential().ifPresent(v -> o.addProperty("UseWinlogonCredential", v));
        o.addProperty("ConnectionStatus", c.connectionStatus());
        c.rememberCredential().ifPresent(v -> o.addProperty("RememberCredential", v));
        c.splitTunneling().ifPresent(v -> o.addProperty("SplitTunneling", v));
        o.addProperty("DnsSuffix", c.dnsSuffix());
        c.idleDisconnectSeconds().ifPresent(v -> o.addProperty("IdleDisconnectSeconds", v));
        JsonArray routes = new JsonArray();
        for (String route : c.routes()) {
            if (PREFIX.matcher(route).matches()) {
                JsonObject r = new JsonObject();
                r.addProperty("DestinationPrefix", route);
                routes.add(r);
            } else {
                routes.add(route);
            }
        }
        o.add("Routes", routes);
        for (Map.Entry<String, String> other : c.otherProperties().entrySet()) {
            o.add(other.getKey(), parseOrString(other.getValue()));
        }
        return o;
    }

    private static JsonElement tunnelTypeJson(VpnConnection c) {
        String text = c.tunnelTypeText().isEmpty() ? c.tunnelType().powerShellName() : c.tunnelTypeText();
        if (text.matches("\\d+")) {
            return new JsonPrimitive(Long.parseLong(text));
        }
        return new JsonPrimitive(text);
    }

    private static JsonElement parseOrString(String json) {
        try {
            return JsonParser.parseString(json);
        } catch (RuntimeException e) {
            return new JsonPrimitive(json);
        }
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return Collections.unmodifiableSet(set);
    }
}
