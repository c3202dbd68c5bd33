package org.triage.platform.linux;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * NetworkManager's terse output ({@code nmcli -t}): fields separated by {@code :}, with {@code \:} and
 * {@code \\} inside values.
 */
public final class Nmcli {

    /** The fields {@link #connections} reads, in order. */
    public static final String CONNECTION_FIELDS = "NAME,UUID,TYPE,DEVICE,STATE";
    /** The settings {@link #settings} reads for a VPN profile. */
    public static final String VPN_SETTINGS = "connection.id,connection.type,connection.permissions,"
            + "vpn.service-type,vpn.data,ipv4.never-default";

    private Nmcli() {
    }

    /**
     * A profile of {@code nmcli -t -f NAME,UUID,TYPE,DEVICE,STATE connection show}.
     *
     * @param device the device while active (for a plugin VPN the device it runs over), else empty
     * @param state  activated, activating, deactivating, or empty where inactive
     */
    public record Connection(String name, String uuid, String type, String device, String state) {

        /** A VPN plugin profile (OpenVPN, vpnc, OpenConnect, strongSwan ...) or a WireGuard one. */
        public boolean vpn() {
            return "vpn".equals(type) || "wireguard".equals(type);
        }

        public boolean active() {
            return "activated".equals(state);
        }
    }

    /** The profiles, one per line; lines that do not have the five fields are left out. */
    public static List<Connection> connections(String text) {
        List<Connection> connections = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = split(line);
            if (fields.size() == 5) {
                connections.add(new Connection(fields.get(0), fields.get(1), type(fields.get(2)), fields.get(3),
                        fields.get(4)));
            }
        }
        return connections;
    }

    /** Older nmcli versions print the long type names ({@code 802-3-ethernet}); VPN types are the same. */
    private static String type(String type) {
        return type.toLowerCase(Locale.ROOT);
    }

    /** {@code nmcli -t -f a,b connection show ID}: one {@code setting:value} per line. */
    public static Map<String, String> settings(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                settings.put(line.substring(0, colon), unescape(line.substring(colon + 1)));
            }
        }
        return settings;
    }

    /** {@code vpn.data}: {@code remote = vpn.contoso.com:1194, connection-type = tls, ...}. */
    public static Map<String, String> vpnData(String value) {
        Map<String, String> data = new LinkedHashMap<>();
        if (value == null) {
            return data;
        }
        for (String pair : value.split(",\\s*")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                data.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return data;
    }

    /** The short name of a VPN plugin: {@code org.freedesktop.NetworkManager.openvpn} is {@code openvpn}. */
    public static String plugin(String serviceType) {
        if (serviceType == null || serviceType.isBlank()) {
            return null;
        }
        int dot = serviceType.lastIndexOf('.');
        return dot < 0 ? serviceType : serviceType.substring(dot + 1);
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String unescape(String value) {
        return value.replaceAll("\\\\(.)", "$1");
    }
}
