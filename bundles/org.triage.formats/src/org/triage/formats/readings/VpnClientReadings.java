package org.triage.formats.readings;

import java.util.List;

import org.triage.core.target.Reading;
import org.triage.core.target.VpnClient;
import org.triage.core.target.VpnClientState;
import org.triage.formats.AnyConnectStats;
import org.triage.formats.AnyConnectStatsFormat;

/** The VPN clients' own accounts of their sessions, from the outputs a target collected. */
public final class VpnClientReadings {

    private VpnClientReadings() {
    }

    /** Cisco Secure Client's {@code vpncli.exe stats}, as one client state. */
    public static Reading<List<VpnClientState>> anyConnectStats(RawOutput raw) {
        return WindowsReadings.read(raw, SnapshotFile.VPNCLI_STATS, AnyConnectStatsFormat::parse,
                VpnClientReadings::state, "vpncli stats output");
    }

    private static List<VpnClientState> state(AnyConnectStats stats) {
        return List.of(new VpnClientState(VpnClient.CISCO_SECURE_CLIENT, stats.connectionState().orElse(null),
                stats.tunnelModeIpv4().orElse(null), stats.tunnelModeIpv6().orElse(null),
                stats.serverAddress().orElse(null), stats.securedRoutesIpv4()));
    }
}
