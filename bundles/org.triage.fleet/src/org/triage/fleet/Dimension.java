package org.triage.fleet;

import java.util.Locale;
import java.util.Optional;

/** A fact that groups a fleet: each device's newest snapshot has one value of each (null where it is unknown). */
public enum Dimension {
    VPN_CLIENT("vpn_client", "VPN client"),
    GATEWAY("gateway", "VPN gateway"),
    TUNNEL_MODE("tunnel_mode", "Tunnel mode"),
    SITE("site", "Site (DNS suffix)"),
    OS_BUILD("os_build", "OS build"),
    JOIN_TYPE("join_type", "Join type"),
    PROXY("proxy", "Proxy"),
    DAY("collected_day", "Day collected (UTC)");

    private final String column;
    private final String label;

    Dimension(String column, String label) {
        this.column = column;
        this.label = label;
    }

    /** The column of the fleet index that holds it. */
    public String column() {
        return column;
    }

    public String label() {
        return label;
    }

    /** The name used in JSON, CSV and on the command line, e.g. {@code vpn-client}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Dimension> byKey(String key) {
        for (Dimension dimension : values()) {
            if (dimension.key().equalsIgnoreCase(key)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }
}
