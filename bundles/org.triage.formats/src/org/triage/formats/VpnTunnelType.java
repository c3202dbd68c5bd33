package org.triage.formats;

import java.util.Locale;
import java.util.Optional;

/** The {@code TunnelType} of a Windows VPN profile, as the VpnClient CIM class names them. */
public enum VpnTunnelType {
    PPTP("Pptp"),
    L2TP("L2tp"),
    SSTP("Sstp"),
    IKEV2("Ikev2"),
    AUTOMATIC("Automatic"),
    UNKNOWN("");

    private final String powerShellName;

    VpnTunnelType(String powerShellName) {
        this.powerShellName = powerShellName;
    }

    /** The name {@code Get-VpnConnection} prints ({@code Ikev2}); empty for {@link #UNKNOWN}. */
    public String powerShellName() {
        return powerShellName;
    }

    /** The type for a name such as {@code Ikev2} (any case); {@link #UNKNOWN} for anything else. */
    public static VpnTunnelType fromName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (VpnTunnelType type : values()) {
            if (type != UNKNOWN && type.powerShellName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return type;
            }
        }
        return UNKNOWN;
    }

    /**
     * The type for an enum number. The VpnClient CIM class documents TunnelType as a string, so
     * this order (Pptp, L2tp, Sstp, Ikev2, Automatic) is assumed, not documented; callers
     * should say so when they rely on it.
     */
    public static Optional<VpnTunnelType> fromAssumedNumber(long number) {
        return number >= 0 && number < UNKNOWN.ordinal() ? Optional.of(values()[(int) number]) : Optional.empty();
    }
}
