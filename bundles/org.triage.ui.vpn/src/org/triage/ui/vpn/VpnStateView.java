package org.triage.ui.vpn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.triage.core.probe.AdaptersProbe;
import org.triage.core.probe.RoutesProbe;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.session.Facts;
import org.triage.core.session.Sessions;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Session;
import org.triage.ui.views.FactTable;
import org.triage.ui.views.SessionViewPart;
import org.triage.ui.views.ViewHeader;

/**
 * The VPN connections, the adapters with their DNS servers, and for each Entra ID range the route that
 * carries it and whether that route goes into the tunnel.
 */
public class VpnStateView extends SessionViewPart {

    public static final String CONNECTIONS = "vpn.connections";
    public static final String ADAPTERS = "vpn.adapters";
    public static final String ENTRA_ROUTES = "vpn.entraRoutes";

    /** Room for the header and two rows of the connections and the Entra ID ranges, with a scroll bar. */
    private static final int TOP_ROW_HEIGHT = 112;

    private ViewHeader header;
    private FactTable connections;
    private FactTable adapters;
    private FactTable entraRoutes;

    @Override
    protected void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        header = new ViewHeader(parent, "vpn");
        // connections and the Entra ID ranges side by side: with the adapters below, each keeps its key rows at 1280×720
        Composite top = new Composite(parent, SWT.NONE);
        GridLayout columns = new GridLayout(2, true);
        columns.marginWidth = 0;
        columns.marginHeight = 0;
        top.setLayout(columns);
        // the row's own minimum: a nested composite's children's minimums are not the view's layout to see
        GridData topLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        topLayout.heightHint = TOP_ROW_HEIGHT;
        topLayout.minimumHeight = TOP_ROW_HEIGHT;
        top.setLayoutData(topLayout);
        // each table's first column names what it lists: no title line above them, so every key row stays in sight
        connections = new FactTable(top, CONNECTIONS, 100).minimumRows(2)
                .column("VPN connection", "Name", 160)
                .column("Server", "ServerAddress", 170)
                .column("Tunnel type", "TunnelType", 90)
                .column("Split tunnelling", row -> Facts.boolOf(row.getFields(), "SplitTunneling")
                        .map(split -> split ? "yes" : "no (full tunnel)").orElse("unknown"), 120)
                .column("Status", "ConnectionStatus", 100)
                .column("Connected since", "ConnectedSince", 170)
                .column("Idle timeout", row -> Facts.textOf(row.getFields(), "IdleDisconnectSeconds")
                        .map(s -> s.equals("0") ? "never" : s + " s").orElse(""), 90);
        connections.highlight(row -> "Connected".equalsIgnoreCase(Facts.textOf(row.getFields(), "ConnectionStatus").orElse(""))
                && !Facts.boolOf(row.getFields(), "SplitTunneling").orElse(true));
        // the Entra ID ranges 20.190.128.0/18 and 40.126.0.0/18: both rows stay in view
        entraRoutes = new FactTable(top, ENTRA_ROUTES, 100).minimumRows(2)
                .column("Entra ID range", "Range", 130)
                .column("Route", "DestinationPrefix", 110)
                .column("Interface", "InterfaceAlias", 140)
                .column("Next hop", "NextHop", 110)
                .column("Through the tunnel", row -> Facts.boolOf(row.getFields(), "ThroughTunnel")
                        .map(t -> t ? "yes" : "no").orElse(""), 120)
                .column("Why this route", "Decision", 360);
        entraRoutes.highlight(row -> Facts.boolOf(row.getFields(), "ThroughTunnel").orElse(false));
        adapters = new FactTable(parent, ADAPTERS, 100)
                .column("Adapter", "Name", 150)
                .column("Kind", "Kind", 100)
                .column("IPv4", row -> String.join(", ", texts(row, "IPv4Address")), 140)
                .column("Gateway", row -> String.join(", ", texts(row, "DefaultGateway")), 110)
                .column("DNS servers", row -> String.join(", ", texts(row, "DnsServers")), 180)
                .column("Tunnel", row -> Facts.boolOf(row.getFields(), "Tunnel").map(t -> t ? "yes" : "").orElse(""), 60)
                .column("Connected", row -> Facts.boolOf(row.getFields(), "Connected").map(c -> c ? "yes" : "no")
                        .orElse(""), 80);
        for (FactTable table : List.of(connections, entraRoutes)) {
            // half the view each, whatever the columns add up to: the columns scroll
            ((GridData) table.viewer().getTable().getLayoutData()).widthHint = 100;
        }
        for (FactTable table : List.of(connections, entraRoutes, adapters)) {
            table.viewer().addSelectionChangedListener(event -> select(event.getStructuredSelection()));
        }
    }

    private static List<String> texts(RecordFact row, String name) {
        return Facts.textsOf(row.getFields(), name);
    }

    @Override
    protected void render(Session session) {
        Map<String, Observation> latest = session == null ? Map.of() : Sessions.latestByProbe(session);
        Observation vpn = latest.get(VpnConnectionsProbe.ID);
        Observation routes = latest.get(RoutesProbe.ID);
        Observation adapterObservation = latest.get(AdaptersProbe.ID);
        List<Observation> shown = new ArrayList<>();
        for (Observation observation : new Observation[] { vpn, routes, adapterObservation }) {
            if (observation != null) {
                shown.add(observation);
            }
        }
        header.render(session, shown);
        connections.setRows(vpn == null ? List.of() : Facts.recordsOf(vpn, "connections"));
        entraRoutes.setRows(routes == null ? List.of() : Facts.recordsOf(routes, "entraIdRoutes"));
        adapters.setRows(adapterObservation == null ? List.of() : Facts.recordsOf(adapterObservation, "adapters"));
    }
}
