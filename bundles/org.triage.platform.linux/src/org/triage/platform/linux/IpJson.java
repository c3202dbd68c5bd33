package org.triage.platform.linux;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.triage.core.target.Route;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** The JSON of iproute2: {@code ip -j -d addr show}, {@code ip -j -4 route show}, {@code ip -j -4 rule show}. */
public final class IpJson {

    /** Link kinds ({@code ip -d}'s {@code info_kind}) that carry a VPN or another tunnel. */
    public static final Set<String> TUNNEL_KINDS = Set.of("tun", "wireguard", "ipip", "gre", "gretap", "sit", "vti",
            "vti6", "ip6tnl", "ip6gre", "ip6gretap", "xfrm", "ppp");

    /** Route types that are not forwarding routes of the table. */
    private static final Set<String> NOT_FORWARDING = Set.of("local", "broadcast", "multicast", "anycast", "nat");

    private IpJson() {
    }

    /**
     * A network interface as {@code ip -j -d addr show} lists it.
     *
     * @param kind     {@code info_kind} of {@code ip -d} (tun, wireguard, veth, bridge ...), else the link type
     *                 (ether, ppp, none ...)
     * @param ipv4     the IPv4 addresses without prefix length, as ipconfig shows them
     * @param prefixes the same with prefix length, e.g. {@code 10.8.0.2/24}
     */
    public record Link(int index, String name, String kind, String linkType, String operState, List<String> flags,
            int mtu, List<String> ipv4, List<String> prefixes, List<String> ipv6) {

        public Link {
            flags = List.copyOf(flags);
            ipv4 = List.copyOf(ipv4);
            prefixes = List.copyOf(prefixes);
            ipv6 = List.copyOf(ipv6);
        }

        public boolean loopback() {
            return "loopback".equals(linkType) || flags.contains("LOOPBACK");
        }

        /**
         * Up with a carrier: operstate UP, or UNKNOWN (tun, wireguard and ppp devices report no state) with
         * LOWER_UP. A tun device whose VPN client is gone is UP but NO-CARRIER: not connected.
         */
        public boolean connected() {
            return flags.contains("UP") && ("UP".equals(operState)
                    || ("UNKNOWN".equals(operState) && flags.contains("LOWER_UP")));
        }

        public boolean tunnel() {
            return TUNNEL_KINDS.contains(kind) || "ppp".equals(linkType);
        }
    }

    /** Routes read from the table, and entries that were left out with the reason. */
    public record Routes(List<Route> routes, List<String> problems) {
    }

    /** A policy routing rule of {@code ip -j -4 rule show}. */
    public record Rule(int priority, String table, String selector) {

        /** One of the three rules every Linux has: local (0), main (32766), default (32767). */
        public boolean standard() {
            return (priority == 0 && "local".equals(table)) || (priority == 32766 && "main".equals(table))
                    || (priority == 32767 && "default".equals(table));
        }
    }

    public static List<Link> links(String json) {
        List<Link> links = new ArrayList<>();
        for (JsonElement element : array(json, "ip addr")) {
            JsonObject link = element.getAsJsonObject();
            JsonObject info = link.has("linkinfo") && link.get("linkinfo").isJsonObject()
                    ? link.getAsJsonObject("linkinfo") : null;
            String linkType = text(link, "link_type");
            String kind = info != null && info.has("info_kind") ? text(info, "info_kind") : linkType;
            List<String> ipv4 = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            List<String> ipv6 = new ArrayList<>();
            if (link.has("addr_info") && link.get("addr_info").isJsonArray()) {
                for (JsonElement address : link.getAsJsonArray("addr_info")) {
                    JsonObject info4 = address.getAsJsonObject();
                    String local = text(info4, "local");
                    if (local == null) {
                        continue;
                    }
                    if ("inet".equals(text(info4, "family"))) {
                        ipv4.add(local);
                        prefixes.add(local + (info4.has("prefixlen") ? "/" + info4.get("prefixlen").getAsInt() : ""));
                    } else if ("inet6".equals(text(info4, "family"))) {
                        ipv6.add(local);
                    }
                }
            }
            links.add(new Link(integer(link, "ifindex", 0), text(link, "ifname"), kind, linkType,
                    text(link, "operstate"), strings(link, "flags"), integer(link, "mtu", 0), ipv4, prefixes, ipv6));
        }
        return links;
    }

    /**
     * The forwarding routes of a table. A default route becomes {@code 0.0.0.0/0}, a host route a /32; a
     * multipath route one route per next hop; blackhole, unreachable and prohibit routes keep their type as
     * the interface, in parentheses. Linux has no interface metric: the route metric alone decides between
     * routes of one length, so the interface metric is 0.
     *
     * @param indexByName interface indexes by name, from {@link #links}
     */
    public static Routes routes(String json, Map<String, Integer> indexByName) {
        List<Route> routes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JsonElement element : array(json, "ip route")) {
            JsonObject route = element.getAsJsonObject();
            String type = text(route, "type");
            if (type != null && NOT_FORWARDING.contains(type)) {
                continue;
            }
            String dst = text(route, "dst");
            if (dst == null) {
                problems.add("a route without a destination was left out: " + route);
                continue;
            }
            String prefix = dst.equals("default") ? "0.0.0.0/0" : dst.contains("/") ? dst : dst + "/32";
            Integer metric = integer(route, "metric", 0);
            if (type != null && !type.equals("unicast")) {
                routes.add(new Route(prefix, null, "(" + type + ")", null, metric, 0));
                continue;
            }
            if (route.has("nexthops") && route.get("nexthops").isJsonArray()) {
                for (JsonElement hop : route.getAsJsonArray("nexthops")) {
                    JsonObject nexthop = hop.getAsJsonObject();
                    String dev = text(nexthop, "dev");
                    routes.add(new Route(prefix, text(nexthop, "gateway"), dev, indexByName.get(dev), metric, 0));
                }
                continue;
            }
            String dev = text(route, "dev");
            routes.add(new Route(prefix, text(route, "gateway"), dev, indexByName.get(dev), metric, 0));
        }
        return new Routes(routes, problems);
    }

    public static List<Rule> rules(String json) {
        List<Rule> rules = new ArrayList<>();
        for (JsonElement element : array(json, "ip rule")) {
            JsonObject rule = element.getAsJsonObject();
            List<String> selector = new ArrayList<>();
            for (String key : List.of("src", "dst", "fwmark", "iif", "oif", "uidrange", "ipproto", "dport")) {
                JsonElement value = rule.get(key);
                if (value == null || !value.isJsonPrimitive() || value.getAsString().equals("all")) {
                    continue;
                }
                String length = key.equals("src") || key.equals("dst") ? text(rule, key + "len") : null;
                selector.add(key + " " + value.getAsString() + (length == null ? "" : "/" + length));
            }
            if (selector.isEmpty()) {
                selector.add("all");
            }
            if (rule.has("not")) {
                selector.add(0, "not");
            }
            if (rule.has("suppress_prefixlen")) {
                selector.add("(suppress_prefixlength " + text(rule, "suppress_prefixlen") + ")");
            }
            rules.add(new Rule(integer(rule, "priority", -1), text(rule, "table"), String.join(" ", selector)));
        }
        return rules;
    }

    /** The device of the first route {@code ip -j route get ADDRESS} answers with. */
    public static String routeGetDevice(String json) {
        JsonArray routes = array(json, "ip route get");
        return routes.isEmpty() ? null : text(routes.get(0).getAsJsonObject(), "dev");
    }

    private static JsonArray array(String json, String what) {
        try {
            JsonElement root = JsonParser.parseString(json.isBlank() ? "[]" : json);
            if (!root.isJsonArray()) {
                throw new IllegalArgumentException(what + " did not print a JSON array");
            }
            for (JsonElement element : root.getAsJsonArray()) {
                if (!element.isJsonObject()) {
                    throw new IllegalArgumentException(what + " printed an array of something other than objects");
                }
            }
            return root.getAsJsonArray();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(what + " did not print valid JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    private static int integer(JsonObject object, String name, int fallback) {
        JsonElement value = object.get(name);
        try {
            return value == null || !value.isJsonPrimitive() ? fallback : value.getAsInt();
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static List<String> strings(JsonObject object, String name) {
        List<String> strings = new ArrayList<>();
        JsonElement value = object.get(name);
        if (value != null && value.isJsonArray()) {
            value.getAsJsonArray().forEach(item -> strings.add(item.getAsString()));
        }
        return strings;
    }
}
