package org.triage.core.rules;

import java.util.List;
import java.util.Map;

import org.triage.core.probe.RoutesProbe;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.session.Facts;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/**
 * A connected VPN that does not split the tunnel, with routes that send the Entra ID ranges into it:
 * token refresh takes the tunnel, where it is slowed or blocked.
 */
public final class FullTunnelRule implements Rule {

    @Override
    public String id() {
        return "full-tunnel";
    }

    @Override
    public List<String> reads() {
        return List.of(VpnConnectionsProbe.ID, RoutesProbe.ID);
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation vpn = latest.get(VpnConnectionsProbe.ID);
        Observation routes = latest.get(RoutesProbe.ID);
        if (vpn == null || routes == null) {
            return List.of();
        }
        List<String> fullTunnels = Facts.recordsOf(vpn, "connections").stream()
                .filter(c -> Facts.textOf(c.getFields(), "ConnectionStatus").filter("Connected"::equalsIgnoreCase)
                        .isPresent())
                .filter(c -> Facts.boolOf(c.getFields(), "SplitTunneling").map(split -> !split).orElse(true))
                .map(c -> Facts.textOf(c.getFields(), "Name").orElse("?")).toList();
        if (fullTunnels.isEmpty()) {
            return List.of();
        }
        List<String> tunnelled = Facts.recordsOf(routes, "entraIdRoutes").stream()
                .filter(r -> Facts.boolOf(r.getFields(), "ThroughTunnel").orElse(false))
                .map(FullTunnelRule::describe).toList();
        if (tunnelled.isEmpty()) {
            return List.of();
        }
        return List.of(new FindingDraft(Causes.FULL_TUNNEL_VPN, Severity.WARNING,
                "VPN " + String.join(", ", fullTunnels) + " does not split the tunnel; Entra ID traffic goes into it: "
                        + String.join("; ", tunnelled),
                id(), List.of(vpn, routes)));
    }

    private static String describe(RecordFact range) {
        return Facts.textOf(range.getFields(), "Range").orElse("?") + " via "
                + Facts.textOf(range.getFields(), "DestinationPrefix").orElse("?") + " on "
                + Facts.textOf(range.getFields(), "InterfaceAlias").orElse("?");
    }
}
