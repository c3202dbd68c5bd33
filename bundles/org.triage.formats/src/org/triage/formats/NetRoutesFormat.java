package org.triage.formats;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes {@code Get-NetRoute -AddressFamily IPv4 | Select DestinationPrefix,NextHop,
 * InterfaceAlias,InterfaceIndex,RouteMetric | ConvertTo-Json}: an object for one route, an array
 * for several.
 */
public final class NetRoutesFormat {

    private static final Set<String> READ_PROPERTIES =
            Set.of("DestinationPrefix", "NextHop", "InterfaceAlias", "InterfaceIndex", "RouteMetric");

    private NetRoutesFormat() {
    }

    public static NetRouteTable parse(byte[] bytes) {
        return parse(TextDecoder.decode(bytes).text());
    }

    public static NetRouteTable parse(String text) {
        String json = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<ParseProblem> problems = new ArrayList<>();
        if (json.isBlank()) {
            problems.add(new ParseProblem(1, "input is empty"));
            return new NetRouteTable(List.of(), problems, false);
        }
        PowerShellJson.ReadResult read = PowerShellJson.read(json);
        if (read.problem() != null) {
            problems.add(read.problem());
        }
        List<NetRoute> routes = new ArrayList<>();
        List<JsonElement> items = PowerShellJson.items(read.values());
        int foreignItems = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonElement item = items.get(i);
            if (!item.isJsonObject() || PowerShellJson.member(item.getAsJsonObject(), "DestinationPrefix") == null) {
                if (foreignItems++ == 0) {
                    problems.add(new ParseProblem(1, "item " + (i + 1) + " of " + items.size()
                            + " is not a route (no DestinationPrefix): " + TextLines.excerpt(item.toString())));
                }
                continue;
            }
            NetRoute route = readRoute(item.getAsJsonObject());
            if (route.ipv4Prefix().isEmpty() && !route.destinationPrefix().contains(":")) {
                problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "DestinationPrefix", routes.size()),
                        "DestinationPrefix is not an IPv4 prefix: " + TextLines.excerpt(route.destinationPrefix())));
            }
            routes.add(route);
        }
        boolean recognised = !routes.isEmpty();
        if (!recognised) {
            problems.add(0, new ParseProblem(problems.isEmpty() ? 1 : problems.get(0).line(),
                    "not Get-NetRoute | ConvertTo-Json output: no object with a DestinationPrefix"));
        }
        return new NetRouteTable(routes, problems, recognised);
    }

    private static NetRoute readRoute(JsonObject object) {
        Map<String, String> others = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            if (READ_PROPERTIES.stream().noneMatch(p -> p.equalsIgnoreCase(member.getKey()))) {
                others.put(member.getKey(), member.getValue().toString());
            }
        }
        return new NetRoute(PowerShellJson.text(object, "DestinationPrefix"), PowerShellJson.text(object, "NextHop"),
                PowerShellJson.text(object, "InterfaceAlias"), asInt(PowerShellJson.whole(object, "InterfaceIndex")),
                asInt(PowerShellJson.whole(object, "RouteMetric")), others);
    }

    private static Optional<Integer> asInt(Optional<Long> value) {
        return value.filter(v -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE).map(Long::intValue);
    }

    /** Writes {@code table} as Windows PowerShell 5.1's ConvertTo-Json does; one route as an object. */
    public static String render(NetRouteTable table) {
        List<NetRoute> routes = table.routes();
        if (routes.isEmpty()) {
            return "";
        }
        if (routes.size() == 1) {
            return PowerShellJson.write(toJson(routes.get(0)));
        }
        JsonArray array = new JsonArray();
        routes.forEach(r -> array.add(toJson(r)));
        return PowerShellJson.write(array);
    }

    private static JsonObject toJson(NetRoute route) {
        JsonObject o = new JsonObject();
        o.addProperty("DestinationPrefix", route.destinationPrefix());
        o.addProperty("NextHop", route.nextHop());
        o.addProperty("InterfaceAlias", route.interfaceAlias());
        route.interfaceIndex().ifPresent(v -> o.addProperty("InterfaceIndex", v));
        route.routeMetric().ifPresent(v -> o.addProperty("RouteMetric", v));
        for (Map.Entry<String, String> other : route.otherProperties().entrySet()) {
            JsonElement value;
            try {
                value = JsonParser.parseString(other.getValue());
            } catch (RuntimeException e) {
                value = new JsonPrimitive(other.getValue());
            }
            o.add(other.getKey(), value);
        }
        return o;
    }
}
